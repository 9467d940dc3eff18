// Present mode: the stage tour, its aids and the keys that drive them.
import { bilingual } from '../bilingual';

export const presentWords = bilingual(
  {
    label: 'Presentation of {{title}}',
    stageOf: 'Stage {{index}} of {{count}}',
    overview: 'Overview: the whole map',
    spotlightStage: 'Spotlight on this stage',
    spotlightLane: 'Spotlight on the lane {{lane}}',
    pointerOn: 'Pointer highlight on',
    blank: 'Screen blanked. Press B to show the map again.',
    hints: '→ / Page Down / Space next stage · ← / Page Up back · ↑ ↓ scroll · O overview · S spotlight stage · L spotlight lane · H pointer · B blank · Esc leave',
    secondDisplay: 'Presenting on the second display. Press Esc there or here to stop.',
    leave: 'Leave presentation',
  },
  {
    label: 'Presentasi {{title}}',
    stageOf: 'Tahap {{index}} dari {{count}}',
    overview: 'Ikhtisar: seluruh peta',
    spotlightStage: 'Sorotan pada tahap ini',
    spotlightLane: 'Sorotan pada lajur {{lane}}',
    pointerOn: 'Penanda penunjuk aktif',
    blank: 'Layar digelapkan. Tekan B untuk menampilkan peta lagi.',
    hints: '→ / Page Down / Spasi tahap berikutnya · ← / Page Up kembali · ↑ ↓ gulir · O ikhtisar · S sorot tahap · L sorot lajur · H penunjuk · B gelapkan · Esc keluar',
    secondDisplay: 'Presentasi tampil di layar kedua. Tekan Esc di sana atau di sini untuk berhenti.',
    leave: 'Keluar dari presentasi',
  },
);

// Mode presentasi (lihat en/present.ts).
import type { Words } from '../words';

export const present: Words['present'] = {
  label: (p) => `Presentasi ${p.title}`,
  stageOf: (p) => `Tahap ${p.index} dari ${p.count}`,
  overview: 'Ikhtisar: seluruh peta',
  spotlightStage: 'Sorotan pada tahap ini',
  spotlightLane: (p) => `Sorotan pada lajur ${p.lane}`,
  pointerOn: 'Penanda penunjuk aktif',
  blank: 'Layar digelapkan. Tekan B untuk menampilkan peta lagi.',
  hints: '→ / Page Down / Spasi tahap berikutnya · ← / Page Up kembali · ↑ ↓ gulir · O ikhtisar · S sorot tahap · L sorot lajur · H penunjuk · B gelapkan · Esc keluar',
  secondDisplay: 'Presentasi tampil di layar kedua. Tekan Esc di sana atau di sini untuk berhenti.',
  leave: 'Keluar dari mode presentasi',
};

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
  hints: [
    ['→ Spasi Page\u00a0Down', 'tahap berikutnya'],
    ['← Page\u00a0Up', 'tahap sebelumnya'],
    ['1–9', 'ke tahap tertentu'],
    ['↑ ↓', 'gulir, atau geser sorotan lajur'],
    ['+ − 0', 'perbesar, perkecil, semula'],
    ['O', 'ikhtisar'],
    ['S', 'sorot tahap ini'],
    ['L', 'sorot lajur (tekan lagi: mati)'],
    ['H', 'penunjuk'],
    ['B', 'gelapkan layar'],
    ['?', 'daftar tombol ini'],
    ['Esc', 'keluar'],
  ],
  keysHeading: 'Tombol',
  moreBelow: (p) => `Masih ada di bawah: ${p.lanes.length <= 2 ? p.lanes.join(', ') : `${p.lanes[0]} dan ${p.lanes.length - 1} lajur lainnya`}`,
  moreBelowKey: 'Tekan ↓ untuk menggulir',
  secondDisplay: 'Presentasi tampil di layar kedua. Tekan Esc di sana atau di sini untuk berhenti.',
  leave: 'Keluar dari mode presentasi',
};

// Kata-kata aplikasi desktop sendiri (lihat en/shell.ts).
import type { Words } from '../words';

export const shell: Words['shell'] = {
  prompts: {
    unsavedOnClose: (title) => `Simpan perubahan pada "${title}" sebelum ditutup?`,
    unsavedDetail: 'Jika tidak disimpan, perubahan sejak penyimpanan terakhir akan hilang.',
    save: 'Simpan',
    dontSave: 'Jangan simpan',
    cancel: 'Batal',
    exportsRunning: (files) => (files.length === 1 ? `"${files[0]}" masih diekspor.` : `${files.length} ekspor masih berjalan.`),
    exportsDetail: 'Jika keluar sekarang, ekspor dihentikan dan tidak ada yang ditulis. Peta Anda tidak terpengaruh.',
    stopAndQuit: 'Hentikan dan keluar',
    openLink: (host) => `Buka ${host} di peramban?`,
    open: 'Buka',
  },
  fileTypes: {
    cjm: 'Peta perjalanan',
    pictures: 'Gambar hasil ekspor Jejak',
    sheets: 'Lembar kerja atau daftar untuk diimpor',
    images: 'Gambar (PNG, JPEG, atau WebP)',
    formats: {
      svg: 'Gambar SVG',
      png: 'Gambar PNG',
      pdf: 'Dokumen PDF',
      csv: 'Lembar CSV',
      xlsx: 'Buku kerja Excel',
      html: 'Laporan HTML',
      md: 'Laporan Markdown',
    },
  },
  roles: {
    about: 'Tentang Jejak',
    services: 'Layanan',
    hide: 'Sembunyikan Jejak',
    hideOthers: 'Sembunyikan yang Lain',
    showAll: 'Tampilkan Semua',
    quitMac: 'Keluar dari Jejak',
    quit: 'Keluar',
    exit: 'Keluar',
  },
  menuGroups: { file: 'Berkas', edit: 'Sunting', board: 'Papan', workshop: 'Lokakarya', view: 'Tampilan' },
};

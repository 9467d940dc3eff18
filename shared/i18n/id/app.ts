// Kata-kata halaman di sekitar peta (lihat en/app.ts).
import type { Words } from '../words';

export const app: Words['app'] = {
  name: 'Jejak',
  unsaved: 'ada perubahan yang belum disimpan',
  loading: 'Membuka…',
};

export const start: Words['start'] = {
  heading: 'Peta perjalanan pelanggan, disusun bersama di ruangan',
  newMap: 'Peta baru',
  newIn: 'Bahasa konten peta',
  journeys: 'Mulai dari perjalanan siap pakai',
  journeysHint: 'Tiap perjalanan punya tahapnya sendiri dan beberapa catatan bertag “contoh”, untuk diganti temuan riset Anda.',
  create: 'Buat',
  samples: 'Contoh',
  openSample: 'Buka contoh',
  openFile: 'Buka peta…',
  recent: 'Peta terakhir',
  noRecent: 'Belum ada peta yang dibuka.',
  missing: 'tidak ditemukan',
  reviewDue: 'saatnya ditinjau',
  changed: (p) => `diubah ${p.date}`,
  dropHint: 'atau seret berkas .cjm ke jendela ini',
  language: 'Bahasa antarmuka',
};

export const types: Words['types'] = {
  'current-state': 'Kondisi saat ini',
  'future-state': 'Kondisi masa depan',
  'day-in-the-life': 'Sehari bersama pelanggan',
  'service-blueprint': 'Cetak biru layanan',
};

export const typeHints: Words['typeHints'] = {
  'current-state': 'Perjalanan pelanggan hari ini, apa adanya. Petakan ini lebih dulu.',
  'future-state': 'Perjalanan ideal yang ingin dituju.',
  'day-in-the-life': 'Satu hari penuh pelanggan, untuk menemukan momen yang penting.',
  'service-blueprint': 'Perjalanan pelanggan beserta staf, proses, dan sistem di baliknya.',
};

export const languages: Words['languages'] = { en: 'Inggris', id: 'Indonesia' };

export const fileDialog: Words['fileDialog'] = {
  openTitle: 'Buka peta',
  saveTitle: 'Simpan peta',
  imageTitle: 'Pilih gambar',
  places: 'Lokasi',
  recent: 'Terakhir dibuka',
  up: 'Naik satu folder',
  empty: 'Tidak ada peta atau folder di sini.',
  fileName: 'Nama berkas',
  open: 'Buka',
  save: 'Simpan',
  cancel: 'Batal',
  replaceQuestion: (p) => `"${p.name}" sudah ada. Ganti berkas itu?`,
  replace: 'Ganti',
};

export const problemsDialog: Words['problemsDialog'] = {
  repairTitle: 'Peta ini perlu diperbaiki sebelum dibuka',
  repairIntro: 'Jejak bisa memperbaikinya tanpa menghilangkan isi apa pun. Berkas tidak berubah sampai Anda menyimpannya.',
  repairAndOpen: 'Perbaiki dan buka',
  fatalTitle: 'Peta ini tidak bisa dibuka',
  fatalIntro: 'Berkas tidak diubah. Perbaiki masalah berikut dengan editor teks, atau pulihkan dari cadangan.',
  close: 'Tutup',
  more: (p) => `…dan ${p.count} lagi`,
};

export const palette: Words['palette'] = {
  placeholder: 'Ketik perintah',
  empty: 'Tidak ada perintah yang cocok',
};

export const cheatSheet: Words['cheatSheet'] = {
  title: 'Pintasan papan ketik',
};

export const settings: Words['settings'] = {
  title: 'Pengaturan',
  language: 'Bahasa antarmuka',
  languageHint: 'Bahasa untuk menu dan panel Jejak. Bahasa konten peta diatur di rincian peta itu.',
  autoSave: 'Simpan otomatis',
  autoSaveHint: 'Peta yang sudah punya berkas sendiri disimpan beberapa detik setelah setiap perubahan.',
  done: 'Selesai',
};

export const autoSave: Words['autoSave'] = {
  on: 'Simpan otomatis menyala: setiap perubahan disimpan ke berkas beberapa detik kemudian.',
  off: 'Simpan otomatis mati: simpan dengan Ctrl+S.',
};

export const backups: Words['backups'] = {
  title: 'Pulihkan versi sebelumnya',
  intro: 'Versi yang disimpan komputer ini sebelum setiap penyimpanan mengganti peta. Memulihkan satu versi adalah perubahan yang bisa diurungkan; tidak ada yang ditulis sampai Anda menyimpan.',
  none: 'Belum ada versi sebelumnya dari peta ini yang tersimpan di komputer ini.',
  noFile: 'Peta ini belum pernah disimpan ke berkas, jadi belum ada versi sebelumnya.',
  restored: 'Versi sebelumnya dipulihkan: simpan untuk mempertahankannya, atau urungkan.',
};

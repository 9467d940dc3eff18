import type { FileErrorCatalogue } from './catalogue';

export const id: FileErrorCatalogue = {
  'not-found': (e) => `${e.path}: berkas ini tidak ada; periksa nama dan foldernya`,
  'folder-unreachable': (e) =>
    `${e.path}: folder tidak dapat dijangkau (${e.errno ?? 'tidak ada jawaban'}); jika folder ada di drive bersama, periksa koneksi lalu coba lagi, atau simpan salinan di tempat lain`,
  permission: (e) => `${e.path}: Anda tidak punya izin untuk berkas atau folder ini; minta izin kepada pemiliknya, atau simpan salinan di tempat lain`,
  'read-only': (e) => `${e.path}: drive atau berkas ini hanya bisa dibaca; simpan salinan di tempat lain`,
  'no-space': (e) => `${e.path}: drive sudah penuh, jadi tidak ada yang tersimpan dan berkas tetap seperti semula; kosongkan sebagian ruang atau simpan salinan di tempat lain`,
  'is-folder': (e) => `${e.path}: ini folder, bukan berkas peta`,
  exists: (e) => `${e.path}: sudah ada berkas dengan nama ini; pilih nama lain, atau tambahkan --force untuk menimpanya`,
  busy: (e) => `${e.path}: berkas sedang dipakai program lain (sering kali antivirus atau aplikasi sinkronisasi); coba lagi sebentar lagi`,
  'backup-exists': (e) => `${e.path}: sudah ada cadangan dengan nama ini; pindahkan dulu, atau tulis hasil perbaikan dengan --out`,
  'verify-failed': (e) => `${e.path}: salinan yang disimpan tidak terbaca sama, jadi peta tidak diganti; coba lagi, atau simpan salinan di tempat lain`,
  unknown: (e) => `${e.path}: berkas tidak dapat dipakai (${e.errno ?? 'galat tidak dikenal'})`,
};

import { mebibytes } from '../phrasing';
import type { Words } from '../words';
import { language } from './language';

export const files: Words['files'] = {
  'not-found': (e) => `${e.path}: berkas tidak ditemukan; periksa nama dan foldernya`,
  'folder-unreachable': (e) =>
    `${e.path}: folder tidak bisa diakses (${e.errno ?? 'tidak ada respons'}); jika folder ini ada di drive bersama, periksa koneksinya lalu coba lagi, atau simpan salinan di tempat lain`,
  permission: (e) => `${e.path}: Anda tidak punya izin untuk berkas atau folder ini; mintalah izin kepada pemiliknya, atau simpan salinan di tempat lain`,
  'read-only': (e) => `${e.path}: drive atau berkas ini hanya bisa dibaca; simpan salinan di tempat lain`,
  'no-space': (e) => `${e.path}: drive sudah penuh, jadi tidak ada yang disimpan dan berkas tetap seperti semula; kosongkan sebagian ruang penyimpanan atau simpan salinan di tempat lain`,
  'is-folder': (e) => `${e.path}: ini folder, bukan berkas peta`,
  'not-a-file': (e) => `${e.path}: ini bukan berkas biasa (melainkan perangkat, pipa, atau soket), jadi Jejak tidak membacanya; pilih sebuah berkas`,
  'too-large': (e) => `${e.path}: berkas ini lebih besar dari batas yang dibaca Jejak di sini (paling banyak ${mebibytes(e.limit ?? 0, language.locale)} MB), jadi tidak dibaca; periksa apakah berkasnya benar`,
  'not-a-map': (e) => `${e.path}: isi yang akan disimpan tidak terbaca sebagai peta, jadi berkas dibiarkan seperti semula; simpan salinan dengan Simpan sebagai, lalu laporkan masalah ini`,
  'not-open-for-editing': (e) => `${e.path}: peta ini tidak sedang dibuka untuk diubah di sini, jadi tidak diganti; buka dulu petanya, atau simpan salinan di tempat lain`,
  'outside-folder': (e) => `${e.path}: nama ini adalah tautan ke berkas di folder lain, dan Jejak tidak menulis melalui tautan seperti itu; pilih nama lain`,
  'same-file': (e) => `${e.path}: ini berkas yang sedang dibaca (dengan nama lain atau lewat tautan), jadi tidak diganti; pilih berkas lain untuk ditulis`,
  exists: (e) => `${e.path}: sudah ada berkas dengan nama ini; pilih nama lain, atau tambahkan --force untuk menimpanya`,
  busy: (e) => `${e.path}: berkas sedang dipakai program lain (sering kali antivirus atau aplikasi sinkronisasi); tunggu sebentar, lalu coba lagi`,
  'backup-exists': (e) => `${e.path}: sudah ada cadangan dengan nama ini; pindahkan dulu cadangan itu, atau simpan hasil perbaikan ke berkas lain dengan --out`,
  'verify-failed': (e) => `${e.path}: salinan yang disimpan ternyata tidak sama saat dibaca ulang, jadi peta tidak diganti; coba lagi, atau simpan salinan di tempat lain`,
  'changed-on-disk': (e) => `${e.path}: orang lain mengubah berkas ini sejak dibuka di sini, jadi berkas tidak diganti; perubahan mereka sedang digabungkan dengan perubahan Anda, lalu simpan lagi`,
  'export-failed': (e) => `${e.path}: ekspor tidak bisa dibuat (${e.errno ?? 'galat tak dikenal'}), jadi tidak ada yang ditulis; coba lagi, atau pilih format lain`,
  'export-out-of-memory': (e) =>
    `${e.path}: ekspor ini butuh memori lebih dari yang diizinkan Jejak (${mebibytes(e.limit ?? 0, language.locale)} MB), jadi dihentikan dan tidak ada yang ditulis; coba skala yang lebih kecil, lebih sedikit catatan, atau format lain`,
  'no-map-inside': (e) => `${e.path}: gambar ini tidak membawa peta; hanya gambar PNG dan SVG hasil ekspor Jejak yang bisa dibuka sebagai peta`,
  'unreadable-import': (e) => `${e.path}: berkas ini tidak bisa dibaca untuk diimpor (${e.errno ?? 'format tak dikenal'}); simpan sebagai CSV atau XLSX dengan kolom hasil ekspor, atau sebagai daftar biasa, lalu coba lagi`,
  unknown: (e) => `${e.path}: berkas tidak bisa dipakai (${e.errno ?? 'kesalahan tidak dikenal'})`,
};

// Peta di drive bersama (lihat en/sync.ts).
import type { Words } from '../words';

export const sync: Words['sync'] = {
  lockTitle: 'Peta ini sedang dibuka di tempat lain',
  reloaded: (p) => `Dimuat ulang: ${p.name} berubah di disk`,
  merged: (p) => `Perubahan dari disk digabungkan: ${p.notes} catatan digabungkan, ${p.conflicts} konflik`,
  unreadable: (p) => `${p.name} berubah di disk tetapi sekarang tidak bisa dibaca; peta Anda tetap seperti ini`,
  unreachable: (p) => `Folder ${p.name} tidak bisa diakses. Pekerjaan Anda tetap tersimpan di sini dan di pemulihan.`,
  missing: (p) => `${p.name} sekarang tidak ada di foldernya (dipindahkan atau sedang diganti?). Pekerjaan Anda tetap tersimpan di sini dan di pemulihan.`,
  retry: 'Coba lagi',
  saveCopy: 'Simpan salinan…',
  conflictsTitle: 'Anda dan orang lain sama-sama mengubah bagian ini',
  conflictsIntro: 'Untuk sementara versi Anda yang dipakai. Pilih mana yang disimpan untuk masing-masing; teks yang lain disimpan sebagai salinan catatan yang ditandai.',
  mine: 'Milik saya',
  theirs: 'Milik mereka',
  apply: 'Terapkan',
  recoveryTitle: 'Pulihkan peta yang belum disimpan',
  recoveryIntro: 'Jejak berhenti sebelum peta-peta ini disimpan.',
  recoveredAt: (p) => `perubahan terakhir ${p.date}`,
  neverSaved: 'belum pernah disimpan',
  restore: 'Pulihkan',
  readOnlyNote: 'Hanya baca: Simpan akan menanyakan tempat menyimpan salinan.',
};

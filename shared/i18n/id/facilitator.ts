// Kunci dan putaran fasilitator (lihat en/facilitator.ts).
import type { Words } from '../words';

export const facilitator: Words['facilitator'] = {
  silentRound: 'Sesi menulis senyap',
  silentHint: 'Catatan baru ditulis tertutup',
  faceDown: (p) => `${p.count} catatan tertutup`,
  reveal: 'Buka semua',
  endSilent: 'Akhiri sesi',
  revealed: (p) => `${p.count} catatan dibuka. Urungkan untuk menutupnya lagi.`,
  nothingToReveal: 'Tidak ada catatan yang tertutup.',
  silentOn: 'Sesi menulis senyap: catatan baru ditulis tertutup sampai Anda membukanya.',
  silentOff: 'Sesi menulis senyap berakhir. Catatan yang sudah tertutup tetap tertutup sampai dibuka.',
  structureLocked: 'Struktur dikunci',
  structureHint: 'Tahap dan lajur tidak bisa ditambah, dipindah, atau dihapus',
  unlock: 'Buka kunci',
  structureOn: 'Struktur dikunci: tahap dan lajur tidak bisa ditambah, dipindah, atau dihapus.',
  structureOff: 'Kunci struktur dibuka.',
  reviewMode: 'Mode tinjauan: hanya baca',
  reviewHint: 'Tidak ada yang bisa diubah di peta sampai Anda keluar dari mode tinjauan',
  leaveReview: 'Keluar dari mode tinjauan',
  reviewOn: 'Mode tinjauan: peta hanya bisa dibaca.',
  reviewOff: 'Mode tinjauan berakhir: peta bisa diubah lagi.',
  lockedLanes: (p) => `${p.count} lajur dikunci`,
  lockedLanesHint: (p) => `Catatan di lajur yang dikunci tidak bisa dipindah atau diubah: ${p.lanes}`,
  unlockLanes: 'Buka kunci semua lajur',
  workshopMenu: 'Lokakarya',
};

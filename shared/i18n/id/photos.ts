// Gambar pada catatan dan foto persona (lihat en/photos.ts).
import type { Words } from '../words';

export const photos: Words['photos'] = {
  picture: 'Gambar',
  open: 'Buka gambar',
  close: 'Tutup',
  viewerHint: 'Esc untuk menutup',
  size: (p) => `${p.width} × ${p.height} piksel, ${p.size}`,
  added: (p) => `Gambar “${p.name}” disimpan pada ${p.width} × ${p.height} piksel, ${p.size}.`,
  addedShrunk: (p) => `Gambar “${p.name}” diperkecil dari ${p.before} menjadi ${p.width} × ${p.height} piksel, ${p.size}.`,
  reading: (p) => `Memperkecil “${p.name}”…`,
  noPicture: 'Catatan ini tidak punya gambar.',
  dropTarget: 'Letakkan gambar di atas catatan, sel kosong, atau persona.',
  notShown: {
    'too-large': (p) => `Gambar ini terlalu besar untuk ditampilkan (${p.width} × ${p.height} piksel). Jejak menampilkan gambar sampai 100 megapiksel dan ${p.side} piksel per sisi. Ganti dengan gambar yang lebih kecil.`,
    unsupported: 'Gambar ini tidak bisa ditampilkan: bukan PNG, JPEG, atau WebP. Ganti dengan gambar yang sesuai.',
    unreadable: 'Gambar ini tidak bisa ditampilkan: berkasnya mungkin rusak. Ganti dengan gambar lain.',
  },
  refused: {
    svg: (p) => `“${p.name}” adalah gambar SVG, yang tidak bisa disimpan di peta (SVG bisa membawa skrip). Ekspor sebagai PNG atau JPEG, lalu letakkan berkas itu.`,
    heic: (p) => `“${p.name}” adalah foto HEIC yang tidak bisa dibaca Jejak. Ekspor sebagai JPEG atau PNG (di iPhone: Pengaturan › Kamera › Format › Paling Kompatibel), lalu coba lagi.`,
    avif: (p) => `“${p.name}” adalah gambar AVIF, yang tidak diterima Jejak. Ekspor sebagai JPEG atau PNG, lalu coba lagi.`,
    unknown: (p) => `“${p.name}” bukan gambar yang bisa dibaca Jejak. Ekspor sebagai JPEG atau PNG, lalu coba lagi.`,
    unreadable: (p) => `“${p.name}” tidak bisa dibaca sebagai gambar: berkasnya mungkin rusak atau tidak lengkap. Buka di aplikasi foto, ekspor sebagai JPEG atau PNG, lalu coba lagi.`,
    'too-many-pixels': (p) => `“${p.name}” terlalu besar untuk diperkecil (${p.megapixels} megapiksel; paling banyak 100). Ubah ukurannya di aplikasi foto, ekspor sebagai JPEG, lalu coba lagi.`,
    'too-large': (p) => `“${p.name}” tetap lebih dari 20 MB, batas satu gambar di peta, walau sudah diperkecil. Ekspor sebagai JPEG, lalu coba lagi.`,
  },
};

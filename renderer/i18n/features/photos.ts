// Pictures on notes and persona photos: dropped or picked, shrunk before
// they are stored, opened large. Every refusal names the file and says what
// to do instead; a stored picture that is not shown says why.
import { bilingual } from '../bilingual';

export const photosWords = bilingual(
  {
    picture: 'Picture',
    open: 'Open picture',
    close: 'Close',
    viewerHint: 'Esc closes',
    size: '{{width}} × {{height}} px, {{size}}',
    added: 'Picture “{{name}}” stored at {{width}} × {{height}} px, {{size}}.',
    addedShrunk: 'Picture “{{name}}” shrunk from {{before}} to {{width}} × {{height}} px, {{size}}.',
    reading: 'Shrinking “{{name}}”…',
    noPicture: 'This note has no picture.',
    dropTarget: 'Drop a picture onto a note, an empty cell or a persona.',
    notShown: {
      'too-large': 'This picture is too large to show ({{width}} × {{height}} px). Jejak shows pictures of up to 100 megapixels and {{side}} px on a side. Replace it with a smaller one.',
      unsupported: 'This picture cannot be shown: it is not a PNG, JPEG or WebP. Replace it with one that is.',
      unreadable: 'This picture cannot be shown: the file may be damaged. Replace it with another.',
    },
    refused: {
      svg: '“{{name}}” is an SVG drawing, which a map cannot hold (it can carry script). Export it as PNG or JPEG and drop that instead.',
      heic: '“{{name}}” is a HEIC photo, which Jejak cannot read. Export it as JPEG or PNG (on an iPhone: Settings › Camera › Formats › Most Compatible) and try again.',
      avif: '“{{name}}” is an AVIF picture, which Jejak does not take. Export it as JPEG or PNG and try again.',
      unknown: '“{{name}}” is not a picture Jejak can read. Export it as JPEG or PNG and try again.',
      unreadable: '“{{name}}” could not be read as a picture: the file may be damaged or incomplete. Open it in a photo app, export it as JPEG or PNG and try again.',
      'too-many-pixels': '“{{name}}” is too large to shrink ({{megapixels}} megapixels; at most 100). Resize it in a photo app, export it as JPEG and try again.',
      'too-large': '“{{name}}” stays over the 20 MB a map allows for one picture even after shrinking. Export it as JPEG and try again.',
    },
  },
  {
    picture: 'Gambar',
    open: 'Buka gambar',
    close: 'Tutup',
    viewerHint: 'Esc untuk menutup',
    size: '{{width}} × {{height}} piksel, {{size}}',
    added: 'Gambar “{{name}}” disimpan pada {{width}} × {{height}} piksel, {{size}}.',
    addedShrunk: 'Gambar “{{name}}” diperkecil dari {{before}} menjadi {{width}} × {{height}} piksel, {{size}}.',
    reading: 'Memperkecil “{{name}}”…',
    noPicture: 'Catatan ini tidak punya gambar.',
    dropTarget: 'Letakkan gambar di atas catatan, sel kosong, atau persona.',
    notShown: {
      'too-large': 'Gambar ini terlalu besar untuk ditampilkan ({{width}} × {{height}} piksel). Jejak menampilkan gambar sampai 100 megapiksel dan {{side}} piksel per sisi. Ganti dengan gambar yang lebih kecil.',
      unsupported: 'Gambar ini tidak bisa ditampilkan: bukan PNG, JPEG, atau WebP. Ganti dengan gambar yang sesuai.',
      unreadable: 'Gambar ini tidak bisa ditampilkan: berkasnya mungkin rusak. Ganti dengan gambar lain.',
    },
    refused: {
      svg: '“{{name}}” adalah gambar SVG, yang tidak bisa disimpan di peta (SVG bisa membawa skrip). Ekspor sebagai PNG atau JPEG, lalu letakkan berkas itu.',
      heic: '“{{name}}” adalah foto HEIC yang tidak bisa dibaca Jejak. Ekspor sebagai JPEG atau PNG (di iPhone: Pengaturan › Kamera › Format › Paling Kompatibel), lalu coba lagi.',
      avif: '“{{name}}” adalah gambar AVIF, yang tidak diterima Jejak. Ekspor sebagai JPEG atau PNG, lalu coba lagi.',
      unknown: '“{{name}}” bukan gambar yang bisa dibaca Jejak. Ekspor sebagai JPEG atau PNG, lalu coba lagi.',
      unreadable: '“{{name}}” tidak bisa dibaca sebagai gambar: berkasnya mungkin rusak atau tidak lengkap. Buka di aplikasi foto, ekspor sebagai JPEG atau PNG, lalu coba lagi.',
      'too-many-pixels': '“{{name}}” terlalu besar untuk diperkecil ({{megapixels}} megapiksel; paling banyak 100). Ubah ukurannya di aplikasi foto, ekspor sebagai JPEG, lalu coba lagi.',
      'too-large': '“{{name}}” tetap lebih dari 20 MB, batas satu gambar di peta, walau sudah diperkecil. Ekspor sebagai JPEG, lalu coba lagi.',
    },
  },
);

import { IMAGE_NAMES, integer, mebibytes, quote, roundedUpToTenthMiB } from '../phrasing';
import type { Words } from '../words';
import { language } from './language';

const n = (value: number) => integer(value, language.locale);
const mib = (bytes: number) => mebibytes(bytes, language.locale);
const mibOver = (bytes: number) => mib(roundedUpToTenthMiB(bytes));
const collectionName = { personas: 'persona', stages: 'tahap', lanes: 'lajur', notes: 'catatan', assets: 'gambar' } as const;

export const problems: Words['problems'] = {
  at: (line, column) => `baris ${n(line)}, kolom ${n(column)}`,

  expected(rule) {
    switch (rule.t) {
      case 'id':
        return 'sebuah id (1–64 huruf, angka, "-" atau "_")';
      case 'text': {
        const range = rule.min === 0 ? `paling banyak ${n(rule.max)}` : `${n(rule.min)} sampai ${n(rule.max)}`;
        return `teks ${range} karakter${rule.trimmed ? ', tanpa menghitung spasi di awal dan akhir' : ''}`;
      }
      case 'integer':
        return rule.min === rule.max ? `bilangan bulat ${rule.min}` : `bilangan bulat dari ${rule.min} sampai ${n(rule.max)}`;
      case 'number':
        return 'bilangan terhingga';
      case 'boolean':
        return 'true atau false';
      case 'oneOf':
        return rule.values.length === 1 ? quote(rule.values[0]!) : `salah satu dari ${rule.values.map(quote).join(', ')}`;
      case 'color':
        return 'kode warna seperti "#2F6FDE"';
      case 'date':
        return 'tanggal seperti "2027-03-31"';
      case 'timestamp':
        return 'tanggal dan jam seperti "2026-11-23T09:12:00+07:00"';
      case 'languageTag':
        return 'kode bahasa seperti "en" atau "id"';
      case 'textList':
        return `daftar berisi paling banyak ${n(rule.maxItems)} teks, masing-masing paling banyak ${n(rule.maxLength)} karakter`;
      case 'tagList':
        return `daftar berisi paling banyak ${n(rule.maxItems)} tag yang berbeda-beda, masing-masing 1 sampai ${n(rule.maxLength)} karakter`;
      case 'list':
        return rule.min === 0 ? `daftar berisi paling banyak ${n(rule.max)} butir` : `daftar berisi ${n(rule.min)} sampai ${n(rule.max)} butir`;
      case 'object':
        return 'sebuah objek ({ … })';
      case 'orNull':
        return `${problems.expected(rule.rule)} atau null`;
      case 'base64':
        return 'teks base64 standar (A–Z, a–z, 0–9, "+" dan "/", "=" hanya di akhir, tanpa pindah baris)';
    }
  },

  found(found) {
    switch (found.kind) {
      case 'missing':
        return 'tidak ada (kuncinya tidak ditemukan)';
      case 'null':
        return 'null';
      case 'boolean':
      case 'number':
        return String(found.value);
      case 'text':
        return found.length <= 40 ? quote(found.value) : `teks sepanjang ${n(found.length)} karakter`;
      case 'list':
        return found.length === 0 ? 'daftar kosong' : `daftar berisi ${n(found.length)} butir`;
      case 'object':
        return 'sebuah objek';
    }
  },

  syntax(detail) {
    switch (detail.kind) {
      case 'unexpected-char':
        return `ada ${quote(detail.char)} yang tidak pada tempatnya`;
      case 'unexpected-end':
        return 'isinya terputus sebelum selesai; mungkin ada bagian berkas yang hilang';
      case 'bad-escape':
        return 'ada kode escape dengan garis miring terbalik (\\) yang tidak dikenal JSON';
      case 'control-char':
        return 'ada pindah baris atau karakter kontrol di dalam teks; tulis sebagai \\n';
      case 'bad-number':
        return 'ada angka yang penulisannya salah';
      case 'trailing-content':
        return 'masih ada isi setelah akhir peta';
      case 'empty':
        return 'berkasnya kosong';
    }
  },

  item: (collection) => collectionName[collection],

  messages: {
    'file-too-large': (p) =>
      `ukuran berkas ${mibOver(p.bytes)} MiB, melebihi batas ${mib(p.limit)} MiB untuk sebuah peta, jadi berkas tidak dibuka; pastikan ini memang peta .cjm`,
    'not-utf8': (p) =>
      `berkas ini bukan teks UTF-8 (byte ke-${n(p.offset + 1)} tidak terbaca); pastikan ini memang peta .cjm, atau simpan ulang sebagai UTF-8`,
    'json-syntax': (p) => `${problems.at(p.line, p.column)}: berkas ini bukan JSON yang valid (${problems.syntax(p.detail)})`,
    'not-an-object': (p) => `seharusnya peta perjalanan (objek JSON { … }), tetapi isinya ${problems.found(p.found)}`,
    'wrong-format': (p) => `seharusnya "cjm", tetapi isinya ${problems.found(p.found)}: ini bukan berkas peta perjalanan Jejak`,
    'newer-version': (p) =>
      `peta ini dibuat dengan Jejak yang lebih baru (format versi ${p.found}), sedangkan Jejak yang Anda pakai hanya bisa membaca versi ${p.supported}. Perbarui Jejak untuk membukanya; berkas ini tidak diubah`,
    invalid: (p) => `seharusnya ${problems.expected(p.expected)}, tetapi isinya ${problems.found(p.found)}`,
    'duplicate-key': (p) => `kunci ${quote(p.key)} muncul dua kali dalam satu objek; sisakan satu dan hapus yang lain`,
    'duplicate-tag': (p) => `tag ${quote(p.tag)} muncul dua kali; tag dalam satu catatan tidak boleh ada yang sama`,
    'too-deep': (p) => `ekstensi hanya boleh bertingkat sampai ${p.limit} lapis, sedangkan yang ini lebih dalam`,
    'asset-too-large': (p) => `ukuran gambar ini ${mibOver(p.bytes)} MiB, melebihi batas ${mib(p.limit)} MiB untuk gambar dalam peta`,
    'asset-wrong-bytes': (p) =>
      `datanya bukan gambar ${IMAGE_NAMES[p.mime] ?? p.mime}, padahal aset ini mencantumkan ${quote(p.mime)}`,
    'updated-before-created': (p) => `updatedAt (${p.updatedAt}) lebih awal daripada createdAt (${p.createdAt})`,
    'no-room-to-recover': (p) =>
      `ada catatan yang merujuk ke ${collectionName[p.collection]} yang tidak ada, tetapi jumlah ${collectionName[p.collection]} di peta sudah mencapai batas (${p.limit}), jadi ${collectionName[p.collection]} "Recovered" tidak bisa ditambahkan`,
    'missing-lane': (p) =>
      `tidak ada lajur dengan id ${quote(p.id)}; saat diperbaiki, catatan ini dipindahkan ke lajur ${quote(p.recoveredTo)}`,
    'missing-stage': (p) =>
      `tidak ada tahap dengan id ${quote(p.id)}; saat diperbaiki, catatan ini dipindahkan ke tahap ${quote(p.recoveredTo)}`,
    'duplicate-id': (p) =>
      `id ${quote(p.id)} sudah dipakai oleh ${collectionName[p.collection]} sebelumnya; saat diperbaiki, yang ini diberi id baru ${quote(p.newId)}`,
    'emotion-out-of-range': (p) =>
      `seharusnya bilangan bulat dari -2 sampai 2, tetapi isinya ${p.found}; saat diperbaiki, nilainya diubah menjadi ${p.clamped} dan ${p.found} disimpan di ${p.keptAs}`,
    'unknown-lane-kind': (p) =>
      `${quote(p.found)} bukan jenis lajur yang dikenal Jejak; saat diperbaiki, lajur ini dijadikan lajur teks dan ${quote(p.found)} disimpan di ${p.keptAs}`,
    'missing-persona': (p) =>
      `tidak ada persona dengan id ${quote(p.id)}; saat diperbaiki, tautan ini dihapus dan id-nya disimpan di ${p.keptAs}`,
    'missing-asset': (p) =>
      `tidak ada gambar dalam peta dengan id ${quote(p.id)}; saat diperbaiki, tautan ini dihapus dan id-nya disimpan di ${p.keptAs}`,
    'unknown-key': (p) =>
      `${quote(p.key)} bukan kunci dalam format .cjm; saat diperbaiki, nilainya disimpan sebagai ekstensi ${quote(p.keptAs)}`,
  },
};

// Kata-kata impor (lihat en/imports.ts):
//   baris 7: emosi harus bilangan bulat dari -2 sampai 2, tetapi isinya 'happy'
import { LIMITS } from '../../format/schema';
import { integer, quotedCell as q } from '../phrasing';
import type { Words } from '../words';
import { language } from './language';

const int = (value: number) => integer(value, language.locale);

export const imports: Words['imports'] = {
  row: (n) => `baris ${int(n)}`,
  line: (n) => `baris ${int(n)}`,
  field: {
    id: 'id',
    stage: 'tahap',
    lane: 'lajur',
    laneKind: 'jenis lajur',
    text: 'teks',
    emotion: 'emosi',
    votes: 'suara',
    tags: 'tag',
    evidence: 'bukti',
    source: 'sumber',
    owner: 'penanggung jawab',
    priority: 'prioritas',
    due: 'tenggat',
    metricName: 'nama metrik',
    metricValue: 'nilai metrik',
    metricUnit: 'satuan metrik',
    author: 'penulis',
  },
  must: {
    id: 'harus berupa id dari 1 sampai 64 huruf, angka, "-" atau "_"',
    stage: 'harus nama salah satu tahap',
    lane: 'harus nama salah satu lajur',
    laneKind: 'harus salah satu jenis lajur',
    text: 'paling panjang 10.000 karakter',
    emotion: 'harus bilangan bulat dari -2 sampai 2',
    votes: 'harus bilangan bulat dari 0 sampai 9.999',
    tags: `paling banyak ${LIMITS.maxTags} tag berbeda, masing-masing 1 sampai 40 karakter, dipisahkan koma`,
    evidence: 'harus Asumsi, Diamati atau Terukur',
    source: 'paling panjang 500 karakter',
    owner: 'paling panjang 100 karakter',
    priority: 'harus Tinggi, Sedang atau Rendah',
    due: 'harus tanggal berbentuk TTTT-BB-HH, misalnya 2027-03-31',
    metricName: 'paling panjang 100 karakter',
    metricValue: 'harus berupa angka, misalnya 42 atau 3.5',
    metricUnit: 'paling panjang 16 karakter',
    author: 'harus nama 1 sampai 40 karakter',
  },
  found: (text) =>
    text.trim() === ''
      ? 'tetapi kosong'
      : Array.from(text).length > 200
        ? `tetapi isinya ${int(Array.from(text).length)} karakter`
        : `tetapi isinya ${q(text)}`,
  reasons: {
    'metric-incomplete': () => 'metrik memerlukan nama dan nilai',
    'unknown-stage': (r) => `tidak ada tahap bernama ${q(r.name)}; tulis nama tahap seperti di peta`,
    'unknown-lane': (r) => `tidak ada lajur bernama ${q(r.name)}; tulis nama lajur seperti di peta`,
    'ambiguous-stage': (r) => `ada lebih dari satu tahap bernama ${q(r.name)}; tulis id tahapnya`,
    'ambiguous-lane': (r) => `ada lebih dari satu lajur bernama ${q(r.name)}; tulis id lajurnya`,
    'missing-stage': () => 'catatan baru memerlukan tahap',
    'missing-lane': () => 'catatan baru memerlukan lajur',
    'duplicate-id': (r) => `id ${q(r.id)} sudah ada di baris ${int(r.firstAt)}; satu catatan hanya boleh muncul sekali`,
    'lane-locked': (r) => `lajur ${q(r.lane)} dikunci; buka kuncinya di papan dulu`,
    'map-full': (r) => `peta sudah berisi ${int(r.limit)} catatan, batas terbanyaknya`,
    'no-columns': () => 'baris pertama tidak memuat satu pun kolom Jejak (Id, Tahap, Lajur, Teks, …); ekspor sebuah peta ke lembar kerja untuk melihatnya',
    'no-id-column': () => 'lembar kerja ini tidak punya kolom Id, jadi Jejak tidak bisa tahu catatan mana yang hilang; tidak ada yang dihapus',
    'unknown-heading': (r) => `tidak ada tahap bernama ${q(r.name)}; ${int(r.skipped)} baris di bawahnya tidak diimpor`,
    'no-lane': () => 'semua lajur disembunyikan atau dikunci, jadi tidak ada lajur untuk catatan ini',
  },
  failures: {
    empty: () => 'berkasnya kosong',
    'not-text': () => 'berkas ini bukan teks; simpan lembar kerjanya sebagai CSV atau XLSX lalu coba lagi',
    'bad-csv': (f) => `CSV tidak bisa dibaca di baris ${int(f.line)}: ${f.detail}`,
    'bad-xlsx': () => 'berkas ini bukan buku kerja Excel yang bisa dibaca Jejak (mungkin rusak, atau jenis berkas lain)',
    'too-large': (f) =>
      !('part' in f)
        ? `berkas ini lebih besar dari ${int(Math.round(f.limit / 1024 / 1024))} MB, lebih dari yang diperlukan catatan sebuah peta`
        : 'ratio' in f
          ? `buku kerja ini dimampatkan lebih dari ${int(f.ratio)} banding 1 (di ${f.part}), padahal lembar catatan tidak pernah begitu, jadi Jejak tidak membongkarnya; berkas ini mungkin rusak atau sengaja dibuat untuk memenuhi memori`
          : `buku kerja ini terbongkar menjadi lebih dari ${int(Math.round(f.limit / 1024 / 1024))} MB (di ${f.part}), jauh lebih banyak dari yang diperlukan catatan sebuah peta, jadi Jejak tidak membongkarnya; periksa apakah berkasnya benar`,
    'too-many-rows': (f) => `lembar kerja ini berisi lebih dari ${int(f.limit)} baris; Jejak mengimpor paling banyak ${int(f.limit)}`,
    'too-many-cells': (f) =>
      `lembar kerja ini berisi lebih dari ${int(f.limit)} sel; Jejak mengimpor paling banyak ${int(f.limit)} (hapus kolom yang tidak dipakai Jejak lalu coba lagi)`,
    'too-many-lines': (f) => `daftar ini berisi lebih dari ${int(f.limit)} baris; Jejak mengimpor paling banyak ${int(f.limit)}`,
    'too-much-memory': (f) =>
      `membaca berkas ini butuh memori lebih dari yang diizinkan Jejak untuk impor (${int(Math.round(f.limit / 1024 / 1024))} MB), jadi pembacaannya dihentikan; periksa apakah berkasnya benar, atau simpan lembar kerjanya sebagai CSV lalu coba lagi`,
    'read-stopped': (f) => `pembacaan berkas berhenti tiba-tiba (${f.detail}); coba lagi, atau simpan lembar kerjanya sebagai CSV`,
    'unknown-type': () => 'Jejak mengimpor CSV, XLSX dan daftar biasa (.txt, .md)',
  },
  summary: ({ updated, added, deleted, notImported, unchanged }) => {
    const parts = [`${int(updated)} catatan diubah`, `${int(added)} catatan baru`, `${int(deleted)} catatan dihapus`];
    if (unchanged > 0) parts.push(`${int(unchanged)} tidak berubah`);
    if (notImported > 0) parts.push(`${int(notImported)} baris tidak diimpor`);
    return parts.join(', ');
  },
};

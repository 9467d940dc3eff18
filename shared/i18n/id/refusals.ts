import { problemText } from '../phrasing';
import type { Words } from '../words';
import { language } from './language';
import { problems } from './problems';

const FIELDS: Record<string, string> = {
  title: 'Judul',
  goal: 'Tujuan',
  scenario: 'Skenario',
  type: 'Jenis peta',
  locale: 'Bahasa konten peta',
  reviewBy: 'Tinjau paling lambat',
  primaryPersona: 'Persona utama',
  id: 'Id',
  name: 'Nama',
  role: 'Peran',
  age: 'Usia',
  bio: 'Tentang',
  goals: 'Tujuan',
  frustrations: 'Frustrasi',
  motivations: 'Motivasi',
  channels: 'Saluran',
  quote: 'Kutipan',
  color: 'Warna',
  kind: 'Jenis lajur',
  persona: 'Persona',
  hidden: 'Disembunyikan',
  locked: 'Dikunci',
  text: 'Teks',
  emotion: 'Emosi',
  votes: 'Suara',
  tags: 'Tag',
  evidence: 'Bukti',
  source: 'Sumber',
  owner: 'Penanggung jawab',
  priority: 'Prioritas',
  due: 'Tenggat',
  metric: 'Metrik',
  value: 'Nilai',
  unit: 'Satuan',
  image: 'Gambar',
  photo: 'Foto',
  data: 'Data gambar',
};

const ITEMS = { personas: 'persona', stages: 'tahap', lanes: 'lajur', notes: 'catatan', assets: 'gambar' } as const;

export const refusals: Words['refusals'] = {
  field: (key) => FIELDS[key] ?? key,
  messages: {
    invalid: (r) => `${refusals.field(r.field)}: seharusnya ${problems.expected(r.expected)}, tetapi isinya ${problems.found(r.found)}`,
    'not-found': (r) => `Tidak ada lagi ${ITEMS[r.collection]} dengan id "${r.id}"; mungkin sudah dihapus.`,
    'id-taken': (r) => `Id "${r.id}" sudah dipakai ${ITEMS[r.collection]} lain.`,
    'too-many': (r) => `Satu peta paling banyak berisi ${r.limit.toLocaleString(language.locale)} ${ITEMS[r.collection]}.`,
    'last-one': (r) => `Peta memerlukan paling sedikit satu ${ITEMS[r.collection]}; tambahkan yang lain sebelum menghapus yang ini.`,
    'lane-locked': (r) => `Lajur "${r.lane}" dikunci: catatannya tidak bisa dipindah atau diubah. Buka kuncinya dulu.`,
    'structure-locked': () => 'Struktur peta dikunci: tahap dan lajur tidak bisa ditambah, dipindah, atau dihapus. Buka kunci struktur dulu (menu Lokakarya).',
    'review-mode': () => 'Mode tinjauan aktif: peta hanya bisa dibaca. Keluar dari mode tinjauan untuk mengubahnya.',
    'bad-asset': (r) => `Gambar ini tidak bisa dipakai: ${problemText(problems, r.problem)}.`,
  },
};

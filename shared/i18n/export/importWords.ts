// What an import says, in both languages: why a row (or a line) was not
// imported, why a file could not be read at all, and what the import will
// do. Problems name the row as the spreadsheet numbers it, the field as
// the column header says it, and the text that was found, so the person
// can go straight to the cell:
//   row 7: emotion must be a whole number from -2 to 2, found 'happy'
//   baris 7: emosi harus bilangan bulat dari -2 sampai 2, tetapi isinya 'happy'
import { LIMITS } from '../../format/schema';
import type { ImportPlan, ImportProblem, ImportReason } from '../../import/types';
import { formatInteger, type Language } from '../language';
import type { NoteColumn } from './sheetWords';

/** Why a file could not be read as a sheet at all. */
export type SheetFailure =
  | { code: 'empty' }
  | { code: 'not-text' }
  | { code: 'bad-csv'; line: number; detail: string }
  | { code: 'bad-xlsx'; detail: string }
  /** The file is larger than `limit` bytes; or one part of a workbook unpacks to more than `limit` bytes, or to more than `ratio` times its packed size. */
  | { code: 'too-large'; limit: number }
  | { code: 'too-large'; part: string; limit: number }
  | { code: 'too-large'; part: string; ratio: number }
  | { code: 'too-many-rows'; limit: number }
  | { code: 'too-many-cells'; limit: number }
  /** Reading the file took more memory than Jejak gives an import (`limit` bytes). */
  | { code: 'too-much-memory'; limit: number }
  /** Reading the file stopped without an answer (its worker crashed). */
  | { code: 'read-stopped'; detail: string }
  | { code: 'unknown-type' };

interface ImportWords {
  row: (n: number) => string;
  line: (n: number) => string;
  field: Record<NoteColumn, string>;
  /** What a column's cell must hold, as a phrase after the field's name. */
  must: Record<NoteColumn, string>;
  found: (text: string) => string;
  reasons: { [C in Exclude<ImportReason['code'], 'invalid'>]: (r: Extract<ImportReason, { code: C }>) => string };
  failures: { [C in SheetFailure['code']]: (f: Extract<SheetFailure, { code: C }>) => string };
  summary: (s: { updated: number; added: number; deleted: number; notImported: number; unchanged: number }) => string;
}

const q = (text: string) => `'${shown(text)}'`;

/** A cell's text as a message quotes it: on one line, and cut short past 40 characters. */
function shown(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const points = Array.from(flat);
  return points.length <= 40 ? flat : `${points.slice(0, 39).join('')}…`;
}

const en: ImportWords = {
  row: (n) => `row ${formatInteger(n, 'en')}`,
  line: (n) => `line ${formatInteger(n, 'en')}`,
  field: {
    id: 'id',
    stage: 'stage',
    lane: 'lane',
    laneKind: 'lane kind',
    text: 'text',
    emotion: 'emotion',
    votes: 'votes',
    tags: 'tags',
    evidence: 'evidence',
    source: 'source',
    owner: 'owner',
    priority: 'priority',
    due: 'due date',
    metricName: 'metric name',
    metricValue: 'metric value',
    metricUnit: 'metric unit',
  },
  must: {
    id: 'must be an id of 1 to 64 letters, digits, "-" or "_"',
    stage: "must be a stage's name",
    lane: "must be a lane's name",
    laneKind: 'must be a kind of lane',
    text: 'must be at most 10,000 characters',
    emotion: 'must be a whole number from -2 to 2',
    votes: 'must be a whole number from 0 to 9,999',
    tags: `must be at most ${LIMITS.maxTags} different tags of 1 to 40 characters, separated by commas`,
    evidence: 'must be Assumption, Observed or Measured',
    source: 'must be at most 500 characters',
    owner: 'must be at most 100 characters',
    priority: 'must be High, Medium or Low',
    due: 'must be a date written YYYY-MM-DD, such as 2027-03-31',
    metricName: 'must be at most 100 characters',
    metricValue: 'must be a number, such as 42 or 3.5',
    metricUnit: 'must be at most 16 characters',
  },
  found: (text) => (text.trim() === '' ? 'found nothing' : Array.from(text).length > 200 ? `found a text of ${formatInteger(Array.from(text).length, 'en')} characters` : `found ${q(text)}`),
  reasons: {
    'metric-incomplete': () => 'a metric needs both a name and a value',
    'unknown-stage': (r) => `no stage is called ${q(r.name)}; use a stage's name as the map has it`,
    'unknown-lane': (r) => `no lane is called ${q(r.name)}; use a lane's name as the map has it`,
    'ambiguous-stage': (r) => `more than one stage is called ${q(r.name)}; write the stage's id instead`,
    'ambiguous-lane': (r) => `more than one lane is called ${q(r.name)}; write the lane's id instead`,
    'missing-stage': () => 'a new note needs a stage',
    'missing-lane': () => 'a new note needs a lane',
    'duplicate-id': (r) => `the id ${q(r.id)} is already on row ${formatInteger(r.firstAt, 'en')}; a note can be in the sheet only once`,
    'lane-locked': (r) => `the lane ${q(r.lane)} is locked; unlock it on the board first`,
    'map-full': (r) => `the map already holds ${formatInteger(r.limit, 'en')} notes, the most it can`,
    'no-columns': () => "the first row names none of Jejak's columns (Id, Stage, Lane, Text, …); export a map to a sheet to see them",
    'no-id-column': () => 'the sheet has no Id column, so Jejak cannot tell which notes are missing from it; nothing was deleted',
    'unknown-heading': (r) =>
      `no stage is called ${q(r.name)}; ${r.skipped === 1 ? 'the line under it was' : `the ${formatInteger(r.skipped, 'en')} lines under it were`} not imported`,
    'no-lane': () => 'every lane is hidden or locked, so there is no lane to put the notes in',
  },
  failures: {
    empty: () => 'the file is empty',
    'not-text': () => 'the file is not text; save the sheet as CSV or XLSX and try again',
    'bad-csv': (f) => `the CSV cannot be read at line ${formatInteger(f.line, 'en')}: ${f.detail}`,
    'bad-xlsx': () => 'the file is not an Excel workbook Jejak can read (it may be damaged, or another kind of file)',
    'too-large': (f) =>
      !('part' in f)
        ? `the file is larger than ${formatInteger(Math.round(f.limit / 1024 / 1024), 'en')} MB, more than a map's notes need`
        : 'ratio' in f
          ? `the workbook is packed more than ${formatInteger(f.ratio, 'en')} to 1 (in ${f.part}), as no sheet of notes is, so Jejak did not unpack it; it may be damaged or made to fill the memory`
          : `the workbook unpacks to more than ${formatInteger(Math.round(f.limit / 1024 / 1024), 'en')} MB (in ${f.part}), far more than a map's notes need, so Jejak did not unpack it; check that it is the right file`,
    'too-many-rows': (f) => `this sheet has more than ${formatInteger(f.limit, 'en')} rows; Jejak imports at most ${formatInteger(f.limit, 'en')}`,
    'too-many-cells': (f) => `this sheet has more than ${formatInteger(f.limit, 'en')} cells; Jejak imports at most ${formatInteger(f.limit, 'en')} (delete the columns Jejak does not use and try again)`,
    'too-much-memory': (f) =>
      `reading the file needed more memory than Jejak allows an import (${formatInteger(Math.round(f.limit / 1024 / 1024), 'en')} MB), so it was stopped; check that it is the right file, or save the sheet as CSV and try again`,
    'read-stopped': (f) => `reading the file stopped unexpectedly (${f.detail}); try again, or save the sheet as CSV`,
    'unknown-type': () => 'Jejak imports CSV, XLSX and plain lists (.txt, .md)',
  },
  summary: ({ updated, added, deleted, notImported, unchanged }) => {
    const n = (count: number, one: string, many: string) => `${formatInteger(count, 'en')} ${count === 1 ? one : many}`;
    const parts = [n(updated, 'note changed', 'notes changed'), n(added, 'new note', 'new notes'), n(deleted, 'note deleted', 'notes deleted')];
    if (unchanged > 0) parts.push(n(unchanged, 'unchanged', 'unchanged'));
    if (notImported > 0) parts.push(n(notImported, 'row not imported', 'rows not imported'));
    return parts.join(', ');
  },
};

const id: ImportWords = {
  row: (n) => `baris ${formatInteger(n, 'id')}`,
  line: (n) => `baris ${formatInteger(n, 'id')}`,
  field: {
    id: 'id',
    stage: 'tahapan',
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
  },
  must: {
    id: 'harus berupa id dari 1 sampai 64 huruf, angka, "-" atau "_"',
    stage: 'harus nama salah satu tahapan',
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
  },
  found: (text) =>
    text.trim() === ''
      ? 'tetapi kosong'
      : Array.from(text).length > 200
        ? `tetapi isinya ${formatInteger(Array.from(text).length, 'id')} karakter`
        : `tetapi isinya ${q(text)}`,
  reasons: {
    'metric-incomplete': () => 'metrik memerlukan nama dan nilai',
    'unknown-stage': (r) => `tidak ada tahapan bernama ${q(r.name)}; tulis nama tahapan seperti di peta`,
    'unknown-lane': (r) => `tidak ada lajur bernama ${q(r.name)}; tulis nama lajur seperti di peta`,
    'ambiguous-stage': (r) => `ada lebih dari satu tahapan bernama ${q(r.name)}; tulis id tahapannya`,
    'ambiguous-lane': (r) => `ada lebih dari satu lajur bernama ${q(r.name)}; tulis id lajurnya`,
    'missing-stage': () => 'catatan baru memerlukan tahapan',
    'missing-lane': () => 'catatan baru memerlukan lajur',
    'duplicate-id': (r) => `id ${q(r.id)} sudah ada di baris ${formatInteger(r.firstAt, 'id')}; satu catatan hanya boleh muncul sekali`,
    'lane-locked': (r) => `lajur ${q(r.lane)} dikunci; buka kuncinya di papan dulu`,
    'map-full': (r) => `peta sudah berisi ${formatInteger(r.limit, 'id')} catatan, batas terbanyaknya`,
    'no-columns': () => 'baris pertama tidak memuat satu pun kolom Jejak (Id, Tahapan, Lajur, Teks, …); ekspor sebuah peta ke lembar kerja untuk melihatnya',
    'no-id-column': () => 'lembar kerja ini tidak punya kolom Id, jadi Jejak tidak bisa tahu catatan mana yang hilang; tidak ada yang dihapus',
    'unknown-heading': (r) => `tidak ada tahapan bernama ${q(r.name)}; ${formatInteger(r.skipped, 'id')} baris di bawahnya tidak diimpor`,
    'no-lane': () => 'semua lajur disembunyikan atau dikunci, jadi tidak ada lajur untuk catatan ini',
  },
  failures: {
    empty: () => 'berkasnya kosong',
    'not-text': () => 'berkas ini bukan teks; simpan lembar kerjanya sebagai CSV atau XLSX lalu coba lagi',
    'bad-csv': (f) => `CSV tidak bisa dibaca di baris ${formatInteger(f.line, 'id')}: ${f.detail}`,
    'bad-xlsx': () => 'berkas ini bukan buku kerja Excel yang bisa dibaca Jejak (mungkin rusak, atau jenis berkas lain)',
    'too-large': (f) =>
      !('part' in f)
        ? `berkas ini lebih besar dari ${formatInteger(Math.round(f.limit / 1024 / 1024), 'id')} MB, lebih dari yang diperlukan catatan sebuah peta`
        : 'ratio' in f
          ? `buku kerja ini dimampatkan lebih dari ${formatInteger(f.ratio, 'id')} banding 1 (di ${f.part}), padahal lembar catatan tidak pernah begitu, jadi Jejak tidak membongkarnya; berkas ini mungkin rusak atau sengaja dibuat untuk memenuhi memori`
          : `buku kerja ini terbongkar menjadi lebih dari ${formatInteger(Math.round(f.limit / 1024 / 1024), 'id')} MB (di ${f.part}), jauh lebih banyak dari yang diperlukan catatan sebuah peta, jadi Jejak tidak membongkarnya; periksa apakah berkasnya benar`,
    'too-many-rows': (f) => `lembar kerja ini berisi lebih dari ${formatInteger(f.limit, 'id')} baris; Jejak mengimpor paling banyak ${formatInteger(f.limit, 'id')}`,
    'too-many-cells': (f) =>
      `lembar kerja ini berisi lebih dari ${formatInteger(f.limit, 'id')} sel; Jejak mengimpor paling banyak ${formatInteger(f.limit, 'id')} (hapus kolom yang tidak dipakai Jejak lalu coba lagi)`,
    'too-much-memory': (f) =>
      `membaca berkas ini butuh memori lebih dari yang diizinkan Jejak untuk impor (${formatInteger(Math.round(f.limit / 1024 / 1024), 'id')} MB), jadi pembacaannya dihentikan; periksa apakah berkasnya benar, atau simpan lembar kerjanya sebagai CSV lalu coba lagi`,
    'read-stopped': (f) => `pembacaan berkas berhenti tiba-tiba (${f.detail}); coba lagi, atau simpan lembar kerjanya sebagai CSV`,
    'unknown-type': () => 'Jejak mengimpor CSV, XLSX dan daftar biasa (.txt, .md)',
  },
  summary: ({ updated, added, deleted, notImported, unchanged }) => {
    const n = (count: number) => formatInteger(count, 'id');
    const parts = [`${n(updated)} catatan diubah`, `${n(added)} catatan baru`, `${n(deleted)} catatan dihapus`];
    if (unchanged > 0) parts.push(`${n(unchanged)} tidak berubah`);
    if (notImported > 0) parts.push(`${n(notImported)} baris tidak diimpor`);
    return parts.join(', ');
  },
};

const WORDS: Record<Language, ImportWords> = { en, id };

/** "row 7: emotion must be a whole number from -2 to 2, found 'happy'". */
export function importProblemMessage(problem: ImportProblem, unit: ImportPlan['unit'], language: Language): string {
  const words = WORDS[language];
  const r = problem.reason;
  const body =
    r.code === 'invalid'
      ? `${words.field[r.field]} ${words.must[r.field]}, ${words.found(r.found)}`
      : (words.reasons[r.code] as (reason: ImportReason) => string)(r);
  if (problem.at <= 0) return body;
  return `${unit === 'row' ? words.row(problem.at) : words.line(problem.at)}: ${body}`;
}

/** Every problem of a plan, one message each, in the order of the rows. */
export function importProblemMessages(plan: ImportPlan, language: Language): string[] {
  return [...plan.problems].sort((a, b) => a.at - b.at).map((p) => importProblemMessage(p, plan.unit, language));
}

/** Why a file could not be read as a sheet. */
export function sheetFailureMessage(failure: SheetFailure, language: Language): string {
  return (WORDS[language].failures[failure.code] as (f: SheetFailure) => string)(failure);
}

/** How many rows (or lines) a plan leaves out because they could not be read. */
export function rowsNotImported(plan: ImportPlan): number {
  return new Set(plan.problems.filter((p) => p.at > 0 && p.reason.code !== 'unknown-heading').map((p) => p.at)).size +
    plan.problems.reduce((sum, p) => sum + (p.reason.code === 'unknown-heading' ? p.reason.skipped : 0), 0);
}

/** "3 notes changed, 1 new note, 0 notes deleted, 1 row not imported". */
export function importSummaryMessage(plan: ImportPlan, language: Language): string {
  return WORDS[language].summary({
    updated: plan.updates.length,
    added: plan.additions.length,
    deleted: plan.deletions.length,
    notImported: rowsNotImported(plan),
    unchanged: plan.unchanged,
  });
}

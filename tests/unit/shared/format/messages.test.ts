// Every problem the reader can report is said in English and in Indonesian,
// as "PATH: message". The table below must name every ProblemCode (the
// compiler refuses it otherwise), so a new code cannot go unsaid.
import { describe, expect, it } from 'vitest';
import { readCjm, type Problem, type ProblemCode } from '../../../../shared/format';
import type { Found } from '../../../../shared/format/problems';
import type { Rule } from '../../../../shared/format/rules';
import { words } from '../../../../shared/i18n/languages';
import { formatProblem, problemMessage } from '../../../../shared/i18n/problems';
import { fixtureBytes, IMAGES, lines, minimalMap, note, readFixture, text } from './helpers';

const en = words('en').problems;
const id = words('id').problems;
const fixture = (name: string) => () => fixtureBytes(name);

/** One input per code that makes the reader report it. */
const SAMPLES: Record<ProblemCode, () => Uint8Array | string> = {
  'file-too-large': () => new Uint8Array(256 * 1024 * 1024 + 1),
  'not-utf8': fixture('fatal/not-utf8.cjm'),
  'json-syntax': fixture('fatal/json-unexpected-token.cjm'),
  'not-an-object': fixture('fatal/not-an-object.cjm'),
  'wrong-format': fixture('fatal/wrong-format.cjm'),
  'newer-version': fixture('fatal/newer-version.cjm'),
  invalid: fixture('fatal/wrong-types.cjm'),
  'duplicate-key': fixture('fatal/duplicate-key-note.cjm'),
  'duplicate-tag': fixture('fatal/tag-duplicate.cjm'),
  'too-deep': fixture('fatal/extension-65-deep.cjm'),
  'asset-too-large': () => {
    const map = minimalMap();
    map.assets = { big: { mime: 'image/png', data: IMAGES.png.slice(0, 24) + 'A'.repeat(7_000_000 * 4 - 24) } };
    return text(map);
  },
  'asset-wrong-bytes': fixture('fatal/asset-wrong-bytes.cjm'),
  'updated-before-created': fixture('fatal/updated-before-created.cjm'),
  'no-room-to-recover': () => {
    const map = minimalMap();
    map.lanes = Array.from({ length: 50 }, (_, i) => ({ id: `l${i}`, kind: 'text', title: `Lane ${i}` }));
    map.notes = [note('n', { lane: 'gone' })];
    return text(map);
  },
  'missing-lane': fixture('repair/missing-lane.cjm'),
  'missing-stage': fixture('repair/missing-stage.cjm'),
  'duplicate-id': fixture('repair/duplicate-note-id.cjm'),
  'emotion-out-of-range': fixture('repair/emotion-out-of-range.cjm'),
  'unknown-lane-kind': fixture('repair/unknown-lane-kind.cjm'),
  'missing-persona': fixture('repair/missing-lane-persona.cjm'),
  'missing-asset': fixture('repair/missing-note-image.cjm'),
  'unknown-key': fixture('repair/unknown-key-note.cjm'),
};

const problemsOf = (input: Uint8Array | string): Problem[] => {
  const result = readCjm(input);
  return result.ok ? result.repairs : result.problems;
};

describe('every problem code is said in both languages', () => {
  it.each(Object.keys(SAMPLES) as ProblemCode[])('%s', (code) => {
    const problems = problemsOf(SAMPLES[code]()).filter((p) => p.code === code);
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) {
      const english = formatProblem(problem, 'en');
      const indonesian = formatProblem(problem, 'id');
      expect(indonesian.trim()).not.toBe('');
      expect(indonesian).not.toBe(english);
      expect(indonesian).not.toMatch(/undefined|\[object Object\]|NaN/);
      if (problem.path === '') {
        expect(english).toBe(problemMessage(problem, 'en'));
        expect(indonesian).toBe(problemMessage(problem, 'id'));
      } else {
        expect(english.startsWith(`${problem.path}: `)).toBe(true);
        expect(indonesian.startsWith(`${problem.path}: `)).toBe(true);
      }
    }
  });
});

describe('Indonesian, word for word', () => {
  it.each([
    ['fatal/not-an-object.cjm', 'seharusnya peta perjalanan (objek JSON { … }), tetapi isinya daftar berisi 1 butir'],
    ['fatal/wrong-format.cjm', 'format: seharusnya "cjm", tetapi isinya "xmind": ini bukan berkas peta perjalanan Jejak'],
    ['fatal/version-string.cjm', 'version: seharusnya bilangan bulat 1, tetapi isinya "1"'],
    ['fatal/bad-color.cjm', 'stages[0].color: seharusnya kode warna seperti "#2F6FDE", tetapi isinya "blue"'],
    ['fatal/bad-timestamp.cjm', 'createdAt: seharusnya tanggal dan jam seperti "2026-11-23T09:12:00+07:00", tetapi isinya "2026-01-05 09:00"'],
    ['fatal/bad-locale.cjm', 'locale: seharusnya kode bahasa seperti "en" atau "id", tetapi isinya "english please"'],
    ['fatal/metric-infinite.cjm', 'notes[0].metric.value: seharusnya bilangan terhingga, tetapi isinya Infinity'],
    ['fatal/tags-too-many.cjm', 'notes[0].tags: seharusnya daftar berisi paling banyak 20 tag yang berbeda-beda, masing-masing 1 sampai 40 karakter, tetapi isinya daftar berisi 21 butir'],
    ['fatal/asset-svg.cjm', 'assets["img-1"].mime: seharusnya salah satu dari "image/png", "image/jpeg", "image/webp", tetapi isinya "image/svg+xml"'],
    ['fatal/no-stages.cjm', 'stages: seharusnya daftar berisi 1 sampai 100 butir, tetapi isinya daftar kosong'],
    ['fatal/missing-keys-stage.cjm', 'stages[0].id: seharusnya sebuah id (1–64 huruf, angka, "-" atau "_"), tetapi isinya tidak ada (kuncinya tidak ditemukan)'],
  ])('%s', (name, line) => {
    const result = readFixture(name);
    expect(result.ok).toBe(false);
    expect(lines(result.ok ? [] : result.problems, 'id')[0]).toBe(line);
  });

  it.each([
    ['json-unexpected-token.cjm', 'baris 3, kolom 17: berkas ini bukan JSON yang valid (ada "}" yang tidak pada tempatnya)'],
    ['json-truncated.cjm', 'baris 9, kolom 19: berkas ini bukan JSON yang valid (isinya terputus sebelum selesai; mungkin ada bagian berkas yang hilang)'],
    ['json-bad-escape.cjm', 'baris 5, kolom 36: berkas ini bukan JSON yang valid (ada kode escape dengan garis miring terbalik (\\) yang tidak dikenal JSON)'],
    ['json-control-char.cjm', 'baris 22, kolom 79: berkas ini bukan JSON yang valid (ada pindah baris atau karakter kontrol di dalam teks; tulis sebagai \\n)'],
    ['json-bad-number.cjm', 'baris 23, kolom 105: berkas ini bukan JSON yang valid (ada angka yang penulisannya salah)'],
    ['json-trailing-content.cjm', 'baris 26, kolom 1: berkas ini bukan JSON yang valid (masih ada isi setelah akhir peta)'],
    ['json-empty.cjm', 'baris 1, kolom 1: berkas ini bukan JSON yang valid (berkasnya kosong)'],
  ])('every kind of JSON syntax error: %s', (name, line) => {
    const result = readFixture(`fatal/${name}`);
    expect(lines(result.ok ? [] : result.problems, 'id')).toEqual([line]);
  });
});

describe('the parts every message is made of', () => {
  const rules: Rule[] = [
    { t: 'id' },
    { t: 'text', min: 0, max: 10_000 },
    { t: 'text', min: 1, max: 200, trimmed: true },
    { t: 'integer', min: -2, max: 2 },
    { t: 'integer', min: 1, max: 1 },
    { t: 'number' },
    { t: 'boolean' },
    { t: 'oneOf', values: ['cjm'] },
    { t: 'oneOf', values: ['low', 'medium', 'high'] },
    { t: 'color' },
    { t: 'date' },
    { t: 'timestamp' },
    { t: 'languageTag' },
    { t: 'textList', maxItems: 50, maxLength: 500 },
    { t: 'tagList', maxItems: 20, maxLength: 40 },
    { t: 'list', min: 0, max: 100_000 },
    { t: 'list', min: 1, max: 100 },
    { t: 'object' },
    { t: 'orNull', rule: { t: 'date' } },
    { t: 'base64' },
  ];

  it.each(rules.map((r) => [JSON.stringify(r), r] as const))('what is expected: %s', (_label, rule) => {
    const english = en.expected(rule);
    const indonesian = id.expected(rule);
    expect(english.length).toBeGreaterThan(0);
    expect(indonesian.length).toBeGreaterThan(0);
    if (rule.t !== 'oneOf') expect(indonesian).not.toBe(english);
  });

  it.each<[Found, string, string]>([
    [{ kind: 'missing' }, 'nothing (the key is missing)', 'tidak ada (kuncinya tidak ditemukan)'],
    [{ kind: 'null' }, 'null', 'null'],
    [{ kind: 'boolean', value: false }, 'false', 'false'],
    [{ kind: 'number', value: -1.5 }, '-1.5', '-1.5'],
    [{ kind: 'text', value: 'ab"c', length: 4 }, '"ab\\"c"', '"ab\\"c"'],
    [{ kind: 'text', value: 'x'.repeat(60), length: 12_345 }, 'a text of 12,345 characters', 'teks sepanjang 12.345 karakter'],
    [{ kind: 'list', length: 0 }, 'an empty list', 'daftar kosong'],
    [{ kind: 'list', length: 1 }, 'a list of 1 item', 'daftar berisi 1 butir'],
    [{ kind: 'list', length: 1_001 }, 'a list of 1,001 items', 'daftar berisi 1.001 butir'],
    [{ kind: 'object' }, 'an object', 'sebuah objek'],
  ])('what was found: %j', (found, english, indonesian) => {
    expect(en.found(found)).toBe(english);
    expect(id.found(found)).toBe(indonesian);
  });

  it('names each collection in both languages', () => {
    const collections = ['personas', 'stages', 'lanes', 'notes', 'assets'] as const;
    expect(collections.map((c) => en.item(c))).toEqual(['persona', 'stage', 'lane', 'note', 'image']);
    expect(collections.map((c) => id.item(c))).toEqual(['persona', 'tahap', 'lajur', 'catatan', 'gambar']);
  });

  it('puts the path before the message, and nothing before a message about the whole file', () => {
    const [invalid] = problemsOf(fixtureBytes('fatal/version-0.cjm'));
    expect(formatProblem(invalid!, 'en')).toBe(`version: ${problemMessage(invalid!, 'en')}`);
    const [syntax] = problemsOf(fixtureBytes('fatal/json-empty.cjm'));
    expect(syntax!.path).toBe('');
    expect(formatProblem(syntax!, 'id')).toBe(problemMessage(syntax!, 'id'));
  });
});

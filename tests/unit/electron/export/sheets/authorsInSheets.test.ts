// Who wrote a note in the CSV and the workbook's Notes sheet: an Author
// column, last, when a note has an author; none at all once "Leave authors
// out" is chosen, and no name anywhere in the file. The column is read back
// by no import: a round trip changes nothing, and an edited name changes
// nobody's note. Files read by csv-parse and by openpyxl.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runExport } from '../../../../../electron/export/runExport';
import { importIntoMap } from '../../../../../electron/import/importIntoMap';
import type { JourneyMap } from '../../../../../shared/format';
import { python, sample, SAMPLES, sheetOptions, writeTemp } from './support';

const DEWI = 'Dewi Lestari';
const JOSE = 'José 🌱';

/** The English sample with two notes written from phones (one name with an accent and an emoji). */
function authoredMap(): JourneyMap {
  const map = sample(SAMPLES.en);
  const [first, second] = map.notes;
  return { ...map, notes: map.notes.map((n) => (n === first ? { ...n, author: DEWI } : n === second ? { ...n, author: JOSE } : n)) };
}

async function exported(map: JourneyMap, format: 'csv' | 'xlsx', leaveAuthorsOut: boolean, language: 'en' | 'id' = 'en'): Promise<Uint8Array> {
  const output = await runExport(map, { ...sheetOptions(format, language), leaveAuthorsOut }, `map.${format}`);
  return output.files[0]!.bytes;
}

const csvRows = (bytes: Uint8Array) => parse(Buffer.from(bytes), { bom: true }) as string[][];

const NOTES_SHEET = `
import json, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
print(json.dumps([[c.value for c in row] for row in ws.iter_rows()], default=str))
`;

const EDIT_AUTHOR_XLSX = `
import sys, openpyxl
path = sys.argv[1]
wb = openpyxl.load_workbook(path)
ws = wb.worksheets[0]
col = [c.value for c in ws[1]].index('Author')
for row in ws.iter_rows(min_row=2):
    if row[col].value: row[col].value = 'Someone Else'
wb.save(path)
`;

describe('the Author column', () => {
  it('CSV: last, headed Author (Penulis in Indonesian), the name beside each authored note and empty beside the rest', async () => {
    const map = authoredMap();
    const rows = csvRows(await exported(map, 'csv', false));
    const header = rows[0]!;
    expect(header.at(-1)).toBe('Author');
    const byId = new Map(rows.slice(1).map((r) => [r[0], r.at(-1)]));
    expect(byId.get(map.notes[0]!.id)).toBe(DEWI);
    expect(byId.get(map.notes[1]!.id)).toBe(JOSE);
    expect(byId.get(map.notes[2]!.id)).toBe('');
    expect(csvRows(await exported(map, 'csv', false, 'id'))[0]!.at(-1)).toBe('Penulis');
  });

  it('is not there for a map whose notes have no author, so such sheets keep the columns they always had', async () => {
    const rows = csvRows(await exported(sample(SAMPLES.en), 'csv', false));
    expect(rows[0]).not.toContain('Author');
    expect(rows[0]!.at(-1)).toBe('Metric unit');
  });

  it('XLSX: the Notes sheet opened by openpyxl has the Author column with the names', async () => {
    const map = authoredMap();
    const path = writeTemp('map.xlsx', await exported(map, 'xlsx', false));
    const rows = python<(string | number | null)[][]>(NOTES_SHEET, path);
    expect(rows[0]!.at(-1)).toBe('Author');
    const byId = new Map(rows.slice(1).map((r) => [r[0], r.at(-1)]));
    expect(byId.get(map.notes[0]!.id)).toBe(DEWI);
    expect(byId.get(map.notes[1]!.id)).toBe(JOSE);
    expect(byId.get(map.notes[2]!.id)).toBeNull();
  });
});

describe('Leave authors out', () => {
  it.each(['csv', 'xlsx'] as const)('%s: no Author column and no name anywhere in the file', async (format) => {
    const map = authoredMap();
    const bytes = await exported(map, format, true);
    if (format === 'csv') {
      const text = new TextDecoder().decode(bytes);
      expect(csvRows(bytes)[0]).not.toContain('Author');
      expect(text).not.toContain(DEWI);
      expect(text).not.toContain('José');
      expect(csvRows(bytes).length).toBe(map.notes.length + 1);
    } else {
      const rows = python<unknown[][]>(NOTES_SHEET, writeTemp('map.xlsx', bytes));
      expect(rows[0]).not.toContain('Author');
      expect(JSON.stringify(rows)).not.toContain(DEWI);
      expect(rows.length).toBe(map.notes.length + 1);
    }
  });
});

describe('an import reads the Author column as no edit', () => {
  it.each(['csv', 'xlsx'] as const)('%s: exported and imported back unchanged, nothing changes and no column is called unknown', async (format) => {
    const map = authoredMap();
    const result = await importIntoMap(map, await exported(map, format, false), `map.${format}`);
    if (!result.ok) throw new Error(result.reason);
    expect(result.plan.updates).toEqual([]);
    expect(result.plan.additions).toEqual([]);
    expect(result.plan.ignoredColumns).toEqual([]);
    expect(result.map.notes.map((n) => n.author)).toEqual(map.notes.map((n) => n.author));
  });

  it('a name changed in the workbook changes nobody’s note', async () => {
    const map = authoredMap();
    const path = writeTemp('map.xlsx', await exported(map, 'xlsx', false));
    python(`${EDIT_AUTHOR_XLSX}\nprint('null')`, path);
    const result = await importIntoMap(map, new Uint8Array(readFileSync(path)), 'map.xlsx');
    if (!result.ok) throw new Error(result.reason);
    expect(result.plan.updates).toEqual([]);
    expect([result.map.notes[0]!.author, result.map.notes[1]!.author]).toEqual([DEWI, JOSE]);
  });
});

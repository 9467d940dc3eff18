// The CSV export as real readers see it: csv-parse and Python's csv module.
// A byte-order mark and CRLF for Excel, the columns in the export's language,
// one row per note that is not private, Indonesian text and emoji intact,
// and no cell that a spreadsheet would run as a formula.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { exportCsv } from '../../../../../electron/export/csv';
import { mapForExport } from '../../../../../shared/export/mapForExport';
import { FORMULAS, hiddenLaneTexts, INDONESIAN_AND_EMOJI, python, sample, SAMPLES, SECRET, sheetOptions, trickyMap, writeTemp } from './support';

const EN_HEADERS = ['Id', 'Stage', 'Lane', 'Lane kind', 'Text', 'Emotion', 'Votes', 'Tags', 'Evidence', 'Source', 'Owner', 'Priority', 'Due', 'Metric name', 'Metric value', 'Metric unit'];
const ID_HEADERS = ['Id', 'Tahap', 'Lajur', 'Jenis lajur', 'Teks', 'Emosi', 'Suara', 'Tag', 'Bukti', 'Sumber', 'Penanggung jawab', 'Prioritas', 'Tenggat', 'Nama metrik', 'Nilai metrik', 'Satuan metrik'];

function csvRecords(bytes: Uint8Array): string[][] {
  return parse(Buffer.from(bytes), { bom: true }) as string[][];
}

describe('CSV read by csv-parse', () => {
  it('starts with a byte-order mark, ends lines with CRLF, and has the columns in the export language', () => {
    const map = sample(SAMPLES.en);
    const bytes = exportCsv(map, sheetOptions('csv', 'en'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/"[^"]*"/g, '').split('\n').every((line, i, all) => i === all.length - 1 || line.endsWith('\r'))).toBe(true);
    expect(csvRecords(bytes)[0]).toEqual(EN_HEADERS);
    expect(csvRecords(exportCsv(sample(SAMPLES.id), sheetOptions('csv', 'id')))[0]).toEqual(ID_HEADERS);
  });

  it('has one row per note, in reading order, with its stage, lane and fields', () => {
    const map = sample(SAMPLES.id);
    const records = csvRecords(exportCsv(map, sheetOptions('csv', 'id')));
    expect(records).toHaveLength(map.notes.length + 1);
    expect(new Set(records.slice(1).map((r) => r[0]))).toEqual(new Set(map.notes.map((n) => n.id)));
    const stageOrder = records.slice(1).map((r) => map.stages.findIndex((s) => s.title === r[1]));
    expect(stageOrder).toEqual([...stageOrder].sort((a, b) => a - b));
    const withDue = map.notes.find((n) => n.due && n.owner && n.priority)!;
    const row = records.find((r) => r[0] === withDue.id)!;
    expect(row[2]).toBe(map.lanes.find((l) => l.id === withDue.lane)!.title);
    expect(row[3]).toBe('Peluang');
    expect(row[4]).toBe(withDue.text);
    expect(row[10]).toBe(withDue.owner);
    expect(row[11]).toBe({ high: 'Tinggi', medium: 'Sedang', low: 'Rendah' }[withDue.priority!]);
    expect(row[12]).toBe(withDue.due);
    const metric = map.notes.find((n) => n.metric)!;
    const metricRow = records.find((r) => r[0] === metric.id)!;
    expect([metricRow[13], Number(metricRow[14]), metricRow[15]]).toEqual([metric.metric!.name, metric.metric!.value, metric.metric!.unit ?? '']);
    const scored = map.notes.find((n) => n.emotion !== undefined && n.emotion < 0)!;
    expect(records.find((r) => r[0] === scored.id)![5]).toBe(String(scored.emotion));
  });

  it('keeps Indonesian text, emoji, quotes, commas and line breaks intact', () => {
    const map = trickyMap();
    const records = csvRecords(exportCsv(map, sheetOptions('csv', 'en')));
    const indo = records.find((r) => r[0] === 'nt-indo')!;
    expect(indo[4]).toBe(INDONESIAN_AND_EMOJI);
    expect(indo[7]).toBe('ongkir, 😊 senang');
    expect(indo[10]).toBe('Tim CX, Jakarta');
    expect(records.find((r) => r[0] === 'nt-quotes')![4]).toBe('She said "no", then, later;\nyes\r\nreally');
  });

  it('escapes every text cell a spreadsheet would run as a formula with a leading quote, and only those', () => {
    const records = csvRecords(exportCsv(trickyMap(), sheetOptions('csv', 'en')));
    FORMULAS.forEach((formula, i) => {
      const row = records.find((r) => r[0] === `nt-formula-${i}`)!;
      for (const column of [4, 9, 10]) expect(row[column]).toBe(`'${formula}`);
    });
    // Numbers are Jejak's own and left as numbers: an emotion of -2 is not a formula.
    const negative = records.find((r) => r[5]?.startsWith('-'));
    expect(negative?.[5]).toMatch(/^-[12]$/);
    const dangerous = /^[=+\-@\t\r]/;
    for (const row of records) row.forEach((cell, column) => column === 5 || column === 14 || expect(cell).not.toMatch(dangerous));
  });

  it('leaves out hidden notes and the notes of hidden lanes, unless asked to include them', () => {
    const map = trickyMap();
    const text = new TextDecoder().decode(exportCsv(map, sheetOptions('csv', 'en')));
    expect(text).not.toContain(SECRET);
    for (const hidden of hiddenLaneTexts(map)) expect(text).not.toContain(hidden);
    expect(csvRecords(exportCsv(map, sheetOptions('csv', 'en')))).toHaveLength(mapForExport(map, false).notes.length + 1);
    const all = csvRecords(exportCsv(map, sheetOptions('csv', 'en', true)));
    expect(all).toHaveLength(map.notes.length + 1);
    expect(all.some((r) => r[4] === SECRET)).toBe(true);
  });

  it('writes semicolons when asked, for Excel where the comma is the decimal mark', () => {
    const records = parse(Buffer.from(exportCsv(trickyMap(), sheetOptions('csv', 'id'), { separator: ';' })), { bom: true, delimiter: ';' }) as string[][];
    expect(records[0]).toEqual(ID_HEADERS);
    expect(records.find((r) => r[0] === 'nt-quotes')![4]).toBe('She said "no", then, later;\nyes\r\nreally');
  });
});

describe("CSV read by Python's csv module", () => {
  it('reads the same rows: BOM, header, Indonesian text and emoji, escaped formulas, no private notes', () => {
    const map = trickyMap();
    const path = writeTemp('notes.csv', exportCsv(map, sheetOptions('csv', 'en')));
    const read = python<{ bom: boolean; rows: string[][] }>(
      `
import csv, json, sys
raw = open(sys.argv[1], 'rb').read()
with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
    rows = list(csv.reader(f))
print(json.dumps({'bom': raw.startswith(b'\\xef\\xbb\\xbf'), 'rows': rows}))
`,
      path,
    );
    expect(read.bom).toBe(true);
    expect(read.rows[0]).toEqual(EN_HEADERS);
    expect(read.rows).toHaveLength(mapForExport(map, false).notes.length + 1);
    expect(read.rows.every((r) => r.length === EN_HEADERS.length)).toBe(true);
    expect(read.rows.find((r) => r[0] === 'nt-indo')![4]).toBe(INDONESIAN_AND_EMOJI);
    expect(read.rows.find((r) => r[0] === 'nt-quotes')![4]).toBe('She said "no", then, later;\nyes\r\nreally');
    FORMULAS.forEach((formula, i) => expect(read.rows.find((r) => r[0] === `nt-formula-${i}`)![4]).toBe(`'${formula}`));
    expect(read.rows.flat().join('\n')).not.toContain(SECRET);
    expect(csvRecords(exportCsv(map, sheetOptions('csv', 'en')))).toEqual(read.rows);
  });
});

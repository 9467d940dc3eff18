// Export, edit the sheet in another program, import: the edit applied, the
// new row a new note, the row that cannot be read listed by its number with
// the reason, and nothing deleted. The sheet is edited by Python (openpyxl
// for XLSX, the csv module for CSV, also as Excel in Indonesia saves it:
// semicolons, a byte-order mark, decimal commas).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportCsv } from '../../../../../electron/export/csv';
import { exportXlsx } from '../../../../../electron/export/xlsx';
import { importIntoMap } from '../../../../../electron/import/importIntoMap';
import { readSheet } from '../../../../../electron/import/readSheet';
import { readCjm, writeCjm, type JourneyMap } from '../../../../../shared/format';
import { History } from '../../../../../shared/history/history';
import { importProblemMessages } from '../../../../../shared/i18n/importMessages';
import { planSheetImport } from '../../../../../shared/import';
import { ops } from '../../../../../shared/ops';
import { FORMULAS, INDONESIAN_AND_EMOJI, python, sample, SAMPLES, SECRET, sheetOptions, trickyMap, writeTemp } from './support';

const EDIT_XLSX = `
import json, sys, openpyxl
path, edited_id, new_text = sys.argv[1], sys.argv[2], sys.argv[3]
wb = openpyxl.load_workbook(path)
ws = wb.worksheets[0]
headers = [c.value for c in ws[1]]
col = {h: i + 1 for i, h in enumerate(headers)}
for row in ws.iter_rows(min_row=2):
    if row[0].value == edited_id:
        row[col[sys.argv[4]] - 1].value = new_text
new_row = ws.max_row + 1
ws.cell(new_row, col[sys.argv[5]], sys.argv[6])
ws.cell(new_row, col[sys.argv[7]], sys.argv[8])
ws.cell(new_row, col[sys.argv[4]], 'Baru dari lembar kerja: antre check-in 😩')
junk_row = ws.max_row + 1
ws.cell(junk_row, col[sys.argv[5]], sys.argv[6])
ws.cell(junk_row, col[sys.argv[7]], sys.argv[8])
ws.cell(junk_row, col[sys.argv[4]], 'junk')
ws.cell(junk_row, col[sys.argv[9]], 'happy')
wb.save(path)
print(json.dumps({'new': new_row, 'junk': junk_row}))
`;

const EDIT_CSV = `
import csv, json, sys
path, delimiter, edited_id, new_text = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
with open(path, newline='', encoding='utf-8-sig') as f:
    rows = list(csv.reader(f, delimiter=delimiter))
headers = rows[0]
text, stage, lane, emotion = headers.index(sys.argv[5]), headers.index(sys.argv[6]), headers.index(sys.argv[7]), headers.index(sys.argv[8])
for row in rows[1:]:
    if row[0] == edited_id:
        row[text] = new_text
new = [''] * len(headers); new[stage] = sys.argv[9]; new[lane] = sys.argv[10]; new[text] = 'Baru dari lembar kerja: antre check-in 😩'
junk = [''] * len(headers); junk[stage] = sys.argv[9]; junk[lane] = sys.argv[10]; junk[text] = 'junk'; junk[emotion] = 'happy'
rows += [new, junk]
if delimiter == ';':
    # Excel where the comma is the decimal mark writes 97,5 for 97.5.
    value = headers.index(sys.argv[11])
    for row in rows[1:]:
        row[value] = row[value].replace('.', ',')
# Excel style: a byte-order mark, CRLF, the separator the locale uses, everything quoted as needed.
with open(path, 'w', newline='', encoding='utf-8-sig') as f:
    csv.writer(f, delimiter=delimiter, lineterminator='\\r\\n').writerows(rows)
print(json.dumps({'new': len(rows) - 1, 'junk': len(rows)}))
`;

function noteById(map: JourneyMap, id: string) {
  return map.notes.find((n) => n.id === id);
}

function expectValid(map: JourneyMap) {
  const read = readCjm(writeCjm(map));
  expect(read.ok && read.repairs).toEqual([]);
}

type Edited = { new: number; junk: number };

describe.each([
  { format: 'xlsx' as const, language: 'en' as const, separator: ',' as const },
  { format: 'xlsx' as const, language: 'id' as const, separator: ',' as const },
  { format: 'csv' as const, language: 'en' as const, separator: ',' as const },
  { format: 'csv' as const, language: 'id' as const, separator: ';' as const },
])('$format in $language (separator "$separator"): export, edit, import', ({ format, language, separator }) => {
  it('applies the edit, adds the new row, lists the junk row by number, deletes nothing', async () => {
    const map = trickyMap();
    const edited = 'nt-indo';
    const newText = `${INDONESIAN_AND_EMOJI} (diperbarui ✅)`;
    const headers =
      language === 'en'
        ? { text: 'Text', stage: 'Stage', lane: 'Lane', emotion: 'Emotion', metricValue: 'Metric value' }
        : { text: 'Teks', stage: 'Tahap', lane: 'Lajur', emotion: 'Emosi', metricValue: 'Nilai metrik' };
    // Stage and lane typed by hand, in another case than the map has them.
    const stageName = 'CONSIDERATION';
    const laneName = 'customer actions';
    let path: string;
    let rows: Edited;
    if (format === 'xlsx') {
      path = writeTemp('map.xlsx', await exportXlsx(map, sheetOptions('xlsx', language)));
      rows = python<Edited>(EDIT_XLSX, path, edited, newText, headers.text, headers.stage, stageName, headers.lane, laneName, headers.emotion);
    } else {
      path = writeTemp('map.csv', exportCsv(map, sheetOptions('csv', language), { separator }));
      rows = python<Edited>(EDIT_CSV, path, separator, edited, newText, headers.text, headers.stage, headers.lane, headers.emotion, stageName, laneName, headers.metricValue);
    }
    const bytes = new Uint8Array(readFileSync(path));
    if (format === 'csv') expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const result = await importIntoMap(map, bytes, `map.${format}`);
    if (!result.ok) throw new Error(result.reason);

    expect(result.plan.updates).toEqual([{ id: edited, at: expect.any(Number), changes: { text: newText } }]);
    expect(noteById(result.map, edited)!.text).toBe(newText);
    expect(result.plan.additions).toHaveLength(1);
    const added = result.plan.additions[0]!;
    expect(added.at).toBe(rows.new);
    expect(noteById(result.map, added.note.id)).toMatchObject({ stage: 'st-consideration', lane: 'ln-actions', text: 'Baru dari lembar kerja: antre check-in 😩' });
    expect(result.plan.problems).toEqual([{ at: rows.junk, column: 'emotion', reason: { code: 'invalid', field: 'emotion', found: 'happy' } }]);
    expect(importProblemMessages(result.plan, 'en')).toEqual([`row ${rows.junk}: emotion must be a whole number from -2 to 2, found 'happy'`]);
    expect(importProblemMessages(result.plan, 'id')).toEqual([`baris ${rows.junk}: emosi harus bilangan bulat dari -2 sampai 2, tetapi isinya 'happy'`]);

    // Nothing deleted: private notes (never exported) and every other note are still there, unchanged.
    expect(result.plan.deletions).toEqual([]);
    expect(result.map.notes).toHaveLength(map.notes.length + 1);
    expect(noteById(result.map, 'nt-secret')!.text).toBe(SECRET);
    for (const note of map.notes) if (note.id !== edited) expect(noteById(result.map, note.id)).toEqual(note);
    FORMULAS.forEach((formula, i) => expect(noteById(result.map, `nt-formula-${i}`)!.text).toBe(formula));
    expect(result.summary).toEqual({ updated: 1, added: 1, deleted: 0 });
    expectValid(result.map);
  });
});

describe('an import is one undo step', () => {
  it('and undo restores the map byte for byte', async () => {
    const map = sample(SAMPLES.id);
    const sheet = await readSheet(await exportXlsx(map, sheetOptions('xlsx', 'id')), 'peta.xlsx');
    if (!sheet.ok) throw new Error(sheet.reason);
    const rows = sheet.rows.map((r, i) => (i < 3 ? { ...r, cells: { ...r.cells, Teks: `${r.cells.Teks} (ditinjau)` } } : r));
    rows.push({ row: 999, cells: { Tahap: 'Pemesanan', Lajur: 'Peluang', Teks: 'Kirim info parkir di email konfirmasi', Prioritas: 'Tinggi', Tenggat: '2027-01-15' } });
    const plan = planSheetImport(map, rows.slice(5), { headers: sheet.headers, deleteMissing: true });
    expect(plan.updates.length).toBe(0);
    expect(plan.deletions).toHaveLength(5);
    const history = new History(map);
    const before = writeCjm(map);
    const applied = history.apply(ops.importNotes, { plan: planSheetImport(map, rows, { headers: sheet.headers }) });
    expect(applied).toEqual({ ok: true, value: { updated: 3, added: 1, deleted: 0 } });
    expect(history.depth).toBe(1);
    expectValid(history.current);
    const added = history.current.notes.find((n) => n.text === 'Kirim info parkir di email konfirmasi')!;
    expect(added).toMatchObject({ lane: 'ln-opportunities', stage: 'st-booking', priority: 'high', due: '2027-01-15' });
    history.undo();
    expect(writeCjm(history.current)).toBe(before);
  });
});

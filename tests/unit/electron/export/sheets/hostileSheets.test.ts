// readSheet on sheets made to exhaust the memory (issue 12, point 8): a
// small workbook that inflates to 480 MiB, a workbook of 1.5 million cells,
// a sheet of a million rows as XLSX and as CSV. Each is refused with its
// reason in both languages, early: the memory it costs stays a small part of
// what loading it whole took (exceljs needed 0.6 to 1.3 GiB for the last
// two, and crashed the process on the first). Honest sheets up to the
// budget still read in full.
import { describe, expect, it } from 'vitest';
import { readImportSource } from '../../../../../electron/import/readImportSource';
import { readSheet } from '../../../../../electron/import/readSheet';
import { sheetFailureMessage, type SheetFailure } from '../../../../../shared/i18n/importMessages';
import { bombWorkbook, manyCellsWorkbook, packed, rowsCsv, rowsWorkbook, workbookOf, zipOf } from '../../../../support/hostileSheets';
import { memoryGrowth } from '../../../../support/memoryGrowth';

/** Generous: a correctness bound, far under what loading these whole took. */
const GROWTH_MIB = 300;

async function refused(bytes: Uint8Array, name: string): Promise<SheetFailure> {
  const { value: sheet, rssMiB, heapMiB } = await memoryGrowth(() => readSheet(bytes, name));
  if (sheet.ok) throw new Error(`${name} was read as a sheet`);
  expect(rssMiB).toBeLessThan(GROWTH_MIB);
  expect(heapMiB).toBeLessThan(GROWTH_MIB);
  expect(sheet.reason).toBe(sheetFailureMessage(sheet.failure, 'en'));
  return sheet.failure;
}

const en = (failure: SheetFailure) => sheetFailureMessage(failure, 'en');
const id = (failure: SheetFailure) => sheetFailureMessage(failure, 'id');

describe('a workbook that inflates far past its size', () => {
  it('is refused before its sheet is inflated when it says how big it is', async () => {
    const failure = await refused(bombWorkbook(), 'bomb.xlsx');
    expect(failure).toEqual({ code: 'too-large', part: 'xl/worksheets/sheet1.xml', limit: 64 * 1024 * 1024 });
    expect(en(failure)).toBe("the workbook unpacks to more than 64 MB (in xl/worksheets/sheet1.xml), far more than a map's notes need, so Jejak did not unpack it; check that it is the right file");
    expect(id(failure)).toBe('buku kerja ini terbongkar menjadi lebih dari 64 MB (di xl/worksheets/sheet1.xml), jauh lebih banyak dari yang diperlukan catatan sebuah peta, jadi Jejak tidak membongkarnya; periksa apakah berkasnya benar');
  });

  it('stops inflating at the cap when it claims to be small', async () => {
    expect(await refused(bombWorkbook({ declaredSize: 1_000_000 }), 'liar.xlsx')).toEqual({ code: 'too-large', part: 'xl/worksheets/sheet1.xml', limit: 64 * 1024 * 1024 });
  });

  it('is refused when a part is packed more tightly than any sheet is', async () => {
    // 8 MiB of one repeated style: under the size cap, but packed some 1,000 to 1.
    const styles = packed(`<styleSheet>${'<xf numFmtId="0"/>'.repeat(Math.floor((8 * 1024 * 1024) / 17))}</styleSheet>`);
    const workbook = zipOf([{ name: 'xl/styles.xml', data: styles }]);
    const failure = await refused(workbook, 'packed.xlsx');
    expect(failure).toEqual({ code: 'too-large', part: 'xl/styles.xml', ratio: 100 });
    expect(en(failure)).toBe('the workbook is packed more than 100 to 1 (in xl/styles.xml), as no sheet of notes is, so Jejak did not unpack it; it may be damaged or made to fill the memory');
    expect(id(failure)).toMatch(/^buku kerja ini dimampatkan lebih dari 100 banding 1 \(di xl\/styles\.xml\)/);
  });
});

describe('a sheet past the budget', () => {
  it('of 1.5 million cells stops at the millionth', async () => {
    const failure = await refused(manyCellsWorkbook(), 'cells.xlsx');
    expect(failure).toEqual({ code: 'too-many-cells', limit: 1_000_000 });
    expect(en(failure)).toBe('this sheet has more than 1,000,000 cells; Jejak imports at most 1,000,000 (delete the columns Jejak does not use and try again)');
    expect(id(failure)).toBe('lembar kerja ini berisi lebih dari 1.000.000 sel; Jejak mengimpor paling banyak 1.000.000 (hapus kolom yang tidak dipakai Jejak lalu coba lagi)');
  });

  it('of a million rows stops at the budget, as XLSX and as CSV', async () => {
    for (const [bytes, name] of [
      [rowsWorkbook(), 'rows.xlsx'],
      [rowsCsv(), 'rows.csv'],
    ] as const) {
      const failure = await refused(bytes, name);
      expect(failure).toEqual({ code: 'too-many-rows', limit: 20_000 });
      expect(en(failure)).toBe('this sheet has more than 20,000 rows; Jejak imports at most 20,000');
      expect(id(failure)).toBe('lembar kerja ini berisi lebih dari 20.000 baris; Jejak mengimpor paling banyak 20.000');
    }
  });

  it('of 20,000 rows is read whole, and one row more is refused, as XLSX and as CSV', async () => {
    for (const [make, name] of [
      [rowsWorkbook, 'notes.xlsx'],
      [rowsCsv, 'notes.csv'],
    ] as const) {
      const sheet = await readSheet(make(20_000), name);
      if (!sheet.ok) throw new Error(sheet.reason);
      expect(sheet.headers).toEqual(['Stage', 'Lane', 'Text']);
      expect(sheet.rows).toHaveLength(20_000);
      expect(sheet.rows.at(-1)!.row).toBe(20_001);
      expect(await readSheet(make(20_001), name)).toMatchObject({ ok: false, failure: { code: 'too-many-rows', limit: 20_000 } });
    }
  });

  it('counts the rows under the header, not a title row above it', async () => {
    const title = '<row r="1"><c r="A1" t="inlineStr"><is><t>Check-in map, revised</t></is></c></row>';
    const header = '<row r="3"><c r="A3" t="inlineStr"><is><t>Text</t></is></c></row>';
    const rows = Array.from({ length: 20_000 }, (_, i) => `<row r="${i + 4}"><c r="A${i + 4}"><v>${i}</v></c></row>`).join('');
    const sheet = await readSheet(workbookOf(packed(`<worksheet><sheetData>${title}${header}${rows}</sheetData></worksheet>`)), 'titled.xlsx');
    expect(sheet.ok && [sheet.headers, sheet.rows.length, sheet.rows[0]]).toEqual([['Text'], 20_000, { row: 4, cells: { Text: '0' } }]);
  });
});

describe('a plain list, and a tab-separated sheet saved as .txt', () => {
  it('of more than 20,000 lines is refused as a list, saying so in both languages, before it is planned', async () => {
    const lines = (n: number) => Buffer.from(`# Awareness\n${Array.from({ length: n }, (_, i) => `- note ${i}`).join('\n')}\n`);
    expect(await readImportSource(lines(19_999), 'wall.txt')).toMatchObject({ kind: 'list' });
    const { value: source, rssMiB } = await memoryGrowth(() => readImportSource(lines(1_000_000), 'wall.txt'));
    expect(rssMiB).toBeLessThan(GROWTH_MIB);
    expect(source).toEqual({ kind: 'unreadable', name: 'wall.txt', failure: { code: 'too-many-lines', limit: 20_000 } });
    if (source.kind !== 'unreadable') throw new Error('read');
    expect(en(source.failure)).toBe('this list has more than 20,000 lines; Jejak imports at most 20,000');
    expect(id(source.failure)).toBe('daftar ini berisi lebih dari 20.000 baris; Jejak mengimpor paling banyak 20.000');
  });

  it('as tab-separated text past the row budget is refused as the sheet it is, not read again as a list', async () => {
    const tsv = Buffer.from(rowsCsv(20_001).toString('utf8').replaceAll(',', '\t'));
    expect(await readImportSource(tsv, 'excel-unicode.txt')).toEqual({ kind: 'unreadable', name: 'excel-unicode.txt', failure: { code: 'too-many-rows', limit: 20_000 } });
  });
});

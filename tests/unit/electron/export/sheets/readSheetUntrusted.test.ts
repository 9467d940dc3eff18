// readSheet on what people actually send: Excel's CSV dialects (semicolons,
// UTF-16 "Unicode text", Windows-1252), workbooks with the notes on another
// sheet or a title row, and files that are no sheet at all (binary junk, a
// broken or bombed zip, an unclosed quote), which come back as a clear
// failure, never a throw or a hang.
import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportXlsx } from '../../../../../electron/export/xlsx';
import { importIntoMap } from '../../../../../electron/import/importIntoMap';
import { readSheet } from '../../../../../electron/import/readSheet';
import { sheetFailureMessage } from '../../../../../shared/i18n/importMessages';
import { propertyOptions } from '../../../../support/arbitraries';
import { sample, SAMPLES, sheetOptions } from './support';

const utf8 = (text: string) => new TextEncoder().encode(text);

async function ok(bytes: Uint8Array, name: string) {
  const sheet = await readSheet(bytes, name);
  if (!sheet.ok) throw new Error(sheet.reason);
  return sheet;
}

async function failure(bytes: Uint8Array, name: string) {
  const sheet = await readSheet(bytes, name);
  if (sheet.ok) throw new Error(`${name} was read as a sheet`);
  // Every failure has words in both languages.
  expect(sheetFailureMessage(sheet.failure, 'id')).not.toBe(sheetFailureMessage(sheet.failure, 'en'));
  return sheet;
}

/** A zip of one entry, built by hand, that can lie about its size. */
function zipOf(name: string, data: Uint8Array, declaredSize: number): Uint8Array {
  const compressed = deflateRawSync(data);
  const nameBytes = utf8(name);
  const local = new DataView(new ArrayBuffer(30));
  local.setUint32(0, 0x04034b50, true);
  local.setUint16(4, 20, true);
  local.setUint16(8, 8, true);
  local.setUint32(18, compressed.length, true);
  local.setUint32(22, declaredSize, true);
  local.setUint16(26, nameBytes.length, true);
  const central = new DataView(new ArrayBuffer(46));
  central.setUint32(0, 0x02014b50, true);
  central.setUint16(10, 8, true);
  central.setUint32(20, compressed.length, true);
  central.setUint32(24, declaredSize, true);
  central.setUint16(28, nameBytes.length, true);
  central.setUint32(42, 0, true);
  const directoryAt = 30 + nameBytes.length + compressed.length;
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, 1, true);
  end.setUint16(10, 1, true);
  end.setUint32(12, 46 + nameBytes.length, true);
  end.setUint32(16, directoryAt, true);
  return Buffer.concat([new Uint8Array(local.buffer), nameBytes, compressed, new Uint8Array(central.buffer), nameBytes, new Uint8Array(end.buffer)]);
}

describe('CSV as Excel and others write it', () => {
  it('finds the separator from the header line: comma, semicolon or tab', async () => {
    for (const sep of [',', ';', '\t']) {
      const sheet = await ok(utf8(`\uFEFFId${sep}Teks${sep}Emosi\r\nn1${sep}"a${sep} b"${sep}-2\r\n`), 'notes.csv');
      expect(sheet.headers).toEqual(['Id', 'Teks', 'Emosi']);
      expect(sheet.rows).toEqual([{ row: 2, cells: { Id: 'n1', Teks: `a${sep} b`, Emosi: '-2' } }]);
      expect(sheet.decimalComma).toBe(sep === ';');
    }
  });

  it('follows an Excel "sep=" line', async () => {
    const sheet = await ok(utf8('sep=;\r\nId;Text\r\nn1;a, b\r\n'), 'notes.csv');
    expect(sheet.rows).toEqual([{ row: 2, cells: { Id: 'n1', Text: 'a, b' } }]);
    expect(sheet.decimalComma).toBe(true);
  });

  it('numbers rows as a spreadsheet does, a cell with line breaks still one row, blank rows counted', async () => {
    const sheet = await ok(utf8('Id,Text\n,"two\nlines"\n\n,after a blank row\n'), 'notes.csv');
    expect(sheet.rows.map((r) => [r.row, r.cells.Text])).toEqual([
      [2, 'two\nlines'],
      [3, ''],
      [4, 'after a blank row'],
    ]);
  });

  it('takes off the formula escape it puts on', async () => {
    const sheet = await ok(utf8("Text\n'=SUM(1)\n'-1\n''@x\n'plain\n"), 'notes.csv');
    expect(sheet.rows.map((r) => r.cells.Text)).toEqual(['=SUM(1)', '-1', "'@x", "'plain"]);
  });

  it('reads UTF-16 "Unicode text" and Windows-1252 "CSV"', async () => {
    const text = 'Id\tTeks\r\nn1\tCafé, ongkir 😊\r\n';
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect((await ok(utf16, 'notes.csv')).rows[0]!.cells.Teks).toBe('Café, ongkir 😊');
    // "Café – naïve" in Windows-1252: é 0xE9, en dash 0x96, ï 0xEF.
    const cp1252 = Buffer.concat([Buffer.from('Id;Teks\r\nn1;Caf'), Buffer.from([0xe9, 0x20, 0x96, 0x20]), Buffer.from('na'), Buffer.from([0xef]), Buffer.from('ve\r\n')]);
    const read = await ok(cp1252, 'notes.csv');
    expect(read.rows[0]!.cells.Teks).toBe('Café – naïve');
  });

  it('reports an unclosed quote with the line it opens on', async () => {
    const sheet = await failure(utf8('Id,Text\nn1,fine\nn2,"never closed\nn3,more\n'), 'notes.csv');
    expect(sheet.failure).toMatchObject({ code: 'bad-csv', line: 3 });
    expect(sheet.reason).toBe('the CSV cannot be read at line 3: a quoted cell is never closed (a " is missing)');
  });
});

describe('XLSX as people keep it', () => {
  it('reads the Notes sheet by its name in either language, wherever it is, below a title row', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Cover').addRow(['This is not the notes sheet']);
    const notes = workbook.addWorksheet('Catatan');
    notes.addRow(['Peta check-in, direvisi']);
    notes.addRow([]);
    notes.addRow(['Id', 'Teks', 'Tenggat', 'Emosi']);
    notes.addRow(['n1', { richText: [{ text: 'Tamu ' }, { font: { bold: true }, text: 'senang 😊' }] }, new Date(Date.UTC(2027, 0, 15)), { formula: '1-3', result: -2 }]);
    notes.addRow(['n2', { text: 'a link', hyperlink: 'https://example.com' }, null, null]);
    const sheet = await ok(new Uint8Array(await workbook.xlsx.writeBuffer()), 'peta.xlsx');
    expect(sheet.headers).toEqual(['Id', 'Teks', 'Tenggat', 'Emosi']);
    expect(sheet.rows).toEqual([
      { row: 4, cells: { Id: 'n1', Teks: 'Tamu senang 😊', Tenggat: '2027-01-15', Emosi: '-2' } },
      { row: 5, cells: { Id: 'n2', Teks: 'a link', Tenggat: '', Emosi: '' } },
    ]);
  });

  it('reads the first sheet when none is called Notes', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1').addRows([['Text'], ['one']]);
    expect((await ok(new Uint8Array(await workbook.xlsx.writeBuffer()), 'x.xlsx')).rows).toEqual([{ row: 2, cells: { Text: 'one' } }]);
  });
});

describe('files that are no sheet', () => {
  it('a truncated workbook is a damaged file', async () => {
    const whole = await exportXlsx(sample(SAMPLES.en), sheetOptions('xlsx', 'en'));
    const sheet = await failure(whole.subarray(0, Math.floor(whole.length / 2)), 'map.xlsx');
    expect(sheet.failure.code).toBe('bad-xlsx');
  });

  it('a zip that is no workbook, and a .xlsx that is no zip, are not workbooks', async () => {
    expect((await failure(zipOf('hello.txt', utf8('hello'), 5), 'map.xlsx')).failure.code).toBe('bad-xlsx');
    expect((await failure(utf8('Id,Text\n'), 'map.xlsx')).failure.code).toBe('bad-xlsx');
  });

  it('a zip bomb is refused before it is inflated, whether it admits its size or lies about it', async () => {
    // 64 MiB of zeros deflate to some 64 KiB; declared as 1,000 bytes, inflating stops just past 1,000.
    const zeros = new Uint8Array(64 * 1024 * 1024);
    expect((await failure(zipOf('xl/worksheets/sheet1.xml', zeros, 1000), 'liar.xlsx')).failure.code).toBe('too-large');
    const honestButHuge = zipOf('a.xml', new Uint8Array(10), 600 * 1024 * 1024);
    expect((await failure(honestButHuge, 'huge.xlsx')).failure.code).toBe('too-large');
  });

  it('binary junk, a picture, an old .xls and an empty file are not text', async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
    expect((await failure(png, 'notes.csv')).failure.code).toBe('not-text');
    const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(2000)]);
    expect((await failure(xls, 'old.xls')).failure.code).toBe('bad-xlsx');
    expect((await failure(xls, 'old.csv')).failure.code).toBe('not-text');
    expect((await failure(new Uint8Array(0), 'empty.csv')).failure.code).toBe('empty');
    expect((await failure(utf8('\uFEFF  \r\n'), 'blank.csv')).failure.code).toBe('empty');
  });

  it('never throws on any bytes, as CSV or as XLSX', async () => {
    const zipped = await exportXlsx(sample(SAMPLES.id), sheetOptions('xlsx', 'id'));
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 2000 }),
          // A real workbook with a few bytes changed: the zip's own checks or exceljs must catch it.
          fc.array(fc.tuple(fc.nat(zipped.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map((edits) => {
            const copy = zipped.slice();
            for (const [at, value] of edits) copy[at] = value;
            return copy;
          }),
        ),
        fc.constantFrom('x.csv', 'x.xlsx'),
        async (bytes, name) => {
          const sheet = await readSheet(bytes, name);
          expect(typeof sheet.ok).toBe('boolean');
        },
      ),
      propertyOptions(60),
    );
  });
});

describe('importIntoMap', () => {
  it('takes a plain list from .txt or .md, a tab-separated .txt as the sheet it is, and says which files it does not take', async () => {
    const map = sample(SAMPLES.id);
    const list = await importIntoMap(map, utf8('Pemesanan\n- Cari hotel dekat Malioboro\n'), 'dinding.md');
    expect(list.ok && [list.source, list.plan.additions.map((a) => [a.note.stage, a.note.text])]).toEqual(['list', [['st-booking', 'Cari hotel dekat Malioboro']]]);
    const tabbed = await importIntoMap(map, utf8('Tahapan\tLajur\tTeks\nPemesanan\tPeluang\tInfo parkir di email\n'), 'dari-excel.txt');
    expect(tabbed.ok && [tabbed.source, tabbed.plan.additions.map((a) => a.note.lane)]).toEqual(['csv', ['ln-opportunities']]);
    const other = await importIntoMap(map, utf8('{}'), 'map.json');
    expect(other).toMatchObject({ ok: false, error: 'unreadable', failure: { code: 'unknown-type' } });
    const junk = await importIntoMap(map, new Uint8Array([0, 1, 2, 3, 0, 0, 0]), 'list.txt');
    expect(junk).toMatchObject({ ok: false, error: 'unreadable', failure: { code: 'not-text' } });
  });
});

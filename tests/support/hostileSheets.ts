// Sheets made to hurt an import, built here rather than kept as fixtures
// (they are megabytes): the three of issue 12 (a small workbook that
// inflates to hundreds of MiB, a workbook of millions of cells, a sheet of a
// million rows as XLSX and as CSV) and honest sheets either side of the row
// budget. A big sheet is packed a unit at a time: each unit deflates on its
// own and ends on a sync flush, so the pieces join into one valid deflate
// stream without the inflated sheet ever being whole in memory.
import { constants, deflateRawSync } from 'node:zlib';

const utf8 = (text: string) => Buffer.from(text, 'utf8');

/** Deflated bytes and the size they inflate to. */
export interface Packed {
  bytes: Buffer;
  size: number;
}

/** `head`, the units (the same packed unit again where one repeats), then `tail`, deflated a unit at a time. */
export function packedUnits(head: string, units: Iterable<string>, tail: string): Packed {
  const segment = (text: string) => deflateRawSync(utf8(text), { finishFlush: constants.Z_SYNC_FLUSH });
  const parts: Buffer[] = [segment(head)];
  let size = Buffer.byteLength(head) + Buffer.byteLength(tail);
  let lastUnit: string | null = null;
  let lastPacked = Buffer.alloc(0);
  for (const unit of units) {
    if (unit !== lastUnit) [lastUnit, lastPacked] = [unit, segment(unit)];
    parts.push(lastPacked);
    size += Buffer.byteLength(unit);
  }
  parts.push(deflateRawSync(utf8(tail)));
  return { bytes: Buffer.concat(parts), size };
}

function* repeat<T>(value: T, times: number): Generator<T> {
  for (let i = 0; i < times; i++) yield value;
}

export function packed(text: string): Packed {
  return { bytes: deflateRawSync(utf8(text)), size: Buffer.byteLength(text) };
}

/** A zip record: its signature, then little-endian fields as [offset, value, bytes]. */
function record(length: number, signature: number, fields: [number, number, 2 | 4][]): Buffer {
  const bytes = Buffer.alloc(length);
  bytes.writeUInt32LE(signature, 0);
  for (const [at, value, size] of fields) {
    if (size === 2) bytes.writeUInt16LE(value, at);
    else bytes.writeUInt32LE(value, at);
  }
  return bytes;
}

/** A zip of deflated entries; `declaredSize` lets an entry lie about what it inflates to. */
export function zipOf(entries: { name: string; data: Packed; declaredSize?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = utf8(entry.name);
    const size = entry.declaredSize ?? entry.data.size;
    const packedSize = entry.data.bytes.length;
    // Version 2.0, deflated; the sizes; the name's length (and, in the directory, where the entry starts).
    locals.push(record(30, 0x04034b50, [[4, 20, 2], [8, 8, 2], [18, packedSize, 4], [22, size, 4], [26, name.length, 2]]), name, entry.data.bytes);
    centrals.push(record(46, 0x02014b50, [[4, 20, 2], [6, 20, 2], [10, 8, 2], [20, packedSize, 4], [24, size, 4], [28, name.length, 2], [42, offset, 4]]), name);
    offset += 30 + name.length + packedSize;
  }
  const directory = Buffer.concat(centrals);
  const end = record(22, 0x06054b50, [[8, entries.length, 2], [10, entries.length, 2], [12, directory.length, 4], [16, offset, 4]]);
  return Buffer.concat([...locals, directory, end]);
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A workbook of one sheet called Notes, whose XML is `sheet`. */
export function workbookOf(sheet: Packed, declaredSize?: number): Buffer {
  return zipOf([
    {
      name: '[Content_Types].xml',
      data: packed(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
      ),
    },
    { name: '_rels/.rels', data: packed(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`) },
    { name: 'xl/workbook.xml', data: packed(`<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${RELS}"><sheets><sheet name="Notes" sheetId="1" r:id="rId1"/></sheets></workbook>`) },
    { name: 'xl/_rels/workbook.xml.rels', data: packed(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`) },
    { name: 'xl/worksheets/sheet1.xml', data: sheet, declaredSize },
  ]);
}

const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>`;
const SHEET_TAIL = '</sheetData></worksheet>';
const HEADER_ROW = '<row r="1"><c r="A1" t="inlineStr"><is><t>Stage</t></is></c><c r="B1" t="inlineStr"><is><t>Lane</t></is></c><c r="C1" t="inlineStr"><is><t>Text</t></is></c></row>';

/** Digits that do not repeat, so the sheet packs as a real one does (some 5 to 1), not as a bomb. */
function digits(count: number, seed: number): string[] {
  let state = seed;
  return Array.from({ length: count }, () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return String(100_000 + (state % 900_000));
  });
}

/** Issue 12's first: a workbook of some 1.2 MB whose sheet inflates to `mib` MiB (480 by default), honest about it or not. */
export function bombWorkbook({ mib = 480, declaredSize }: { mib?: number; declaredSize?: number } = {}): Buffer {
  const unit = '<row><c><v>1</v></c></row>'.repeat(40_330); // a MiB
  return workbookOf(packedUnits(SHEET_HEAD + HEADER_ROW, repeat(unit, mib), SHEET_TAIL), declaredSize);
}

/** Rows `from` to `to` of `cells` numbered cells each (as Excel writes them: with their addresses), `seed` picking the numbers. */
function numberRows(from: number, to: number, cells: number, seed: number): string {
  const values = digits((to - from + 1) * cells, seed);
  const rows: string[] = [];
  for (let r = from, at = 0; r <= to; r++) {
    const row: string[] = [];
    for (let c = 0; c < cells; c++) row.push(`<c r="${column(c + 1)}${r}"><v>${values[at++]}</v></c>`);
    rows.push(`<row r="${r}">${row.join('')}</row>`);
  }
  return rows.join('');
}

function column(n: number): string {
  return n > 26 ? column(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26)) : String.fromCharCode(64 + n);
}

function* units(rows: number, per: number, cells: number): Generator<string> {
  for (let from = 2; from <= rows + 1; from += per) yield numberRows(from, Math.min(from + per - 1, rows + 1), cells, from);
}

/** Issue 12's second: `rows` rows of 100 cells each under the header (1.5 million cells by default), within the caps on size and packing. */
export function manyCellsWorkbook(rows = 15_000): Buffer {
  return workbookOf(packedUnits(SHEET_HEAD + HEADER_ROW, units(rows, 100, 100), SHEET_TAIL));
}

/** A header and `rows` rows (a million by default: issue 12's third), a number under Stage in each. */
export function rowsWorkbook(rows = 1_000_000): Buffer {
  return workbookOf(packedUnits(SHEET_HEAD + HEADER_ROW, units(rows, 1_000, 1), SHEET_TAIL));
}

/** The same as CSV: a header and `rows` notes. */
export function rowsCsv(rows = 1_000_000): Buffer {
  const values = digits(Math.min(rows, 1_000), 13);
  const lines = Array.from({ length: rows }, (_, i) => `Awareness,Actions,note ${values[i % values.length]}`);
  return utf8(`Stage,Lane,Text\r\n${lines.join('\r\n')}\r\n`);
}

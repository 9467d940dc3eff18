// A sheet's bytes into rows by header, for an import (shared/import plans
// them). CSV is read with csv-parse: a byte-order mark or none, UTF-8 or
// Excel's other encodings, and the separator found from the header line:
// a comma, or the semicolon Excel writes where a comma is the decimal mark
// (Indonesian Windows among them), or a tab. XLSX is read with exceljs: the
// Notes sheet (its name in either language), else the first sheet.
//
// The bytes are untrusted (a file someone mailed round): anything that is
// not a sheet (binary junk, a broken or oversized zip, an unclosed quote)
// comes back as a failure with a reason, never a throw.
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { unescapeFormula } from '../../shared/export/formulaEscape';
import { LIMITS } from '../../shared/format/schema';
import { sheetFailureMessage, type SheetFailure } from '../../shared/i18n/importMessages';
import { LANGUAGES, words } from '../../shared/i18n/languages';
import { columnOfHeader } from '../../shared/import/columns';
import type { SheetRow } from '../../shared/import/types';
import { decodeText } from './decodeText';
import { checkZip } from './zipCheck';

export type { SheetRow };

export type ReadSheetResult =
  | {
      ok: true;
      format: 'csv' | 'xlsx';
      /** The header row, in order. */
      headers: string[];
      rows: SheetRow[];
      /** A CSV separated by semicolons writes decimals with a comma ("3,5"). */
      decimalComma: boolean;
    }
  | { ok: false; failure: SheetFailure; /** The failure in English, for logs and a host's error slot. */ reason: string };

/** Bigger than any sheet of a map's notes (100,000 notes of typical length are some 30 MB). */
export const MAX_SHEET_BYTES = 128 * 1024 * 1024;
/** What an .xlsx may unpack to. */
export const MAX_UNZIPPED_BYTES = 512 * 1024 * 1024;
/** Header and one row per note, and some blank rows. */
const MAX_ROWS = LIMITS.maxNotes + 1_000;
/** How far down a workbook the header row is looked for. */
const HEADER_SEARCH_ROWS = 10;

export async function readSheet(bytes: Uint8Array, fileName: string): Promise<ReadSheetResult> {
  try {
    if (bytes.length === 0) return fail({ code: 'empty' });
    if (bytes.length > MAX_SHEET_BYTES) return fail({ code: 'too-large', limit: MAX_SHEET_BYTES });
    if (isZip(bytes)) return await readXlsx(bytes);
    if (/\.xls[xm]?$/i.test(fileName)) return fail({ code: 'bad-xlsx', detail: 'not a zip' });
    const decoded = decodeText(bytes);
    if (!decoded.ok) return fail({ code: 'not-text' });
    return readCsvText(decoded.text);
  } catch (error) {
    // Nothing above should throw; if a library does on some input, it is still that file's failure.
    return fail({ code: 'bad-xlsx', detail: error instanceof Error ? error.message : String(error) });
  }
}

/** CSV text (already decoded) into rows; `separator` found from the header line unless given. */
export function readCsvText(text: string, separator?: string): ReadSheetResult {
  let body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return fail({ code: 'empty' });
  // Excel's "sep=;" first line names the separator; Excel does not show it as a row, so neither is it counted.
  const hint = /^sep=([,;\t|])\r?\n/i.exec(body);
  if (hint) body = body.slice(hint[0].length);
  const delimiter = separator ?? hint?.[1] ?? detectSeparator(body);
  let records: string[][];
  try {
    records = parse(body, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, max_record_size: 1_000_000 }) as string[][];
  } catch (error) {
    const e = error as { code?: string; lines?: number; message?: string };
    if (e.code === 'CSV_QUOTE_NOT_CLOSED') {
      return fail({ code: 'bad-csv', line: unclosedQuoteLine(body, delimiter) ?? e.lines ?? 1, detail: 'a quoted cell is never closed (a " is missing)' });
    }
    return fail({ code: 'bad-csv', line: e.lines ?? 1, detail: e.message ?? String(error) });
  }
  if (records.length > MAX_ROWS) return fail({ code: 'too-many-rows', limit: LIMITS.maxNotes });
  const headers = (records[0] ?? []).map((h) => unescapeFormula(h).trim());
  const rows: SheetRow[] = [];
  for (let i = 1; i < records.length; i++) rows.push({ row: i + 1, cells: cellsOf(headers, records[i]!.map(unescapeFormula)) });
  return { ok: true, format: 'csv', headers, rows, decimalComma: delimiter === ';' };
}

/**
 * The separator of the header line (the first line, outside quotes): the
 * most frequent of comma, semicolon and tab; a comma when there is none.
 */
export function detectSeparator(text: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts[c]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}

/** The line on which the quoted cell that never closes begins. */
function unclosedQuoteLine(text: string, delimiter: string): number | null {
  let line = 1;
  let quoted = false;
  let openedAt = 0;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') i++;
        else quoted = false;
      } else if (c === '\n') line++;
      continue;
    }
    if (c === '"' && fieldStart) {
      quoted = true;
      openedAt = line;
    }
    if (c === '\n') line++;
    fieldStart = c === delimiter || c === '\n' || c === '\r';
  }
  return quoted ? openedAt : null;
}

async function readXlsx(bytes: Uint8Array): Promise<ReadSheetResult> {
  const zip = checkZip(bytes, MAX_UNZIPPED_BYTES);
  if (zip === 'too-large') return fail({ code: 'too-large', limit: MAX_UNZIPPED_BYTES });
  if (zip === 'broken') return fail({ code: 'bad-xlsx', detail: 'damaged zip' });
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (error) {
    return fail({ code: 'bad-xlsx', detail: error instanceof Error ? error.message : String(error) });
  }
  const names = new Set(LANGUAGES.map((l) => words(l).sheets.sheetNames.notes.toLowerCase()));
  // A zip that opens but holds no sheet is some other zip renamed, not a workbook.
  if (workbook.worksheets.length === 0) return fail({ code: 'bad-xlsx', detail: 'no worksheets' });
  const sheet = workbook.worksheets.find((ws) => names.has(ws.name.trim().toLowerCase())) ?? workbook.worksheets[0]!;
  if (sheet.rowCount === 0) return fail({ code: 'empty' });
  if (sheet.rowCount > MAX_ROWS) return fail({ code: 'too-many-rows', limit: LIMITS.maxNotes });

  // The header is the first of the first rows that names one of Jejak's
  // columns (a title row above it is left alone), else the first row with
  // anything in it (and the planner says it names no column).
  let headerRow = 0;
  let headers: string[] = [];
  let firstRow: { number: number; values: string[] } | null = null;
  let looked = 0;
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (headerRow !== 0 || looked >= HEADER_SEARCH_ROWS) return;
    const values = rowValues(row, row.cellCount).map((v) => v.trim());
    if (values.every((v) => v === '')) return;
    looked++;
    firstRow ??= { number, values };
    if (values.some((v) => columnOfHeader(v) !== undefined)) {
      headerRow = number;
      headers = values;
    }
  });
  if (headerRow === 0) {
    if (firstRow === null) return fail({ code: 'empty' });
    ({ number: headerRow, values: headers } = firstRow);
  }
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number > headerRow) rows.push({ row: number, cells: cellsOf(headers, rowValues(row, headers.length)) });
  });
  return { ok: true, format: 'xlsx', headers, rows, decimalComma: false };
}

function rowValues(row: ExcelJS.Row, count: number): string[] {
  const values: string[] = [];
  for (let c = 1; c <= count; c++) values.push(cellString(row.getCell(c).value));
  return values;
}

/**
 * A cell's value as the text a CSV would hold: a date as `YYYY-MM-DD` (with
 * its time when it has one), a number as JavaScript writes it, rich text
 * and links as their text, a formula as its last result.
 */
export function cellString(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  const v = value as unknown as Record<string, unknown>;
  if (Array.isArray(v.richText)) return (v.richText as { text?: unknown }[]).map((run) => (typeof run.text === 'string' ? run.text : '')).join('');
  if ('formula' in v || 'sharedFormula' in v) {
    // Never evaluated: the value Excel last computed, or (none saved) the formula as text, so nothing is silently blanked.
    if (v.result !== undefined && v.result !== null) return typeof v.result === 'object' && 'error' in (v.result as object) ? String((v.result as { error: unknown }).error) : cellString(v.result as ExcelJS.CellValue);
    return `=${String(v.formula ?? v.sharedFormula ?? '')}`;
  }
  if ('text' in v) return cellString(v.text as ExcelJS.CellValue);
  if ('error' in v) return String(v.error);
  return '';
}

/** A row's cells by header: the first of two same headers wins, cells under no header are left out. */
function cellsOf(headers: readonly string[], values: readonly string[]): Record<string, string> {
  const cells = Object.create(null) as Record<string, string>;
  headers.forEach((header, i) => {
    if (header === '' || Object.hasOwn(cells, header)) return;
    cells[header] = values[i] ?? '';
  });
  return cells;
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function fail(failure: SheetFailure): ReadSheetResult {
  return { ok: false, failure, reason: sheetFailureMessage(failure, 'en') };
}

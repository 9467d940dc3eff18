// A sheet's bytes into rows by header, for an import (shared/import plans
// them). CSV is read with csv-parse: a byte-order mark or none, UTF-8 or
// Excel's other encodings, and the separator found from the header line:
// a comma, or the semicolon Excel writes where a comma is the decimal mark
// (Indonesian Windows among them), or a tab. XLSX is read part by part
// (xlsx/readXlsx): the Notes sheet (its name in either language), else the
// first sheet.
//
// The bytes are untrusted (a file someone mailed round): anything that is
// not a sheet (binary junk, a broken or bombed zip, an unclosed quote, more
// rows or cells than an import takes) comes back as a failure with a
// reason, never a throw, and is given up as soon as it is known.
import { parse } from 'csv-parse/sync';
import { unescapeFormula } from '../../shared/export/formulaEscape';
import { sheetFailureMessage, type SheetFailure } from '../../shared/i18n/importMessages';
import { IMPORT_LIMITS } from '../../shared/import/limits';
import type { SheetRow } from '../../shared/import/types';
import { decodeText } from './decodeText';
import { readXlsx } from './xlsx/readXlsx';

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
export const MAX_SHEET_BYTES = IMPORT_LIMITS.maxFileBytes;

export async function readSheet(bytes: Uint8Array, fileName: string): Promise<ReadSheetResult> {
  try {
    if (bytes.length === 0) return fail({ code: 'empty' });
    if (bytes.length > MAX_SHEET_BYTES) return fail({ code: 'too-large', limit: MAX_SHEET_BYTES });
    if (isZip(bytes)) {
      const xlsx = await readXlsx(bytes);
      return xlsx.ok ? { ok: true, format: 'xlsx', headers: xlsx.headers, rows: xlsx.rows, decimalComma: false } : fail(xlsx.failure);
    }
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
    // Parsing stops one record past the budget (the header and maxRows rows): enough to know the sheet is too long.
    records = parse(body, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, max_record_size: 1_000_000, to: IMPORT_LIMITS.maxRows + 2 }) as string[][];
  } catch (error) {
    const e = error as { code?: string; lines?: number; message?: string };
    if (e.code === 'CSV_QUOTE_NOT_CLOSED') {
      return fail({ code: 'bad-csv', line: unclosedQuoteLine(body, delimiter) ?? e.lines ?? 1, detail: 'a quoted cell is never closed (a " is missing)' });
    }
    return fail({ code: 'bad-csv', line: e.lines ?? 1, detail: e.message ?? String(error) });
  }
  if (records.length > IMPORT_LIMITS.maxRows + 1) return fail({ code: 'too-many-rows', limit: IMPORT_LIMITS.maxRows });
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

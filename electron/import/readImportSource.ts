// A file to import, read but not yet planned: a sheet (CSV, TSV or XLSX; a
// .txt that is really Excel's tab-separated "Unicode Text" too), a plain list
// of lines, or the reason it cannot be read. The host hands this to the page,
// which plans it against the map as it is there; the command line plans it
// at once (importIntoMap).
import type { ImportSource } from '../../shared/host/host';
import type { SheetFailure } from '../../shared/i18n/importMessages';
import { matchColumns } from '../../shared/import/columns';
import { IMPORT_LIMITS } from '../../shared/import/limits';
import { decodeText } from './decodeText';
import { MAX_SHEET_BYTES, readCsvText, readSheet } from './readSheet';

const LIST_EXTENSIONS = /\.(txt|text|md|markdown)$/i;
const SHEET_EXTENSIONS = /\.(csv|tsv|xlsx|xlsm)$/i;

/** The kind of import a file name asks for; null for a file Jejak does not import. */
export function importKindOf(fileName: string): 'sheet' | 'list' | null {
  return SHEET_EXTENSIONS.test(fileName) ? 'sheet' : LIST_EXTENSIONS.test(fileName) ? 'list' : null;
}

export async function readImportSource(bytes: Uint8Array, fileName: string): Promise<ImportSource> {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  const unreadable = (failure: SheetFailure): ImportSource => ({ kind: 'unreadable', name, failure });
  const kind = importKindOf(fileName);
  if (kind === null) return unreadable({ code: 'unknown-type' });
  if (kind === 'list') {
    if (bytes.length > MAX_SHEET_BYTES) return unreadable({ code: 'too-large', limit: MAX_SHEET_BYTES });
    const decoded = decodeText(bytes);
    if (!decoded.ok) return unreadable({ code: 'not-text' });
    // Excel's "Unicode Text" is a tab-separated sheet saved as .txt: read it as the sheet it is.
    const sheet = looksLikeTabSheet(decoded.text) ? readCsvText(decoded.text, '\t') : null;
    if (sheet?.ok) return { kind: 'sheet', name, format: 'csv', headers: sheet.headers, rows: sheet.rows, decimalComma: sheet.decimalComma };
    // Past a budget it is refused as the sheet it is, not read again as a list of as many lines.
    if (sheet && (sheet.failure.code === 'too-many-rows' || sheet.failure.code === 'too-many-cells')) return unreadable(sheet.failure);
    // A list is held to the same budget as a sheet's rows: one note per line at most.
    if (linesWithText(decoded.text) > IMPORT_LIMITS.maxRows) return unreadable({ code: 'too-many-lines', limit: IMPORT_LIMITS.maxRows });
    return { kind: 'list', name, text: decoded.text };
  }
  const sheet = await readSheet(bytes, fileName);
  if (!sheet.ok) return unreadable(sheet.failure);
  return { kind: 'sheet', name, format: sheet.format, headers: sheet.headers, rows: sheet.rows, decimalComma: sheet.decimalComma };
}

/** How many lines hold anything, stopping as soon as the budget is passed. */
function linesWithText(text: string): number {
  let count = 0;
  for (const _line of text.matchAll(/[^\r\n]*\S[^\r\n]*/g)) if (++count > IMPORT_LIMITS.maxRows) break;
  return count;
}

/** A first line of at least two tab-separated headers, one of them Jejak's Id or Text. */
function looksLikeTabSheet(text: string): boolean {
  const first = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/, 1)[0] ?? '';
  if (!first.includes('\t')) return false;
  const { columns } = matchColumns(first.split('\t'));
  return columns.size >= 2 && (columns.has('id') || columns.has('text'));
}

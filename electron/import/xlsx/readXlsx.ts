// An .xlsx into rows by header, read part by part from the zip rather than
// loaded whole: exceljs's workbook loader inflates and models every part
// first (a 41 MB workbook of 16.7 million cells ran out of memory after
// minutes), and its streaming reader writes sheets to temporary files when
// they come before the workbook's own part (as in exceljs's and Excel's
// files) and splits characters at chunk edges. Here every zip entry is
// checked against the caps before any XML is parsed, and the sheet is read
// as it inflates, within the import's budget of rows and cells.
import { IMPORT_LIMITS } from '../../../shared/import/limits';
import { columnOfHeader } from '../../../shared/import/columns';
import type { SheetFailure } from '../../../shared/i18n/importMessages';
import type { SheetRow } from '../../../shared/import/types';
import { dateStyles } from './dateStyles';
import { sharedStrings } from './sharedStrings';
import { sheetCells, type SheetGrid } from './sheetCells';
import { workbookParts } from './workbookParts';
import { checkEntries, SheetRefused, zipEntries } from './zipEntries';

/** How far down a workbook the header row is looked for. */
const HEADER_SEARCH_ROWS = 10;

export type XlsxRead = { ok: true; headers: string[]; rows: SheetRow[] } | { ok: false; failure: SheetFailure };

export async function readXlsx(bytes: Uint8Array): Promise<XlsxRead> {
  let grid: SheetGrid;
  try {
    const entries = zipEntries(bytes);
    await checkEntries(bytes, entries);
    const parts = await workbookParts(bytes, entries);
    const strings = await sharedStrings(bytes, parts.sharedStrings);
    const dates = await dateStyles(bytes, parts.styles);
    grid = await sheetCells(bytes, parts.sheet, { strings, dateStyles: dates, date1904: parts.date1904, maxRows: IMPORT_LIMITS.maxRows + HEADER_SEARCH_ROWS });
  } catch (error) {
    if (error instanceof SheetRefused) return { ok: false, failure: error.failure };
    // The XML parser's own complaint (a tag left open, an unknown entity): still a workbook Jejak cannot read.
    return { ok: false, failure: { code: 'bad-xlsx', detail: error instanceof Error ? error.message : String(error) } };
  }
  const numbers = [...grid.keys()].sort((a, b) => a - b);
  if (numbers.length === 0) return { ok: false, failure: { code: 'empty' } };

  // The header is the first of the first rows that names one of Jejak's
  // columns (a title row above it is left alone), else the first row with
  // anything in it (and the planner says it names no column).
  let header: { number: number; values: string[] } | null = null;
  let firstRow: { number: number; values: string[] } | null = null;
  let looked = 0;
  for (const number of numbers) {
    if (looked >= HEADER_SEARCH_ROWS) break;
    const values = rowValues(grid.get(number)!).map((v) => v.trim());
    if (values.every((v) => v === '')) continue;
    looked++;
    firstRow ??= { number, values };
    if (values.some((v) => columnOfHeader(v) !== undefined)) {
      header = { number, values };
      break;
    }
  }
  header ??= firstRow;
  if (header === null) return { ok: false, failure: { code: 'empty' } };
  const below = numbers.filter((n) => n > header.number);
  if (below.length > IMPORT_LIMITS.maxRows) return { ok: false, failure: { code: 'too-many-rows', limit: IMPORT_LIMITS.maxRows } };

  // Each header once (the first of two same headers wins), cells under no header left out.
  const columns: [string, number][] = [];
  const seen = new Set<string>();
  header.values.forEach((name, i) => {
    if (name === '' || seen.has(name)) return;
    seen.add(name);
    columns.push([name, i + 1]);
  });
  const rows = below.map((number): SheetRow => {
    const cells = grid.get(number)!;
    const byHeader = Object.create(null) as Record<string, string>;
    for (const [name, col] of columns) byHeader[name] = cells.get(col) ?? '';
    return { row: number, cells: byHeader };
  });
  return { ok: true, headers: header.values, rows };
}

/** A row's cells from column A to its last cell with a value, '' where there is none. */
function rowValues(cells: Map<number, string>): string[] {
  let last = 0;
  for (const col of cells.keys()) last = Math.max(last, col);
  return Array.from({ length: last }, (_, i) => cells.get(i + 1) ?? '');
}

// The notes as CSV, for Excel, LibreOffice, Google Sheets and scripts:
// UTF-8 with a byte-order mark (without it Excel reads UTF-8 as the
// Windows code page and Indonesian text and emoji come out garbled), CRLF
// line ends and RFC 4180 quoting. One row per note, hidden notes left out
// unless asked for, text cells that a spreadsheet would run as a formula
// escaped (shared/export/formulaEscape.ts says how and why).
import { mapForExport } from '../../shared/export/mapForExport';
import { escapeFormula } from '../../shared/export/formulaEscape';
import { cellText, COLUMN_TYPES, noteColumnsOf, noteHeaders, noteRows, type CellValue, type NoteColumn } from '../../shared/export/noteRows';
import type { ExportOptions } from '../../shared/export/options';
import type { JourneyMap } from '../../shared/format/types';

const BOM = '\uFEFF';
const CRLF = '\r\n';

export interface CsvChoices {
  /**
   * The field separator. A comma by default, as RFC 4180 says; a semicolon
   * for Excel in locales whose decimal mark is a comma (Indonesian among
   * them), which splits a comma file on semicolons and so opens it as one
   * column. The importer reads either.
   */
  separator?: ',' | ';';
}

export function exportCsv(map: JourneyMap, options: Pick<ExportOptions, 'language' | 'includeHidden'>, choices: CsvChoices = {}): Uint8Array {
  const separator = choices.separator ?? ',';
  const exported = mapForExport(map, options.includeHidden);
  const columns = noteColumnsOf(exported);
  const lines = [noteHeaders(options.language, columns).map((h) => field(h, separator)).join(separator)];
  for (const row of noteRows(exported, options.language)) {
    lines.push(columns.map((column) => field(cell(column, row[column]), separator)).join(separator));
  }
  return new TextEncoder().encode(BOM + lines.join(CRLF) + CRLF);
}

/**
 * A value as cell text. Numbers are Jejak's own (an emotion of -2, a metric
 * of -3.5), never typed text, and a spreadsheet reads them as numbers, so
 * only text columns are escaped.
 */
function cell(column: NoteColumn, value: CellValue): string {
  const text = cellText(value);
  return COLUMN_TYPES[column] === 'number' ? text : escapeFormula(text);
}

/** RFC 4180: a field holding the separator, a quote or a line break is quoted, its quotes doubled. */
function field(text: string, separator: string): string {
  if (text.includes(separator) || text.includes('"') || text.includes('\n') || text.includes('\r')) return `"${text.replaceAll('"', '""')}"`;
  return text;
}

// Spreadsheet formula injection: a CSV cell that begins with =, +, -, @, a
// tab or a carriage return is run as a formula by Excel, LibreOffice and
// Google Sheets when the file is opened (OWASP "CSV injection"). A note's
// text is whatever someone typed in a workshop, so such cells are escaped.
//
// The escape is a single quote in front, as OWASP recommends: spreadsheets
// show the text and treat the quote as "this is text", and it is visible
// and obvious to anyone reading the raw file. (Wrapping in ="…" would keep
// a formula; a leading space would be silently trimmed by some readers.)
//
// The importer takes the quote off again, so a round trip is exact. To keep
// that exact for a text that itself begins with quotes before a dangerous
// character ("'=x"), the rule covers any run of quotes before it: such a
// cell gets one more quote on the way out and loses one on the way in.
const DANGEROUS = /^'*[=+\-@\t\r]/;
const ESCAPED = /^'+[=+\-@\t\r]/;

/** The cell text to write: `text` with a quote in front when a spreadsheet would run it. */
export function escapeFormula(text: string): string {
  return DANGEROUS.test(text) ? `'${text}` : text;
}

/** The text a cell stood for: one leading quote removed where `escapeFormula` put it. */
export function unescapeFormula(cell: string): string {
  return ESCAPED.test(cell) ? cell.slice(1) : cell;
}

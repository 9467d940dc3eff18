// Text as an .xlsx cell can hold it. XML 1.0 has no place for most control
// characters (exceljs silently drops them); OOXML spells them `_xHHHH_`
// (ECMA-376, ST_Xstring), as Excel itself writes them, and Excel and
// exceljs read them back. A text that already contains `_xHHHH_` gets its
// underscore spelt `_x005F_`, so Excel does not mistake it for an escape.
//
// A carriage return is left as it is: an XML reader turns it into a line
// feed, which is what a spreadsheet shows anyway, and the importer reads
// CR LF and LF as the same line break. (Spelt `_x000D_`, it would come back
// as those seven characters from openpyxl, which does not decode escapes.)
// Lone UTF-16 surrogates cannot be stored in UTF-8 at all: they become
// U+FFFD, as in every other UTF-8 export.
const NEEDS_ESCAPE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|_(?=x[0-9A-Fa-f]{4}_)/g;

export function xlsxText(text: string): string {
  return text.replace(NEEDS_ESCAPE, (c) => (c === '_' ? '_x005F_' : `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`));
}

// Which cell styles show a number as a date or a time: Excel keeps a date as
// a number of days, and only its style's number format says it is one. The
// rule is exceljs's (utils.isDateFmt and its table of built-in formats), so
// a workbook reads as it did when exceljs loaded it whole.
import { readXml } from './xml';
import type { ZipEntry } from './zipEntries';

/** Excel's built-in date and time formats: 14–22 and 45–47. */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** The indexes (a cell's `s`) of the styles whose number format is a date or a time. */
export async function dateStyles(bytes: Uint8Array, styles: ZipEntry | null): Promise<Set<number>> {
  const dates = new Set<number>();
  if (styles === null) return dates;
  const custom = new Map<number, string>();
  let inCellStyles = false;
  let index = 0;
  await readXml(bytes, styles, {
    open(name, attributes) {
      if (name === 'numFmt') custom.set(Number(attributes.numFmtId), attributes.formatCode ?? '');
      else if (name === 'cellXfs') inCellStyles = true;
      else if (name === 'xf' && inCellStyles) {
        const id = Number(attributes.numFmtId ?? 0);
        if (id !== 0 && (custom.has(id) ? isDateFormat(custom.get(id)!) : BUILT_IN_DATES.has(id))) dates.add(index);
        index++;
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellStyles = false;
    },
  });
  return dates;
}

/** A format with a day, month, year, hour or second in it, outside quotes and brackets. */
function isDateFormat(format: string): boolean {
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

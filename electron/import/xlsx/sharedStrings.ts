// A workbook's shared strings: the texts its cells point to by number. A
// string of several runs (rich text) is their texts joined; a phonetic
// reading (rPh, over Japanese text) is not part of the text. A character
// XML cannot hold is written `_x000D_` (ECMA-376's ST_Xstring) and is read
// back as that character, as exceljs does.
import { IMPORT_LIMITS } from '../../../shared/import/limits';
import { readXml } from './xml';
import { SheetRefused, type ZipEntry } from './zipEntries';

/** The strings in order; more than the cell budget is refused as the sheet itself would be. */
export async function sharedStrings(bytes: Uint8Array, entry: ZipEntry | null): Promise<string[]> {
  const strings: string[] = [];
  if (entry === null) return strings;
  let text: string[] | null = null;
  let run: string[] | null = null;
  let phonetic = 0;
  await readXml(
    bytes,
    entry,
    {
      open(name) {
        if (name === 'si') text = [];
        else if (name === 't' && phonetic === 0) run = [];
        else if (name === 'rPh') phonetic++;
      },
      text(value) {
        run?.push(value);
      },
      close(name) {
        if (name === 't' && run !== null) {
          text?.push(unescapeText(run.join('')));
          run = null;
        } else if (name === 'rPh') phonetic--;
        else if (name === 'si' && text !== null) {
          strings.push(text.join(''));
          text = null;
        }
      },
    },
    () => strings.length > IMPORT_LIMITS.maxCells,
  );
  if (strings.length > IMPORT_LIMITS.maxCells) throw new SheetRefused({ code: 'too-many-cells', limit: IMPORT_LIMITS.maxCells });
  return strings;
}

/** `_x0009_` as a tab, and so on: how OOXML writes a character XML cannot hold. */
function unescapeText(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-F]{4})_/g, (_all, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))) : text;
}

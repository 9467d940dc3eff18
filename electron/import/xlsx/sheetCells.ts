// A worksheet's cells as text, read as the sheet's XML inflates and given up
// the moment the sheet passes the import's budget of cells or rows, so a
// sheet of a million rows costs what its first twenty thousand do. A cell's
// text is what exceljs made of it: a date as YYYY-MM-DD (with its time when
// it has one), a number as JavaScript writes it, a boolean as TRUE or FALSE,
// rich text as its text, a formula as its last result (or, none saved, the
// formula itself), an error as its code.
import { IMPORT_LIMITS } from '../../../shared/import/limits';
import { readXml } from './xml';
import { SheetRefused, type ZipEntry } from './zipEntries';

/** Rows by number, each its cells' text by column number (1 is A); only rows and cells with a value. */
export type SheetGrid = Map<number, Map<number, string>>;

export interface SheetContext {
  strings: readonly string[];
  dateStyles: ReadonlySet<number>;
  date1904: boolean;
  /** Rows with values the sheet may have before it is refused. */
  maxRows: number;
}

interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

interface OpenCell {
  row: number;
  col: number;
  type: string;
  style: number;
  /** The text of its <v>, or of the <t>s of an inline string. */
  value: string[] | null;
  formula: { text: string[]; share: string | undefined; shareIndex: string | undefined; master: boolean } | null;
}

export async function sheetCells(bytes: Uint8Array, entry: ZipEntry, context: SheetContext): Promise<SheetGrid> {
  const grid: SheetGrid = new Map();
  const merges: Merge[] = [];
  /** Where each shared formula was written, by its index: what exceljs shows for the cells that share it. */
  const sharedMasters = new Map<string, string>();
  let refused: SheetRefused | null = null;
  let cells = 0;
  let rowNumber = 0;
  let col = 0;
  let cell: OpenCell | null = null;
  let into: string[] | null = null;
  let phonetic = 0;

  const refuse = (failure: SheetRefused) => {
    refused ??= failure;
  };
  const finish = (c: OpenCell) => {
    const text = cellText(c, context, sharedMasters);
    if (text === null) return;
    let row = grid.get(c.row);
    if (!row) {
      if (grid.size >= context.maxRows) return refuse(new SheetRefused({ code: 'too-many-rows', limit: IMPORT_LIMITS.maxRows }));
      grid.set(c.row, (row = new Map()));
    }
    row.set(c.col, text);
  };

  await readXml(
    bytes,
    entry,
    {
      open(name, attributes) {
        if (refused) return;
        switch (name) {
          case 'row':
            rowNumber = attributes.r === undefined ? rowNumber + 1 : Number.parseInt(attributes.r, 10) || rowNumber + 1;
            col = 0;
            break;
          case 'c': {
            if (++cells > IMPORT_LIMITS.maxCells) return refuse(new SheetRefused({ code: 'too-many-cells', limit: IMPORT_LIMITS.maxCells }));
            const at = attributes.r === undefined ? null : address(attributes.r);
            col = at?.col ?? col + 1;
            cell = { row: at?.row ?? rowNumber, col, type: attributes.t ?? 'n', style: Number(attributes.s ?? -1), value: null, formula: null };
            break;
          }
          case 'f':
            if (cell) {
              cell.formula = { text: [], share: attributes.t, shareIndex: attributes.si, master: attributes.ref !== undefined };
              into = cell.formula.text;
            }
            break;
          case 'v':
          case 't':
            if (cell && phonetic === 0) into = cell.value ??= [];
            break;
          case 'rPh':
            phonetic++;
            break;
          case 'mergeCell': {
            // A merge is held until the sheet ends, so each counts against the budget as a cell does.
            if (++cells > IMPORT_LIMITS.maxCells) return refuse(new SheetRefused({ code: 'too-many-cells', limit: IMPORT_LIMITS.maxCells }));
            const merge = range(attributes.ref ?? '');
            if (merge) merges.push(merge);
            break;
          }
        }
      },
      text(value) {
        into?.push(value);
      },
      close(name) {
        if (name === 'f' || name === 'v' || name === 't') into = null;
        else if (name === 'rPh') phonetic--;
        else if (name === 'c' && cell) {
          if (!refused) finish(cell);
          cell = null;
        }
      },
    },
    () => refused !== null,
  );
  if (refused) throw refused;
  fillMerges(grid, merges, cells, context.maxRows);
  return grid;
}

/** The text exceljs would give the cell, or null for a cell with no value. */
function cellText(cell: OpenCell, context: SheetContext, sharedMasters: Map<string, string>): string | null {
  const value = cell.value?.join('');
  const formula = cell.formula;
  if (formula && (formula.text.length > 0 || formula.share !== undefined)) {
    let shared: string | undefined;
    if (formula.share === 'shared' && formula.shareIndex !== undefined) {
      if (formula.master) sharedMasters.set(formula.shareIndex, `${columnLetters(cell.col)}${cell.row}`);
      else shared = sharedMasters.get(formula.shareIndex);
    }
    // Never evaluated: the value Excel last computed, or (none saved) the formula as text, so nothing is silently blanked.
    if (value) return typedText(value, cell.type, cell.style, context);
    const text = formula.text.join('');
    return `=${text !== '' ? text : (shared ?? '')}`;
  }
  if (value === undefined) return null;
  if (cell.type === 's') return context.strings[Number.parseInt(value, 10)] ?? '';
  // exceljs takes `_x0041_` off shared strings only, so a plain inline string keeps it.
  if (cell.type === 'inlineStr') return value;
  return typedText(value, cell.type, cell.style, context);
}

function typedText(value: string, type: string, style: number, context: SheetContext): string {
  switch (type) {
    case 'str':
    case 'e':
      return value;
    case 'b':
      return Number.parseInt(value, 10) !== 0 ? 'TRUE' : 'FALSE';
    case 'd':
      return dateText(new Date(value));
    default: {
      const number = Number.parseFloat(value);
      if (!context.dateStyles.has(style)) return String(number);
      return dateText(new Date(Math.round((number - 25569 + (context.date1904 ? 1462 : 0)) * 86_400_000)));
    }
  }
}

function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

/**
 * Merged cells show the value of their top-left cell in every cell they
 * span (as exceljs has it): a stage written once beside its rows belongs to
 * each of them. A merge counts against the budgets as the cells it fills.
 */
function fillMerges(grid: SheetGrid, merges: Merge[], cellsRead: number, maxRows: number): void {
  let cells = cellsRead;
  for (const merge of merges) {
    const master = grid.get(merge.top)?.get(merge.left);
    if (master === undefined || master === '') continue;
    cells += (merge.bottom - merge.top + 1) * (merge.right - merge.left + 1) - 1;
    if (cells > IMPORT_LIMITS.maxCells) throw new SheetRefused({ code: 'too-many-cells', limit: IMPORT_LIMITS.maxCells });
    for (let r = merge.top; r <= merge.bottom; r++) {
      let row = grid.get(r);
      if (!row) {
        if (grid.size >= maxRows) throw new SheetRefused({ code: 'too-many-rows', limit: IMPORT_LIMITS.maxRows });
        grid.set(r, (row = new Map()));
      }
      for (let c = merge.left; c <= merge.right; c++) if (r !== merge.top || c !== merge.left) row.set(c, master);
    }
  }
}

/** "B5" as row 5, column 2; null when it is no cell address. */
function address(text: string): { row: number; col: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(text);
  if (!match) return null;
  let col = 0;
  for (const letter of match[1]!.toUpperCase()) col = col * 26 + letter.charCodeAt(0) - 64;
  return { row: Number(match[2]), col };
}

function range(ref: string): Merge | null {
  const [from, to = from] = ref.split(':');
  const a = address(from ?? '');
  const b = address(to ?? '');
  if (!a || !b) return null;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

function columnLetters(col: number): string {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

// One call for the command line (`jejak import`) and the app: a file's bytes
// read (a CSV or XLSX sheet, or a plain list), planned against the map, and
// the plan applied outside any undo history. The app, which has a history,
// shows `plan` to the person and applies it with
// `history.apply(ops.importNotes, { plan })` as one undo step instead.
import type { JourneyMap } from '../../shared/format/types';
import { sheetFailureMessage, type SheetFailure } from '../../shared/i18n/export/importWords';
import { refusalMessage } from '../../shared/i18n/refusals';
import { applyImportPlan } from '../../shared/import/applyPlan';
import { matchColumns } from '../../shared/import/columns';
import { parsePlainList, type PlainListOptions } from '../../shared/import/plainList';
import { planSheetImport } from '../../shared/import/planSheet';
import type { ImportPlan, ImportSummary } from '../../shared/import/types';
import type { Refusal } from '../../shared/ops/refusal';
import { decodeText } from './decodeText';
import { MAX_SHEET_BYTES, readCsvText, readSheet } from './readSheet';

export interface ImportChoices extends PlainListOptions {
  /** Delete the notes a sheet leaves out (never private notes or those in locked lanes). */
  deleteMissing?: boolean;
}

export type ImportSourceKind = 'csv' | 'xlsx' | 'list';

export type ImportResult =
  | {
      ok: true;
      source: ImportSourceKind;
      /** What was planned: updates, additions, deletions, and the rows (or lines) that could not be read. */
      plan: ImportPlan;
      /** The map with the plan applied (the same map when nothing changed). */
      map: JourneyMap;
      summary: ImportSummary;
    }
  | { ok: false; error: 'unreadable'; failure: SheetFailure; reason: string }
  /** The plan no longer fits the map (cannot happen when planned and applied together; kept for completeness). */
  | { ok: false; error: 'refused'; refusal: Refusal; reason: string };

const LIST_EXTENSIONS = /\.(txt|text|md|markdown)$/i;
const SHEET_EXTENSIONS = /\.(csv|tsv|xlsx|xlsm)$/i;

/** The kind of import a file name asks for; null for a file Jejak does not import. */
export function importKindOf(fileName: string): 'sheet' | 'list' | null {
  return SHEET_EXTENSIONS.test(fileName) ? 'sheet' : LIST_EXTENSIONS.test(fileName) ? 'list' : null;
}

export async function importIntoMap(map: JourneyMap, bytes: Uint8Array, fileName: string, choices: ImportChoices = {}): Promise<ImportResult> {
  const kind = importKindOf(fileName);
  if (kind === null) return unreadable({ code: 'unknown-type' });
  let plan: ImportPlan;
  let source: ImportSourceKind;
  if (kind === 'list') {
    if (bytes.length > MAX_SHEET_BYTES) return unreadable({ code: 'too-large', limit: MAX_SHEET_BYTES });
    const decoded = decodeText(bytes);
    if (!decoded.ok) return unreadable({ code: 'not-text' });
    // Excel's "Unicode Text" is a tab-separated sheet saved as .txt: read it as the sheet it is.
    const sheet = looksLikeTabSheet(decoded.text) ? readCsvText(decoded.text, '\t') : null;
    if (sheet?.ok) {
      plan = planSheetImport(map, sheet.rows, { headers: sheet.headers, deleteMissing: choices.deleteMissing, newId: choices.newId });
      source = 'csv';
    } else {
      plan = parsePlainList(decoded.text, map, choices);
      source = 'list';
    }
  } else {
    const sheet = await readSheet(bytes, fileName);
    if (!sheet.ok) return { ok: false, error: 'unreadable', failure: sheet.failure, reason: sheet.reason };
    plan = planSheetImport(map, sheet.rows, { headers: sheet.headers, deleteMissing: choices.deleteMissing, decimalComma: sheet.decimalComma, newId: choices.newId });
    source = sheet.format;
  }
  const applied = applyImportPlan(map, plan);
  if (!applied.ok) return { ok: false, error: 'refused', refusal: applied.refusal, reason: refusalMessage(applied.refusal, 'en') };
  return { ok: true, source, plan, map: applied.map, summary: applied.summary };
}

/** A first line of at least two tab-separated headers, one of them Jejak's Id or Text. */
function looksLikeTabSheet(text: string): boolean {
  const first = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/, 1)[0] ?? '';
  if (!first.includes('\t')) return false;
  const { columns } = matchColumns(first.split('\t'));
  return columns.size >= 2 && (columns.has('id') || columns.has('text'));
}

function unreadable(failure: SheetFailure): ImportResult {
  return { ok: false, error: 'unreadable', failure, reason: sheetFailureMessage(failure, 'en') };
}

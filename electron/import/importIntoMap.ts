// One call for the command line (`jejak import`) and the app: a file's bytes
// read (a CSV or XLSX sheet, or a plain list), planned against the map, and
// the plan applied outside any undo history. The app, which has a history,
// shows `plan` to the person and applies it with
// `history.apply(ops.importNotes, { plan })` as one undo step instead.
import type { JourneyMap } from '../../shared/format/types';
import { sheetFailureMessage, type SheetFailure } from '../../shared/i18n/importMessages';
import { refusalMessage } from '../../shared/i18n/refusals';
import { applyImportPlan } from '../../shared/import/applyPlan';
import { planImport, type ImportChoices } from '../../shared/import/planImport';
import type { ImportPlan, ImportSummary } from '../../shared/import/types';
import type { Refusal } from '../../shared/ops/refusal';
import { readImportSource } from './readImportSource';

export type { ImportChoices };
export { importKindOf } from './readImportSource';

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

export async function importIntoMap(map: JourneyMap, bytes: Uint8Array, fileName: string, choices: ImportChoices = {}): Promise<ImportResult> {
  const source = await readImportSource(bytes, fileName);
  if (source.kind === 'unreadable') return { ok: false, error: 'unreadable', failure: source.failure, reason: sheetFailureMessage(source.failure, 'en') };
  const plan = planImport(map, source, choices);
  const applied = applyImportPlan(map, plan);
  if (!applied.ok) return { ok: false, error: 'refused', refusal: applied.refusal, reason: refusalMessage(applied.refusal, 'en') };
  return { ok: true, source: source.kind === 'list' ? 'list' : source.format, plan, map: applied.map, summary: applied.summary };
}

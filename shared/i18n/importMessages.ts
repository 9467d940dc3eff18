// What an import says, in the interface language: each problem of a plan
// (the row and why), why a file could not be read as a sheet, and what the
// import will do. The words are each language's imports.ts.
import type { ImportPlan, ImportProblem, ImportReason } from '../import/types';
import { words as wordsOf, type Language } from './languages';

/** Why a file could not be read as a sheet at all. */
export type SheetFailure =
  | { code: 'empty' }
  | { code: 'not-text' }
  | { code: 'bad-csv'; line: number; detail: string }
  | { code: 'bad-xlsx'; detail: string }
  /** The file is larger than `limit` bytes; or one part of a workbook unpacks to more than `limit` bytes, or to more than `ratio` times its packed size. */
  | { code: 'too-large'; limit: number }
  | { code: 'too-large'; part: string; limit: number }
  | { code: 'too-large'; part: string; ratio: number }
  | { code: 'too-many-rows'; limit: number }
  | { code: 'too-many-cells'; limit: number }
  /** A plain list of more lines with text than an import takes. */
  | { code: 'too-many-lines'; limit: number }
  /** Reading the file took more memory than Jejak gives an import (`limit` bytes). */
  | { code: 'too-much-memory'; limit: number }
  /** Reading the file stopped without an answer (its worker crashed). */
  | { code: 'read-stopped'; detail: string }
  | { code: 'unknown-type' };

/** "row 7: emotion must be a whole number from -2 to 2, found 'happy'". */
export function importProblemMessage(problem: ImportProblem, unit: ImportPlan['unit'], language: Language): string {
  const words = wordsOf(language).imports;
  const r = problem.reason;
  const body =
    r.code === 'invalid'
      ? `${words.field[r.field]} ${words.must[r.field]}, ${words.found(r.found)}`
      : (words.reasons[r.code] as (reason: ImportReason) => string)(r);
  if (problem.at <= 0) return body;
  return `${unit === 'row' ? words.row(problem.at) : words.line(problem.at)}: ${body}`;
}

/** Every problem of a plan, one message each, in the order of the rows. */
export function importProblemMessages(plan: ImportPlan, language: Language): string[] {
  return [...plan.problems].sort((a, b) => a.at - b.at).map((p) => importProblemMessage(p, plan.unit, language));
}

/** Why a file could not be read as a sheet. */
export function sheetFailureMessage(failure: SheetFailure, language: Language): string {
  return (wordsOf(language).imports.failures[failure.code] as (f: SheetFailure) => string)(failure);
}

/** How many rows (or lines) a plan leaves out because they could not be read. */
export function rowsNotImported(plan: ImportPlan): number {
  return new Set(plan.problems.filter((p) => p.at > 0 && p.reason.code !== 'unknown-heading').map((p) => p.at)).size +
    plan.problems.reduce((sum, p) => sum + (p.reason.code === 'unknown-heading' ? p.reason.skipped : 0), 0);
}

/** "3 notes changed, 1 new note, 0 notes deleted, 1 row not imported". */
export function importSummaryMessage(plan: ImportPlan, language: Language): string {
  return wordsOf(language).imports.summary({
    updated: plan.updates.length,
    added: plan.additions.length,
    deleted: plan.deletions.length,
    notImported: rowsNotImported(plan),
    unchanged: plan.unchanged,
  });
}

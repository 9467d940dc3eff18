// What an import reads and what it plans to do. Planning is pure and changes
// nothing: the person sees the plan (so many notes changed, so many new,
// these rows could not be read) before one operation applies it as one
// undo step (ops.importNotes).
import type { EvidenceLevel, Emotion, Id, Metric, Note, Priority } from '../format/types';
import type { NoteColumn } from '../export/noteColumns';

/**
 * One row of a sheet: its number as the spreadsheet shows it (the header is
 * row 1) and its cells by the header above them. Cells are text as the
 * reader found it (a CSV's formula escape already taken off, an XLSX date
 * as YYYY-MM-DD, a number as JavaScript writes it).
 */
export interface SheetRow {
  row: number;
  cells: Record<string, string>;
}

/** A note's fields an import may change; null clears an optional field. */
export interface NoteChanges {
  stage?: Id;
  lane?: Id;
  text?: string;
  emotion?: Emotion | null;
  votes?: number | null;
  tags?: string[] | null;
  evidence?: EvidenceLevel | null;
  source?: string | null;
  owner?: string | null;
  priority?: Priority | null;
  due?: string | null;
  metric?: Metric | null;
}

export const CHANGEABLE_FIELDS = ['stage', 'lane', 'text', 'emotion', 'votes', 'tags', 'evidence', 'source', 'owner', 'priority', 'due', 'metric'] as const;

export interface NoteUpdate {
  id: Id;
  /** The row (or line) it came from. */
  at: number;
  /** Only the fields whose cell says something other than the note does now. */
  changes: NoteChanges;
}

export interface NoteAddition {
  at: number;
  /** A complete, valid note; it goes at the end of its cell. */
  note: Note;
}

/** Why a row (or line) was not imported, or a word about the whole file (at 0). */
export type ImportReason =
  | { code: 'invalid'; field: NoteColumn; found: string }
  | { code: 'metric-incomplete' }
  | { code: 'unknown-stage'; name: string }
  | { code: 'unknown-lane'; name: string }
  | { code: 'ambiguous-stage'; name: string }
  | { code: 'ambiguous-lane'; name: string }
  | { code: 'missing-stage' }
  | { code: 'missing-lane' }
  | { code: 'duplicate-id'; id: string; firstAt: number }
  | { code: 'lane-locked'; lane: string }
  | { code: 'map-full'; limit: number }
  | { code: 'no-columns' }
  | { code: 'no-id-column' }
  | { code: 'unknown-heading'; name: string; skipped: number }
  | { code: 'no-lane' };

export interface ImportProblem {
  /** Row number (a sheet) or line number (a list), as the person's program shows it; 0 for the file as a whole. */
  at: number;
  /** The column the problem is in, when it is one cell's. */
  column?: NoteColumn;
  reason: ImportReason;
}

export interface ImportPlan {
  /** What `at` counts: rows of a sheet or lines of a plain list. */
  unit: 'row' | 'line';
  updates: NoteUpdate[];
  additions: NoteAddition[];
  /** Notes absent from the sheet, deleted only when the import was asked to (`deleteMissing`). */
  deletions: Id[];
  /**
   * Notes absent from the sheet that `deleteMissing` keeps all the same:
   * private ones (a hidden note or lane is left out of an export, so its
   * absence says nothing) and those in locked lanes.
   */
  keptMissing: Id[];
  /** Rows that name a note and say nothing new about it. */
  unchanged: number;
  problems: ImportProblem[];
  /** Headers of the sheet that are none of Jejak's columns: their cells are left alone. */
  ignoredColumns: string[];
}

/** What applying a plan did. */
export interface ImportSummary {
  updated: number;
  added: number;
  deleted: number;
}

export function emptyPlan(unit: ImportPlan['unit']): ImportPlan {
  return { unit, updates: [], additions: [], deletions: [], keptMissing: [], unchanged: 0, problems: [], ignoredColumns: [] };
}

/** Whether applying the plan would change anything. */
export function planChangesMap(plan: ImportPlan): boolean {
  return plan.updates.length > 0 || plan.additions.length > 0 || plan.deletions.length > 0;
}

// Two maps side by side, cell by cell: what was added, removed and changed
// between `before` and `after` (an older version and this map, or the
// current state and the future state), and each map's emotion curves on the
// same stages. Pure: the Compare view draws it and the tests check it.
//
// Stages and lanes are matched by id, else by title (case and spacing
// ignored), and lanes left over by kind, in order. Notes are matched by id
// only between versions of one map (same map id): unrelated maps made from
// the same template share ids such as "nt-001" that mean nothing alike.
// Notes still unmatched are paired within a cell by equal text.
import type { JourneyMap, Lane, Note, Stage } from '../format/types';
import { emotionCurve } from './emotion';

/** What differs between two matched notes; `place`: it moved to another cell. */
const CHANGED_FIELDS = ['text', 'place', 'emotion', 'votes', 'tags', 'evidence', 'source', 'owner', 'priority', 'due', 'metric', 'image', 'color', 'hidden'] as const;
export type ChangedField = (typeof CHANGED_FIELDS)[number];

/** One column of the comparison: a stage of either map, or of both when they match. */
export interface CompareColumn {
  before: Stage | null;
  after: Stage | null;
}

/** One row: a lane of either map, or of both. */
export interface CompareRow {
  before: Lane | null;
  after: Lane | null;
}

export interface NoteChange {
  before: Note;
  after: Note;
  fields: ChangedField[];
  /** The cell it was in before, when it moved (`place` changed). */
  from?: { row: number; column: number };
}

export interface CellComparison {
  row: number;
  column: number;
  added: Note[];
  removed: Note[];
  /** Listed in the cell where the note is now. */
  changed: NoteChange[];
  unchanged: number;
}

export interface ComparisonTotals {
  added: number;
  removed: number;
  changed: number;
  unchanged: number;
}

/** One emotions lane's curve: the mean emotion at each column (null: no scored note there, or no such stage). */
export interface EmotionSeries {
  lane: Lane;
  row: number;
  means: (number | null)[];
}

export interface MapComparison {
  /** Whether notes were matched by id (two versions of one map) or only by text. */
  notesMatchedBy: 'id' | 'text';
  columns: CompareColumn[];
  rows: CompareRow[];
  /** cells[row][column]. */
  cells: CellComparison[][];
  totals: ComparisonTotals;
  emotions: { before: EmotionSeries[]; after: EmotionSeries[] };
}

/** Titles compared as people read them: case, accents' composition and runs of spaces ignored. */
function sameWords(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Pairs `before` items with `after` items: by id, then by title, then by any
 * extra key (lane kind), each pass over what is still unpaired, in order.
 */
function pairUp<T extends { id: string; title: string }>(before: readonly T[], after: readonly T[], extraKey?: (item: T) => string): Map<T, T> {
  const pairs = new Map<T, T>(); // after → before
  const taken = new Set<T>();
  const pass = (key: (item: T) => string) => {
    const waiting = new Map<string, T[]>();
    for (const b of before) {
      if (taken.has(b)) continue;
      const k = key(b);
      const list = waiting.get(k);
      if (list) list.push(b);
      else waiting.set(k, [b]);
    }
    for (const a of after) {
      if (pairs.has(a)) continue;
      const b = waiting.get(key(a))?.shift();
      if (b === undefined) continue;
      pairs.set(a, b);
      taken.add(b);
    }
  };
  pass((item) => item.id);
  pass((item) => sameWords(item.title));
  if (extraKey) pass(extraKey);
  return pairs;
}

/** `after`'s order, with what only `before` has slotted in after its neighbour from `before`. */
function mergeOrder<T>(before: readonly T[], after: readonly T[], pairs: Map<T, T>): { before: T | null; after: T | null }[] {
  const merged: { before: T | null; after: T | null }[] = after.map((a) => ({ before: pairs.get(a) ?? null, after: a }));
  let anchor = -1;
  for (const b of before) {
    const at = merged.findIndex((entry) => entry.before === b);
    if (at >= 0) {
      anchor = at;
      continue;
    }
    merged.splice(anchor + 1, 0, { before: b, after: null });
    anchor++;
  }
  return merged;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The note's fields that differ, in CHANGED_FIELDS' order (`moved`: whether it is in another cell now). */
function changedFields(before: Note, after: Note, moved: boolean): ChangedField[] {
  const fields: ChangedField[] = [];
  for (const field of CHANGED_FIELDS) {
    if (field === 'place') {
      if (moved) fields.push(field);
      continue;
    }
    const a = before[field];
    const b = after[field];
    // Defaults written out or left out are the same thing.
    const unset = (v: unknown) => v === undefined || (field === 'votes' && v === 0) || (field === 'hidden' && v === false) || (field === 'tags' && Array.isArray(v) && v.length === 0);
    if (unset(a) && unset(b)) continue;
    if (!sameValue(a, b)) fields.push(field);
  }
  return fields;
}

export function compareMaps(before: JourneyMap, after: JourneyMap): MapComparison {
  const stagePairs = pairUp(before.stages, after.stages);
  const lanePairs = pairUp(before.lanes, after.lanes, (lane) => `kind:${lane.kind}`);
  const columns = mergeOrder(before.stages, after.stages, stagePairs);
  const rows = mergeOrder(before.lanes, after.lanes, lanePairs);

  const columnOf = { before: new Map<string, number>(), after: new Map<string, number>() };
  columns.forEach((c, i) => {
    if (c.before) columnOf.before.set(c.before.id, i);
    if (c.after) columnOf.after.set(c.after.id, i);
  });
  const rowOf = { before: new Map<string, number>(), after: new Map<string, number>() };
  rows.forEach((r, i) => {
    if (r.before) rowOf.before.set(r.before.id, i);
    if (r.after) rowOf.after.set(r.after.id, i);
  });
  const where = (side: 'before' | 'after', note: Note) => ({ row: rowOf[side].get(note.lane)!, column: columnOf[side].get(note.stage)! });

  const cells: CellComparison[][] = rows.map((_, row) => columns.map((_, column) => ({ row, column, added: [], removed: [], changed: [], unchanged: 0 })));
  const record = (afterNote: Note, beforeNote: Note, moved: boolean) => {
    const at = where('after', afterNote);
    const fields = changedFields(beforeNote, afterNote, moved);
    const cell = cells[at.row]![at.column]!;
    if (fields.length === 0) cell.unchanged++;
    else cell.changed.push({ before: beforeNote, after: afterNote, fields, ...(moved ? { from: where('before', beforeNote) } : {}) });
  };

  // Versions of one map: a note keeps its id wherever it goes.
  const notesMatchedBy = before.id === after.id ? 'id' : 'text';
  const matchedBefore = new Set<Note>();
  const matchedAfter = new Set<Note>();
  if (notesMatchedBy === 'id') {
    const byId = new Map(before.notes.map((n) => [n.id, n]));
    for (const note of after.notes) {
      const old = byId.get(note.id);
      if (!old) continue;
      matchedBefore.add(old);
      matchedAfter.add(note);
      const from = where('before', old);
      const to = where('after', note);
      record(note, old, from.row !== to.row || from.column !== to.column);
    }
  }

  // What is left, paired within each cell by equal text, in the cell's order.
  const waiting = new Map<string, Note[]>();
  const textKey = (side: 'before' | 'after', note: Note) => {
    const at = where(side, note);
    return `${at.row}\u0000${at.column}\u0000${sameWords(note.text)}`;
  };
  for (const note of before.notes) {
    if (matchedBefore.has(note)) continue;
    const key = textKey('before', note);
    const list = waiting.get(key);
    if (list) list.push(note);
    else waiting.set(key, [note]);
  }
  for (const note of after.notes) {
    if (matchedAfter.has(note)) continue;
    const old = waiting.get(textKey('after', note))?.shift();
    if (old) {
      matchedBefore.add(old);
      record(note, old, false);
    } else {
      const at = where('after', note);
      cells[at.row]![at.column]!.added.push(note);
    }
  }
  for (const note of before.notes) {
    if (matchedBefore.has(note)) continue;
    const at = where('before', note);
    cells[at.row]![at.column]!.removed.push(note);
  }

  const totals: ComparisonTotals = { added: 0, removed: 0, changed: 0, unchanged: 0 };
  for (const cell of cells.flat()) {
    totals.added += cell.added.length;
    totals.removed += cell.removed.length;
    totals.changed += cell.changed.length;
    totals.unchanged += cell.unchanged;
  }

  const series = (side: 'before' | 'after', map: JourneyMap): EmotionSeries[] =>
    map.lanes
      .filter((lane) => lane.kind === 'emotions')
      .map((lane) => {
        const byStage = new Map(emotionCurve(map, lane.id).map((p) => [p.stage, p.mean]));
        return { lane, row: rowOf[side].get(lane.id)!, means: columns.map((c) => (c[side] ? (byStage.get(c[side].id) ?? null) : null)) };
      });

  return { notesMatchedBy, columns, rows, cells, totals, emotions: { before: series('before', before), after: series('after', after) } };
}

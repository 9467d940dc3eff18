// Helpers for the merge tests: a base map from a template, two sides edited
// independently through History with the real operations, and a check that
// a merged map reads back as a file would, with no repairs.
import { expect } from 'vitest';
import { readCjm, writeCjm, type JourneyMap, type Note } from '../../../../shared/format';
import { History } from '../../../../shared/history/history';
import { ops, type Operation } from '../../../../shared/ops';
import { createMap } from '../../../../shared/templates';
import type { MergeResult } from '../../../../shared/merge';

export const NOW = '2026-11-23T09:00:00+07:00';

/** Stage and lane ids of the current-state template. */
export const S = { awareness: 'st-awareness', consideration: 'st-consideration', purchase: 'st-purchase', retention: 'st-retention', advocacy: 'st-advocacy' };
export const L = { actions: 'ln-actions', touchpoints: 'ln-touchpoints', thoughts: 'ln-thoughts', emotions: 'ln-emotions', painPoints: 'ln-pain-points' };

/** A real 1×1 PNG. */
export const TINY_PNG = {
  mime: 'image/png' as const,
  data: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
};

type Edit = (h: History) => void;

/** Applies an operation that must succeed. */
export function ok<A, R>(h: History, op: Operation<A, R>, args: A): R {
  const result = h.apply(op, args);
  if (!result.ok) throw new Error(`${op.name} was refused: ${JSON.stringify(result.refusal)}`);
  return result.value;
}

/**
 * A base map (the current-state template, in `locale`) with three notes,
 * `n1` and `n2` in Actions × Awareness and `n3` in Thoughts × Purchase,
 * then the edits of each side made on copies of it.
 */
export function threeMaps(mine: Edit, theirs: Edit, { locale = 'en' as 'en' | 'id', setup = (() => {}) as Edit } = {}) {
  const start = new History(createMap({ type: 'current-state', locale, now: NOW, id: 'map-merge' }));
  ok(start, ops.addNote, { id: 'n1', lane: L.actions, stage: S.awareness, text: 'Sees an advert' });
  ok(start, ops.addNote, { id: 'n2', lane: L.actions, stage: S.awareness, text: 'Asks a friend' });
  ok(start, ops.addNote, { id: 'n3', lane: L.thoughts, stage: S.purchase, text: 'Is it worth it?' });
  setup(start);
  const base = start.current;
  const m = new History(base);
  mine(m);
  const t = new History(base);
  theirs(t);
  return { base, mine: m.current, theirs: t.current };
}

export const none: Edit = () => {};

/** The merged map, written and read back, opens with no repairs; returns its canonical text. */
export function expectClean(result: MergeResult | JourneyMap): string {
  const map = 'map' in result && 'conflicts' in result ? result.map : (result as JourneyMap);
  const text = writeCjm(map);
  const read = readCjm(text);
  expect(read.ok ? read.repairs : read.problems).toEqual([]);
  if (read.ok) expect(writeCjm(read.map)).toBe(text);
  return text;
}

export function noteOf(map: JourneyMap, id: string): Note {
  const found = map.notes.find((n) => n.id === id);
  if (!found) throw new Error(`no note ${id}`);
  return found;
}

/** Ids of the notes in one cell, in board order. */
export function cell(map: JourneyMap, lane: string, stage: string): string[] {
  return map.notes.filter((n) => n.lane === lane && n.stage === stage).map((n) => n.id);
}

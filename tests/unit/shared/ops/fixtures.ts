// Helpers for the operation and history tests: a fresh board from a
// template, a History over it, and checks that read the map as a file would.
import { expect } from 'vitest';
import { readCjm, writeCjm, type JourneyMap, type MapType } from '../../../../shared/format';
import { History } from '../../../../shared/history/history';
import { ops, type Operation, type Refusal } from '../../../../shared/ops';
import { createMap } from '../../../../shared/templates';

export const NOW = '2026-11-23T09:00:00+07:00';

/** A real 1×1 PNG (a transparent pixel), 70 bytes. */
export const TINY_PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
export const TINY_PNG = { mime: 'image/png' as const, data: TINY_PNG_BASE64, name: 'pixel.png' };

/** Stage and lane ids of the current-state template. */
export const S = { awareness: 'st-awareness', consideration: 'st-consideration', purchase: 'st-purchase', retention: 'st-retention', advocacy: 'st-advocacy' };
export const L = {
  actions: 'ln-actions',
  touchpoints: 'ln-touchpoints',
  thoughts: 'ln-thoughts',
  emotions: 'ln-emotions',
  painPoints: 'ln-pain-points',
  opportunities: 'ln-opportunities',
  metrics: 'ln-metrics',
};

export function blankMap(type: MapType = 'current-state', locale: 'en' | 'id' = 'en'): JourneyMap {
  return createMap({ type, locale, now: NOW, id: 'map-under-test' });
}

export function historyOf(map: JourneyMap = blankMap(), limit = 1000): History {
  return new History(map, { limit });
}

/** Applies an operation that must succeed and returns its value. */
export function ok<A, R>(history: History, op: Operation<A, R>, args: A): R {
  const result = history.apply(op, args);
  if (!result.ok) throw new Error(`${op.name} was refused: ${JSON.stringify(result.refusal)}`);
  assertReadsCleanly(history.current);
  return result.value;
}

/** The operation is refused for `reason`, and the map is the very same object, byte for byte. */
export function expectRefused<A, R>(history: History, op: Operation<A, R>, args: A, reason: Partial<Refusal>): void {
  const before = history.current;
  const bytes = writeCjm(before);
  const depth = history.depth;
  const result = history.apply(op, args);
  expect(result.ok, `${op.name} should have been refused`).toBe(false);
  if (!result.ok) expect(result.refusal).toMatchObject(reason);
  expect(history.current).toBe(before);
  expect(writeCjm(history.current)).toBe(bytes);
  expect(history.depth).toBe(depth);
}

/** The map, written and read back, is accepted with no repairs. */
export function assertReadsCleanly(map: JourneyMap): void {
  const result = readCjm(writeCjm(map));
  expect(result.ok ? result.repairs : result.problems).toEqual([]);
}

/** Ids of the notes in one cell, in board order. */
export function cell(map: JourneyMap, lane: string, stage: string): string[] {
  return map.notes.filter((n) => n.lane === lane && n.stage === stage).map((n) => n.id);
}

export function note(map: JourneyMap, id: string) {
  const found = map.notes.find((n) => n.id === id);
  if (!found) throw new Error(`no note ${id}`);
  return found;
}

/** Adds notes `ids` to one cell, in order. */
export function addNotes(history: History, lane: string, stage: string, ids: string[]): void {
  for (const id of ids) ok(history, ops.addNote, { id, lane, stage, text: `note ${id}` });
  history.seal();
}

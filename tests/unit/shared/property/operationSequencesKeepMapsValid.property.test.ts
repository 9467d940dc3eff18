// Property: any sequence of operations (valid or refused, with typing,
// seals, undos and redos among them) applied through History to a valid map
// keeps it a file the reader accepts with no repairs after every step; then
// undoing everything gives back the original bytes exactly, and redoing
// everything gives the final bytes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAP_TYPES, readCjm, writeCjm, type JourneyMap } from '../../../../shared/format';
import { History } from '../../../../shared/history/history';
import { ops } from '../../../../shared/ops';
import { createMap } from '../../../../shared/templates';
import { mapArb, propertyOptions } from '../../../support/arbitraries';
import { commandArb, COVERED_OPERATIONS, runCommand, type Command } from './commands';

const templateArb = fc
  .tuple(fc.constantFrom(...MAP_TYPES), fc.constantFrom('en' as const, 'id' as const))
  .map(([type, locale]) => createMap({ type, locale, now: '2026-11-23T09:00:00+07:00', id: 'map-prop' }));

function expectClean(map: JourneyMap, after: string): string {
  const text = writeCjm(map);
  const read = readCjm(text);
  expect(read.ok ? read.repairs : read.problems, after).toEqual([]);
  return text;
}

function checkSequence(start: JourneyMap, commands: readonly Command[]): void {
  const original = expectClean(start, 'the start');
  const h = new History(start, { limit: 10_000 });
  commands.forEach((command, i) => {
    const before = h.current;
    const result = runCommand(h, command);
    if (result && !result.ok) expect(h.current, `refused step ${i} changed the map`).toBe(before);
    expectClean(h.current, `step ${i}: ${command.op}`);
  });
  while (h.redo()) expectClean(h.current, 'a redo');
  const final = writeCjm(h.current);
  while (h.undo()) expectClean(h.current, 'an undo');
  expect(writeCjm(h.current)).toBe(original);
  while (h.redo());
  expect(writeCjm(h.current)).toBe(final);
}

describe('sequences of operations through History', () => {
  it('keep a template map valid at every step, and undo and redo it exactly', () => {
    fc.assert(
      fc.property(templateArb, fc.array(commandArb, { maxLength: 60 }), checkSequence),
      propertyOptions(250),
    );
  });

  it('keep an arbitrary map valid at every step, and undo and redo it exactly', () => {
    fc.assert(
      fc.property(mapArb({ maxNotes: 20 }), fc.array(commandArb, { maxLength: 50 }), checkSequence),
      propertyOptions(250),
    );
  });

  it('exercise every operation of the registry', () => {
    const uncovered = Object.keys(ops).filter((name) => !COVERED_OPERATIONS.includes(name));
    expect(uncovered).toEqual([]);
  });
});

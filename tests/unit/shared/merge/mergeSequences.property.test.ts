// Properties of the three-way merge, from a random valid map edited on two
// sides independently by random sequences of the real operations through
// History (valid and refused ones, typing, undo and redo among them):
// - the merged map opens with no repairs, for every choice of resolution
//   (all mine, all theirs, a random mix), and the inputs are left as they were;
// - every reference in it is one that a side made (nothing is moved or
//   unlinked to make it valid: deletions are undone instead);
// - no note text is lost: a text either side wrote (or kept while the other
//   side deleted the note) is in the merged map, on its note or on a marked
//   copy, whatever was chosen;
// - a side with no changes gives exactly the other side, byte for byte, and
//   merging a side with itself gives that side.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { MAP_TYPES, writeCjm, type JourneyMap, type Note } from '../../../../shared/format';
import { History } from '../../../../shared/history/history';
import { mergeMarker } from '../../../../shared/i18n/mergeMarkers';
import { mapsEqual, mergeMaps, resolveConflicts, MERGE_EXTENSION, type MergeResult, type Side } from '../../../../shared/merge';
import { ops } from '../../../../shared/ops';
import { createMap } from '../../../../shared/templates';
import { assetArb, mapArb, propertyOptions, textArb } from '../../../support/arbitraries';
import { runCommand, type Command } from '../property/commands';
import { collidingCommandArb } from './focusedCommands';
import { expectClean } from './fixtures';

/** A template map with a few notes, two personas and a picture, for the sides to fight over. */
const templateArb = fc
  .record({
    type: fc.constantFrom(...MAP_TYPES),
    locale: fc.constantFrom('en' as const, 'id' as const),
    notes: fc.array(fc.record({ lane: fc.nat(3), stage: fc.nat(3), text: textArb(20) }), { minLength: 2, maxLength: 6 }),
    bio: textArb(40),
    photo: assetArb,
  })
  .map(({ type, locale, notes, bio, photo }) => {
    const h = new History(createMap({ type, locale, now: '2026-11-23T09:00:00+07:00', id: 'map-prop' }));
    const { lanes, stages } = h.current;
    notes.forEach((n, i) => {
      h.apply(ops.addNote, { id: `n${i}`, lane: lanes[n.lane % lanes.length]!.id, stage: stages[n.stage % stages.length]!.id, text: n.text });
    });
    h.apply(ops.addPersona, { id: 'ps-1', name: 'Rina', fields: { bio, quote: 'Cepat saja' } });
    h.apply(ops.addPersona, { id: 'ps-2', name: 'Budi' });
    h.apply(ops.setPersonaPhoto, { id: 'ps-1', photo: 'as-1', asset: photo });
    h.apply(ops.setLanePersona, { id: lanes[0]!.id, persona: 'ps-1' });
    return h.current;
  });

const baseArb = fc.oneof({ weight: 3, arbitrary: templateArb }, { weight: 1, arbitrary: mapArb({ maxNotes: 12 }) });
const commandsArb = fc.array(collidingCommandArb, { minLength: 4, maxLength: 25, size: 'max' });

function edited(base: JourneyMap, commands: readonly Command[]): JourneyMap {
  const h = new History(base, { limit: 10_000 });
  for (const command of commands) runCommand(h, command);
  return h.current;
}

/** A note as the writer would write it, for telling whether a side changed it. */
function content(note: Note): string {
  const record = note as unknown as Record<string, unknown>;
  const keys = Object.keys(record).filter((k) => record[k] !== undefined && !(k === 'votes' && record[k] === 0) && !(k === 'hidden' && record[k] === false));
  return JSON.stringify(keys.sort().map((k) => [k, record[k]]));
}

/**
 * The texts the merge must keep: every note text a side changed or added,
 * and the text of a note a side changed in any way that the other deleted.
 */
function textsToKeep(base: JourneyMap, mine: JourneyMap, theirs: JourneyMap): { side: Side; id: string; text: string }[] {
  const baseNotes = new Map(base.notes.map((n) => [n.id, n]));
  const ids: Record<Side, Set<string>> = { mine: new Set(mine.notes.map((n) => n.id)), theirs: new Set(theirs.notes.map((n) => n.id)) };
  const keep: { side: Side; id: string; text: string }[] = [];
  for (const [side, map, other] of [['mine', mine, 'theirs'], ['theirs', theirs, 'mine']] as const) {
    for (const note of map.notes) {
      const was = baseNotes.get(note.id);
      const textChanged = was === undefined || was.text !== note.text;
      const keptAgainstDelete = was !== undefined && !ids[other].has(note.id) && content(was) !== content(note);
      if ((textChanged || keptAgainstDelete) && note.text !== '') keep.push({ side, id: note.id, text: note.text });
    }
  }
  return keep;
}

function expectTextsKept(result: MergeResult, keep: readonly { side: Side; id: string; text: string }[]): void {
  const notes = new Map(result.map.notes.map((n) => [n.id, n]));
  const copies = result.map.notes.filter((n) => n[MERGE_EXTENSION] !== undefined);
  for (const { side, id, text } of keep) {
    if (notes.get(id)?.text === text) continue;
    const marked = `${mergeMarker(side, result.map.locale)} ${text}`;
    const copy = copies.find((c) => {
      const x = c[MERGE_EXTENSION] as { side: string; of: string };
      return x.of === id && x.side === side && (c.text === marked || c.text === text);
    });
    expect(copy, `the ${side} text of note ${id} is lost: ${JSON.stringify(text).slice(0, 80)}`).toBeDefined();
  }
}

/**
 * Every reference in the merged map is one a side made: a note sits in the
 * cell mine or theirs gave it (a copy in its original's), a lane names the
 * persona, a note or persona the picture, that one side gave it. Nothing is
 * moved or unlinked to make the map valid; deletions are undone instead.
 */
function expectReferencesFromASide(result: MergeResult, mine: JourneyMap, theirs: JourneyMap): void {
  const sides = [mine, theirs];
  const find = <T extends { id: string }>(pick: (m: JourneyMap) => T[], id: string) => sides.map((m) => pick(m).find((x) => x.id === id));
  const merged = new Map(result.map.notes.map((n) => [n.id, n]));
  for (const note of result.map.notes) {
    const copyOf = (note[MERGE_EXTENSION] as { of?: string } | undefined)?.of;
    const versions = copyOf !== undefined && !sides.some((m) => m.notes.some((n) => n.id === note.id)) ? [merged.get(copyOf)] : find((m) => m.notes, note.id);
    expect(versions.some((v) => v?.lane === note.lane && v.stage === note.stage), `note ${note.id} is in a cell no side gave it`).toBe(true);
    if (copyOf === undefined) expect(versions.some((v) => v?.image === note.image), `note ${note.id}'s picture`).toBe(true);
  }
  for (const lane of result.map.lanes) expect(find((m) => m.lanes, lane.id).some((v) => v?.persona === lane.persona), `lane ${lane.id}'s persona`).toBe(true);
  for (const persona of result.map.personas) expect(find((m) => m.personas, persona.id).some((v) => v?.photo === persona.photo), `persona ${persona.id}'s photo`).toBe(true);
  expect(sides.some((m) => (m.primaryPersona ?? null) === (result.map.primaryPersona ?? null))).toBe(true);
}

const runs = { sides: 0, unchanged: 0, same: 0, conflicts: 0 };

describe('merging two sides edited by random operations', () => {
  afterAll(() => {
    console.log(
      `merge properties: ${runs.sides} runs of two edited sides (${runs.conflicts} with conflicts), ` +
        `${runs.unchanged} runs with one side unchanged, ${runs.same} runs of a side merged with itself`,
    );
  });

  it('gives a map that opens with no repairs and keeps every note text, whatever is chosen', () => {
    fc.assert(
      fc.property(baseArb, commandsArb, commandsArb, fc.array(fc.boolean(), { minLength: 1, maxLength: 16 }), (base, mineCommands, theirsCommands, coins) => {
        runs.sides++;
        const mine = edited(base, mineCommands);
        const theirs = edited(base, theirsCommands);
        const keep = textsToKeep(base, mine, theirs);
        const inputs = [base, mine, theirs].map(writeCjm);
        const provisional = mergeMaps(base, mine, theirs);
        if (provisional.conflicts.length > 0) runs.conflicts++;
        expect(provisional.conflicts.every((c) => c.resolution === 'mine')).toBe(true);
        const random = (_: unknown, i: number) => (coins[i % coins.length] ? 'mine' : 'theirs') as Side;
        const picks = Object.fromEntries(provisional.conflicts.map((c, i) => [c.key, random(c, i)]));
        for (const result of [provisional, resolveConflicts(provisional, 'theirs'), resolveConflicts(provisional, picks)]) {
          expectClean(result);
          expectTextsKept(result, keep);
          expectReferencesFromASide(result, mine, theirs);
          expect(result.conflicts.map((c) => c.key)).toEqual(provisional.conflicts.map((c) => c.key));
          expect(result.notices.filter((n) => n.code === 'over-limit')).toEqual([]);
        }
        expect(resolveConflicts(provisional, 'mine').map).toEqual(provisional.map);
        expect([base, mine, theirs].map(writeCjm), 'the merge changed one of its inputs').toEqual(inputs);
      }),
      propertyOptions(400),
    );
  });

  it('gives exactly the other side when one side has no changes', () => {
    fc.assert(
      fc.property(baseArb, commandsArb, (base, commands) => {
        runs.unchanged++;
        const changed = edited(base, commands);
        for (const result of [mergeMaps(base, base, changed), mergeMaps(base, changed, base)]) {
          expect(result.conflicts).toEqual([]);
          expect(mapsEqual(result.map, changed)).toBe(true);
        }
      }),
      propertyOptions(300),
    );
  });

  it('gives a side back when both sides are the same', () => {
    fc.assert(
      fc.property(baseArb, commandsArb, (base, commands) => {
        runs.same++;
        const x = edited(base, commands);
        const result = mergeMaps(base, x, x);
        expect(result.conflicts).toEqual([]);
        expect(result.notices).toEqual([]);
        expect(mapsEqual(result.map, x)).toBe(true);
        expect(result.summary).toEqual({ added: 0, removed: 0, changed: 0, conflicts: 0 });
      }),
      propertyOptions(300),
    );
  });
});

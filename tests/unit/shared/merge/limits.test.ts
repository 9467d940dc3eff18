// When both sides added so much that docs/format.md's limits would be passed,
// the merged map still opens with no repairs and nothing is lost: the newest
// additions that do not fit, with the notes in them, are kept whole in the
// map's `x-merge-overflow` extension, and a notice says which.
import { describe, expect, it } from 'vitest';
import { LIMITS, type JsonValue } from '../../../../shared/format';
import { mergeMaps, OVERFLOW_EXTENSION } from '../../../../shared/merge';
import { ops } from '../../../../shared/ops';
import { expectClean, ok, S, threeMaps } from './fixtures';

describe('limits', () => {
  it('keep lanes past fifty, and their notes, in an extension', () => {
    // The template has 7 lanes; each side adds 25 of its own.
    const addLanes = (side: string) => (h: Parameters<Parameters<typeof threeMaps>[0]>[0]) => {
      for (let i = 0; i < 25; i++) ok(h, ops.addLane, { id: `ln-${side}-${i}`, kind: 'text', title: `${side} ${i}` });
      ok(h, ops.addNote, { id: `note-${side}`, lane: `ln-${side}-24`, stage: S.purchase, text: `${side}'s last lane` });
    };
    const { base, mine, theirs } = threeMaps(addLanes('mine'), addLanes('theirs'));
    const result = mergeMaps(base, mine, theirs);
    expect(result.map.lanes).toHaveLength(LIMITS.maxLanes);
    const overflow = result.map[OVERFLOW_EXTENSION] as { lanes: { id: string }[]; notes: { id: string; text: string }[] };
    expect(overflow.lanes.map((l) => l.id)).toEqual(['ln-mine-18', 'ln-mine-19', 'ln-mine-20', 'ln-mine-21', 'ln-mine-22', 'ln-mine-23', 'ln-mine-24']);
    expect(overflow.notes).toMatchObject([{ id: 'note-mine', text: "mine's last lane" }]);
    expect(result.notices).toEqual([
      { code: 'over-limit', collection: 'lanes', ids: overflow.lanes.map((l) => l.id), limit: 50, keptIn: OVERFLOW_EXTENSION },
      { code: 'over-limit', collection: 'notes', ids: ['note-mine'], limit: 100_000, keptIn: OVERFLOW_EXTENSION },
    ]);
    expectClean(result);
  });

  it('keep an overflowing lane with deeply nested extensions as its JSON text, so the map stays within 64 levels', () => {
    const addLanes = (side: string) => (h: Parameters<Parameters<typeof threeMaps>[0]>[0]) => {
      for (let i = 0; i < 25; i++) ok(h, ops.addLane, { id: `ln-${side}-${i}`, kind: 'text', title: `${side} ${i}` });
    };
    const { base, mine, theirs } = threeMaps(addLanes('mine'), addLanes('theirs'));
    let deep: JsonValue = 'bottom';
    for (let i = 0; i < 63; i++) deep = { d: deep };
    const deepMine = { ...mine, lanes: mine.lanes.map((l) => (l.id === 'ln-mine-24' ? { ...l, 'x-deep': deep } : l)) };
    expectClean(deepMine);
    const result = mergeMaps(base, deepMine, theirs);
    const kept = (result.map[OVERFLOW_EXTENSION] as { lanes: unknown[] }).lanes;
    expect(typeof kept.at(-1)).toBe('string');
    expect(JSON.parse(kept.at(-1) as string)).toEqual({ ...deepMine.lanes.at(-1) });
    expect(typeof kept[0]).toBe('object');
    expectClean(result);
  });

  it('keep personas past twenty, sparing the ones lanes name, and unlink one only when it must', () => {
    const addPersonas = (side: string) => (h: Parameters<Parameters<typeof threeMaps>[0]>[0]) => {
      for (let i = 0; i < 11; i++) ok(h, ops.addPersona, { id: `ps-${side}-${i}`, name: `${side} ${i}` });
    };
    const { base, mine, theirs } = threeMaps(addPersonas('mine'), (h) => {
      addPersonas('theirs')(h);
      ok(h, ops.setLanePersona, { id: 'ln-emotions', persona: 'ps-theirs-10' });
    });
    const result = mergeMaps(base, mine, theirs);
    expect(result.map.personas).toHaveLength(LIMITS.maxPersonas);
    expect(result.map.personas.map((p) => p.id)).toContain('ps-theirs-10');
    expect(result.notices).toMatchObject([{ code: 'over-limit', collection: 'personas', ids: ['ps-mine-9', 'ps-mine-10'] }]);
    expectClean(result);
  });

  it('give a second overflow its own extension, beside the first', () => {
    const { base, mine, theirs } = threeMaps(
      (h) => Array.from({ length: 60 }, (_, i) => ok(h, ops.addStage, { id: `st-m${i}`, title: `m${i}` })),
      (h) => Array.from({ length: 60 }, (_, i) => ok(h, ops.addStage, { id: `st-t${i}`, title: `t${i}` })),
    );
    const earlier = { ...base, [OVERFLOW_EXTENSION]: { notes: [] } };
    const result = mergeMaps(earlier, { ...mine, [OVERFLOW_EXTENSION]: { notes: [] } }, { ...theirs, [OVERFLOW_EXTENSION]: { notes: [] } });
    expect(result.map.stages).toHaveLength(LIMITS.maxStages);
    expect(result.notices).toMatchObject([{ code: 'over-limit', collection: 'stages', keptIn: `${OVERFLOW_EXTENSION}-2` }]);
    expect((result.map[`${OVERFLOW_EXTENSION}-2`] as { stages: unknown[] }).stages).toHaveLength(25);
    expectClean(result);
  });
});

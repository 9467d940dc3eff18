// ops.importNotes: an import plan applied as one operation, so one undo
// step, that undo restores byte for byte; checked again when applied (the
// map may have changed since it was planned) and refused whole if it no
// longer fits; the map it leaves always reads back with no repairs.
import { describe, expect, it } from 'vitest';
import { writeCjm, type JourneyMap } from '../../../../shared/format';
import { applyImportPlan, planSheetImport, type ImportPlan } from '../../../../shared/import';
import { ops } from '../../../../shared/ops';
import { counter, rows, smallMap } from '../import/support';
import { assertReadsCleanly, expectRefused, historyOf, ok, TINY_PNG } from './fixtures';

function planFor(map: JourneyMap, headers: string[], values: string[][], deleteMissing = false): ImportPlan {
  const sheet = rows(headers, ...values);
  const plan = planSheetImport(map, sheet.rows, { headers: sheet.headers, deleteMissing, newId: counter() });
  expect(plan.problems).toEqual([]);
  return plan;
}

const ids = (map: JourneyMap, lane: string, stage: string) => map.notes.filter((n) => n.lane === lane && n.stage === stage).map((n) => n.id);

describe('importNotes', () => {
  it('applies updates, moves, new notes and deletions as one undo step that undo reverses exactly', () => {
    const map = smallMap();
    const h = historyOf(map);
    const before = writeCjm(map);
    const plan = planFor(
      map,
      ['Id', 'Stage', 'Lane', 'Text', 'Emotion', 'Tags'],
      [
        ['n1', 'Awareness', 'Actions', 'Sees an Instagram ad 📱', '', ''],
        ['n2', 'Consideration', 'Emotions', 'Asks a friend', '1', 'wom'],
        ['n3', 'Consideration', 'Emotions', 'Bingung soal ongkir 😡', '-2', 'ongkir, checkout'],
        ['', 'Consideration', 'Emotions', 'Senang ada COD', '2', ''],
        ['', 'Advocacy', 'Metrics', 'An empty cell gets its first note', '', ''],
      ],
      true,
    );
    const summary = ok(h, ops.importNotes, { plan });
    expect(summary).toEqual({ updated: 2, added: 2, deleted: 2 });
    expect(h.depth).toBe(1);
    const after = h.current;
    expect(after.notes.find((n) => n.id === 'n1')!.text).toBe('Sees an Instagram ad 📱');
    // The moved note and the new one go after the notes already in the cell, in the sheet's order.
    expect(ids(after, 'ln-emotions', 'st-consideration')).toEqual(['n3', 'n2', 'new-1']);
    expect(ids(after, 'ln-metrics', 'st-advocacy')).toEqual(['new-2']);
    expect(after.notes.find((n) => n.id === 'n2')).toEqual({ id: 'n2', lane: 'ln-emotions', stage: 'st-consideration', text: 'Asks a friend', emotion: 1, tags: ['wom'] });
    // Deleted: n4, n5. Kept though absent: n6 (private) and n7 (locked lane).
    expect(after.notes.map((n) => n.id).sort()).toEqual(['n1', 'n2', 'n3', 'n6', 'n7', 'new-1', 'new-2']);
    assertReadsCleanly(after);
    h.undo();
    expect(writeCjm(h.current)).toBe(before);
    h.redo();
    expect(writeCjm(h.current)).toBe(writeCjm(after));
  });

  it('changes nothing, and adds no undo step, for a plan that changes nothing', () => {
    const h = historyOf(smallMap());
    expect(h.apply(ops.importNotes, { plan: { updates: [], additions: [], deletions: [] } })).toEqual({ ok: true, value: { updated: 0, added: 0, deleted: 0 } });
    expect(h.depth).toBe(0);
  });

  it('refuses a plan that no longer fits the map, leaving it as it was', () => {
    const map = smallMap();
    const plan = planFor(map, ['Id', 'Text'], [['n1', 'edited']]);
    const h = historyOf(map);
    ok(h, ops.deleteNotes, { ids: ['n1'] });
    expectRefused(h, ops.importNotes, { plan }, { code: 'not-found', collection: 'notes', id: 'n1' });
  });

  it('refuses whole what the plan checks would have caught: locked lanes, bad values, taken ids, missing stages', () => {
    const h = historyOf(smallMap());
    const note = { id: 'fresh', lane: 'ln-actions', stage: 'st-awareness', text: 'x' };
    expectRefused(h, ops.importNotes, { plan: { updates: [{ id: 'n7', at: 2, changes: { text: 'y' } }], additions: [], deletions: [] } }, { code: 'lane-locked' });
    expectRefused(h, ops.importNotes, { plan: { updates: [{ id: 'n1', at: 2, changes: { lane: 'ln-pain-points' } }], additions: [], deletions: [] } }, { code: 'lane-locked' });
    expectRefused(h, ops.importNotes, { plan: { updates: [], additions: [], deletions: ['n7'] } }, { code: 'lane-locked' });
    expectRefused(h, ops.importNotes, { plan: { updates: [{ id: 'n1', at: 2, changes: { emotion: 3 as never } }], additions: [], deletions: [] } }, { code: 'invalid', field: 'emotion' });
    expectRefused(h, ops.importNotes, { plan: { updates: [{ id: 'n1', at: 2, changes: { metric: { name: '', value: 1 } } }], additions: [], deletions: [] } }, { code: 'invalid', field: 'name' });
    expectRefused(h, ops.importNotes, { plan: { updates: [], additions: [{ at: 2, note: { ...note, id: 'n1' } }], deletions: [] } }, { code: 'id-taken', id: 'n1' });
    expectRefused(h, ops.importNotes, { plan: { updates: [], additions: [{ at: 2, note }, { at: 3, note }], deletions: [] } }, { code: 'id-taken', id: 'fresh' });
    expectRefused(h, ops.importNotes, { plan: { updates: [], additions: [{ at: 2, note: { ...note, stage: 'st-gone' } }], deletions: [] } }, { code: 'not-found', collection: 'stages' });
    expectRefused(h, ops.importNotes, { plan: { updates: [], additions: [{ at: 2, note: { ...note, id: 'bad id!' } }], deletions: [] } }, { code: 'invalid', field: 'id' });
    expect(() => h.apply(ops.importNotes, { plan: { updates: [{ id: 'n1', at: 2, changes: { hidden: true } as never }], additions: [], deletions: [] } })).toThrow(/cannot change a note's hidden/);
  });

  it('refuses to grow the map past 100,000 notes', () => {
    const map = smallMap();
    map.notes = [...map.notes, ...Array.from({ length: 100_000 - map.notes.length }, (_, i) => ({ id: `f${i}`, lane: 'ln-actions', stage: 'st-advocacy', text: '' }))];
    const plan = { updates: [], additions: [{ at: 2, note: { id: 'one-more', lane: 'ln-actions', stage: 'st-awareness', text: '' } }], deletions: [] };
    expect(applyImportPlan(map, plan)).toEqual({ ok: false, refusal: { code: 'too-many', collection: 'notes', limit: 100_000 } });
    expect(applyImportPlan(map, { ...plan, deletions: ['f0'] }).ok).toBe(true);
  });

  it('drops the picture of a deleted note from the map when nothing else shows it', () => {
    const h = historyOf(smallMap());
    ok(h, ops.setNoteImage, { id: 'n2', image: 'as-pixel', asset: TINY_PNG });
    ok(h, ops.importNotes, { plan: { updates: [], additions: [], deletions: ['n2'] } });
    expect(h.current.assets).toBeUndefined();
    h.undo();
    expect(Object.keys(h.current.assets!)).toEqual(['as-pixel']);
  });
});

describe('applyImportPlan', () => {
  it('applies outside a history, as the command line does, leaving the map given untouched', () => {
    const map = smallMap();
    const before = writeCjm(map);
    const plan = planFor(map, ['Id', 'Text'], [['n1', 'edited']]);
    const applied = applyImportPlan(map, plan);
    expect(applied.ok && applied.map.notes[0]!.text).toBe('edited');
    expect(applied.ok && applied.summary).toEqual({ updated: 1, added: 0, deleted: 0 });
    expect(writeCjm(map)).toBe(before);
  });
});

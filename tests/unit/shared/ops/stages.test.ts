// Stages, the columns: add, rename, recolour, reorder, delete, and the
// limits docs/format.md sets (1–100 stages, unique ids, `#RRGGBB` colours).
import { describe, expect, it } from 'vitest';
import { writeCjm, type JourneyMap } from '../../../../shared/format';
import { ops } from '../../../../shared/ops';
import { addNotes, blankMap, cell, expectRefused, historyOf, L, ok, S } from './fixtures';

const stageIds = (map: JourneyMap) => map.stages.map((s) => s.id);

describe('adding a stage', () => {
  it('adds at the end by default, or at an index, with an optional colour', () => {
    const h = historyOf();
    ok(h, ops.addStage, { id: 'st-usage', title: 'Penggunaan' });
    expect(stageIds(h.current).at(-1)).toBe('st-usage');
    ok(h, ops.addStage, { id: 'st-decision', title: 'Keputusan', index: 2, color: '#FFAA00' });
    expect(stageIds(h.current)).toEqual([S.awareness, S.consideration, 'st-decision', S.purchase, S.retention, S.advocacy, 'st-usage']);
    expect(h.current.stages[2]).toEqual({ id: 'st-decision', title: 'Keputusan', color: '#FFAA00' });
  });

  it('clamps an index outside the board to its ends', () => {
    const h = historyOf();
    ok(h, ops.addStage, { id: 'st-first', title: 'First', index: -4 });
    ok(h, ops.addStage, { id: 'st-last', title: 'Last', index: 999 });
    expect(stageIds(h.current)[0]).toBe('st-first');
    expect(stageIds(h.current).at(-1)).toBe('st-last');
  });

  it('refuses an id already taken, a malformed id, a bad title or colour', () => {
    const h = historyOf();
    expectRefused(h, ops.addStage, { id: S.purchase, title: 'Again' }, { code: 'id-taken', collection: 'stages', id: S.purchase });
    expectRefused(h, ops.addStage, { id: 'st new', title: 'Spaces' }, { code: 'invalid', field: 'id' });
    expectRefused(h, ops.addStage, { id: 'x'.repeat(65), title: 'Long id' }, { code: 'invalid', field: 'id' });
    expectRefused(h, ops.addStage, { id: 'st-x', title: '' }, { code: 'invalid', field: 'title' });
    expectRefused(h, ops.addStage, { id: 'st-x', title: 't'.repeat(101) }, { code: 'invalid', field: 'title' });
    expectRefused(h, ops.addStage, { id: 'st-x', title: 'Red', color: 'red' }, { code: 'invalid', field: 'color' });
  });

  it('takes the 100th stage and refuses the 101st', () => {
    const h = historyOf();
    for (let i = h.current.stages.length; i < 100; i++) ok(h, ops.addStage, { id: `st-${i}`, title: `Stage ${i}` });
    expect(h.current.stages).toHaveLength(100);
    expectRefused(h, ops.addStage, { id: 'st-101', title: 'One too many' }, { code: 'too-many', collection: 'stages', limit: 100 });
  });
});

describe('renaming and recolouring a stage', () => {
  it('renames, and refuses an empty or 101-character title', () => {
    const h = historyOf();
    ok(h, ops.renameStage, { id: S.purchase, title: 'Keputusan / Pembelian' });
    expect(h.current.stages[2]!.title).toBe('Keputusan / Pembelian');
    expectRefused(h, ops.renameStage, { id: S.purchase, title: '' }, { code: 'invalid', field: 'title' });
    expectRefused(h, ops.renameStage, { id: S.purchase, title: 'x'.repeat(101) }, { code: 'invalid', field: 'title' });
  });

  it('recolours, and null returns the stage to the theme colour (the key leaves the file)', () => {
    const h = historyOf();
    ok(h, ops.recolourStage, { id: S.retention, color: '#1a2B3c' });
    expect(h.current.stages[3]!.color).toBe('#1a2B3c');
    ok(h, ops.recolourStage, { id: S.retention, color: null });
    expect('color' in h.current.stages[3]!).toBe(false);
    expect(writeCjm(h.current)).toBe(writeCjm(blankMap()));
  });

  it.each(['#12345', '#1234567', '123456', '#GGGGGG', 'rgb(0,0,0)', ''])('refuses the colour %j', (color) => {
    expectRefused(historyOf(), ops.recolourStage, { id: S.retention, color }, { code: 'invalid', field: 'color' });
  });

  it('refuses an unknown stage', () => {
    const h = historyOf();
    expectRefused(h, ops.renameStage, { id: 'st-nope', title: 'x' }, { code: 'not-found', collection: 'stages', id: 'st-nope' });
    expectRefused(h, ops.recolourStage, { id: 'st-nope', color: '#000000' }, { code: 'not-found', collection: 'stages' });
  });
});

describe('reordering stages', () => {
  it('moves a stage to the index where it lands', () => {
    const h = historyOf();
    ok(h, ops.moveStage, { id: S.awareness, index: 2 });
    expect(stageIds(h.current)).toEqual([S.consideration, S.purchase, S.awareness, S.retention, S.advocacy]);
    ok(h, ops.moveStage, { id: S.advocacy, index: 0 });
    expect(stageIds(h.current)).toEqual([S.advocacy, S.consideration, S.purchase, S.awareness, S.retention]);
  });

  it('clamps the index, and a move to where it is already is no step', () => {
    const h = historyOf();
    ok(h, ops.moveStage, { id: S.consideration, index: 50 });
    expect(stageIds(h.current).at(-1)).toBe(S.consideration);
    const depth = h.depth;
    ok(h, ops.moveStage, { id: S.consideration, index: 4 });
    expect(h.depth).toBe(depth);
  });

  it('keeps each stage’s notes with it', () => {
    const h = historyOf();
    addNotes(h, L.actions, S.purchase, ['n1', 'n2']);
    ok(h, ops.moveStage, { id: S.purchase, index: 0 });
    expect(cell(h.current, L.actions, S.purchase)).toEqual(['n1', 'n2']);
  });

  it('refuses an unknown stage', () => {
    expectRefused(historyOf(), ops.moveStage, { id: 'st-nope', index: 0 }, { code: 'not-found', collection: 'stages' });
  });
});

describe('deleting a stage', () => {
  it('deletes the stage and every note in it, reporting how many went', () => {
    const h = historyOf();
    addNotes(h, L.actions, S.purchase, ['a', 'b']);
    addNotes(h, L.emotions, S.purchase, ['c']);
    addNotes(h, L.actions, S.retention, ['keep']);
    expect(ok(h, ops.deleteStage, { id: S.purchase })).toEqual({ removedNotes: 3 });
    expect(stageIds(h.current)).not.toContain(S.purchase);
    expect(h.current.notes.map((n) => n.id)).toEqual(['keep']);
  });

  it('reports 0 for an empty stage', () => {
    expect(ok(historyOf(), ops.deleteStage, { id: S.advocacy })).toEqual({ removedNotes: 0 });
  });

  it('refuses the last stage and an unknown one', () => {
    const h = historyOf();
    for (const id of [S.awareness, S.consideration, S.purchase, S.retention]) ok(h, ops.deleteStage, { id });
    expectRefused(h, ops.deleteStage, { id: S.advocacy }, { code: 'last-one', collection: 'stages' });
    expectRefused(h, ops.deleteStage, { id: 'st-nope' }, { code: 'not-found', collection: 'stages' });
  });

  it('refuses while a locked lane has notes in the stage', () => {
    const h = historyOf();
    addNotes(h, L.painPoints, S.purchase, ['locked-in']);
    ok(h, ops.setLaneLocked, { id: L.painPoints, locked: true });
    expectRefused(h, ops.deleteStage, { id: S.purchase }, { code: 'lane-locked', lane: 'Pain points' });
    expect(ok(h, ops.deleteStage, { id: S.advocacy })).toEqual({ removedNotes: 0 });
  });
});

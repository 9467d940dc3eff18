// Order: stages, lanes and personas follow theirs’ order when they
// reordered, else mine (so a move made on one side is kept), with what
// the other side added placed after its predecessor there. Notes keep their
// cell order the same way, and a note moved to another cell is moved.
import { describe, expect, it } from 'vitest';
import { mergeMaps } from '../../../../shared/merge';
import { ops } from '../../../../shared/ops';
import { cell, expectClean, L, none, ok, S, threeMaps } from './fixtures';

const stageIds = (m: { stages: { id: string }[] }) => m.stages.map((s) => s.id);

describe('the order of merged lists', () => {
  it('follows theirs’ order of stages, with my additions after their predecessor in mine', () => {
    const { base, mine, theirs } = threeMaps(
      (h) => ok(h, ops.addStage, { id: 'st-mine', title: 'Compare', index: 2 }),
      (h) => ok(h, ops.moveStage, { id: S.advocacy, index: 0 }),
    );
    const result = mergeMaps(base, mine, theirs);
    expect(stageIds(result.map)).toEqual([S.advocacy, S.awareness, S.consideration, 'st-mine', S.purchase, S.retention]);
    expectClean(result);
  });

  it('keeps my move when they only added, their addition after its predecessor in theirs', () => {
    const { base, mine, theirs } = threeMaps(
      (h) => ok(h, ops.moveLane, { id: L.emotions, index: 0 }),
      (h) => ok(h, ops.addLane, { id: 'ln-theirs', kind: 'text', title: 'Quotes', index: 2 }),
    );
    const result = mergeMaps(base, mine, theirs);
    expect(result.map.lanes.map((l) => l.id).slice(0, 5)).toEqual([L.emotions, L.actions, L.touchpoints, 'ln-theirs', L.thoughts]);
  });

  it('puts an addition that has no predecessor first', () => {
    const { base, mine, theirs } = threeMaps((h) => ok(h, ops.addStage, { id: 'st-first', title: 'Need', index: 0 }), (h) => ok(h, ops.moveStage, { id: S.retention, index: 4 }));
    expect(stageIds(mergeMaps(base, mine, theirs).map)[0]).toBe('st-first');
  });

  it('keeps the order of notes within a cell, with additions after their predecessor', () => {
    const { base, mine, theirs } = threeMaps(
      (h) => ok(h, ops.addNote, { id: 'm', lane: L.actions, stage: S.awareness, text: 'mine', position: 1 }),
      (h) => ok(h, ops.addNote, { id: 't', lane: L.actions, stage: S.awareness, text: 'theirs' }),
    );
    const result = mergeMaps(base, mine, theirs);
    expect(cell(result.map, L.actions, S.awareness)).toEqual(['n1', 'm', 'n2', 't']);
  });

  it('keeps my reordering of a cell when they did not move notes', () => {
    const { base, mine, theirs } = threeMaps(
      (h) => ok(h, ops.moveNotes, { ids: ['n2'], lane: L.actions, stage: S.awareness, position: 0 }),
      (h) => ok(h, ops.setNoteText, { id: 'n1', text: 'Sees an advert twice' }),
    );
    expect(cell(mergeMaps(base, mine, theirs).map, L.actions, S.awareness)).toEqual(['n2', 'n1']);
  });

  it('moves a note that one side moved to another cell, to where that side put it', () => {
    const { base, mine, theirs } = threeMaps(
      (h) => ok(h, ops.moveNotes, { ids: ['n1'], lane: L.thoughts, stage: S.purchase, position: 0 }),
      (h) => {
        ok(h, ops.moveNotes, { ids: ['n2'], lane: L.actions, stage: S.awareness, position: 0 });
        ok(h, ops.addNote, { id: 't', lane: L.thoughts, stage: S.purchase, text: 'Compare prices' });
      },
    );
    const result = mergeMaps(base, mine, theirs);
    expect(cell(result.map, L.actions, S.awareness)).toEqual(['n2']);
    expect(cell(result.map, L.thoughts, S.purchase)).toEqual(['n1', 'n3', 't']);
    expectClean(result);
  });

  it('gives exactly the other side when one side has no changes', () => {
    const { base, theirs } = threeMaps(none, (h) => {
      ok(h, ops.moveStage, { id: S.purchase, index: 0 });
      ok(h, ops.moveNotes, { ids: ['n1'], lane: L.thoughts, stage: S.purchase });
      ok(h, ops.addNote, { id: 't', lane: L.actions, stage: S.awareness, text: 'x', position: 0 });
    });
    const result = mergeMaps(base, base, theirs);
    expect(result.map.notes.map((n) => n.id)).toEqual(theirs.notes.map((n) => n.id));
    expect(stageIds(result.map)).toEqual(stageIds(theirs));
  });
});

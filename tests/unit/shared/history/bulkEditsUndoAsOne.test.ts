// Changes to many notes at once are one undo step, and undoing a deleted
// stage or lane brings back every note it took, each in its original place.
import { describe, expect, it } from 'vitest';
import { writeCjm } from '../../../../shared/format';
import { ops } from '../../../../shared/ops';
import { addNotes, historyOf, L, ok, S, TINY_PNG } from '../ops/fixtures';
import { primaryPersonaInFile } from '../../../support/fileSays';

/** A board with notes in many cells, interleaved as a workshop leaves them. */
function busyBoard() {
  const h = historyOf();
  const lanes = [L.actions, L.emotions, L.painPoints, L.opportunities];
  const stages = [S.awareness, S.consideration, S.purchase, S.retention];
  let n = 0;
  for (let round = 0; round < 3; round++) {
    for (const stage of stages) for (const lane of lanes) addNotes(h, lane, stage, [`n${n++}`]);
  }
  ok(h, ops.setEmotion, { ids: ['n1', 'n5', 'n9'], value: -2 });
  ok(h, ops.setNoteImage, { id: 'n2', image: 'as-pixel', asset: TINY_PNG });
  h.seal();
  return h;
}

describe('moving many notes', () => {
  it('is one step, and undo puts every note back in its cell and its place', () => {
    const h = busyBoard();
    const before = writeCjm(h.current);
    const depth = h.depth;
    const ids = h.current.notes.filter((_, i) => i % 3 === 0).map((n) => n.id);
    ok(h, ops.moveNotes, { ids, lane: L.opportunities, stage: S.advocacy, position: 0 });
    const after = writeCjm(h.current);
    expect(h.depth).toBe(depth + 1);
    expect(h.undoLabel).toBe('note.move');
    h.undo();
    expect(writeCjm(h.current)).toBe(before);
    h.redo();
    expect(writeCjm(h.current)).toBe(after);
  });
});

describe('deleting many notes', () => {
  it('is one step, and undo restores them, their fields and their picture', () => {
    const h = busyBoard();
    const before = writeCjm(h.current);
    const depth = h.depth;
    expect(ok(h, ops.deleteNotes, { ids: ['n0', 'n1', 'n2', 'n9', 'n30'] })).toEqual({ removedNotes: 5 });
    expect(h.current.assets).toBeUndefined();
    expect(h.depth).toBe(depth + 1);
    h.undo();
    expect(writeCjm(h.current)).toBe(before);
    expect(Object.keys(h.current.assets!)).toEqual(['as-pixel']);
  });
});

describe('editing a field of many notes', () => {
  it('is one step', () => {
    const h = busyBoard();
    const before = writeCjm(h.current);
    ok(h, ops.setTags, { ids: h.current.notes.map((n) => n.id), value: ['workshop-1'] });
    h.undo();
    expect(writeCjm(h.current)).toBe(before);
  });
});

describe('deleting a stage', () => {
  it('reports how many notes went, and one undo brings them all back in their original order', () => {
    const h = busyBoard();
    const before = writeCjm(h.current);
    const order = h.current.notes.map((n) => n.id);
    const inStage = h.current.notes.filter((n) => n.stage === S.consideration).length;
    expect(inStage).toBe(12);
    expect(ok(h, ops.deleteStage, { id: S.consideration })).toEqual({ removedNotes: 12 });
    expect(h.current.notes.some((n) => n.stage === S.consideration)).toBe(false);
    h.undo();
    expect(h.current.notes.map((n) => n.id)).toEqual(order);
    expect(writeCjm(h.current)).toBe(before);
  });

  it('redo deletes them again', () => {
    const h = busyBoard();
    ok(h, ops.deleteStage, { id: S.awareness });
    const after = writeCjm(h.current);
    h.undo();
    h.redo();
    expect(writeCjm(h.current)).toBe(after);
  });
});

describe('deleting a lane', () => {
  it('reports how many notes went, and one undo brings them all back in their original order', () => {
    const h = busyBoard();
    const before = writeCjm(h.current);
    expect(ok(h, ops.deleteLane, { id: L.painPoints })).toEqual({ removedNotes: 12 });
    expect(h.current.assets).toBeUndefined();
    h.undo();
    expect(writeCjm(h.current)).toBe(before);
  });
});

describe('a transaction', () => {
  it('is one step under its label, with the value its body returns', () => {
    const h = busyBoard();
    const before = writeCjm(h.current);
    const result = h.transaction('Tambah tahap Penggunaan', (run) => {
      run(ops.addStage, { id: 'st-usage', title: 'Penggunaan', index: 3 });
      run(ops.addNote, { id: 'u1', lane: L.actions, stage: 'st-usage', text: 'Import data lama' });
      return run(ops.deleteNotes, { ids: ['n0'] });
    });
    expect(result).toEqual({ ok: true, value: { removedNotes: 1 } });
    expect(h.undoLabel).toBe('Tambah tahap Penggunaan');
    h.undo();
    expect(writeCjm(h.current)).toBe(before);
  });

  it('changes nothing when one of its operations is refused', () => {
    const h = busyBoard();
    const before = h.current;
    const depth = h.depth;
    const result = h.transaction('Half done', (run) => {
      run(ops.addStage, { id: 'st-usage', title: 'Penggunaan' });
      run(ops.setEmotion, { ids: ['n1'], value: 7 as never });
    });
    expect(result).toMatchObject({ ok: false, refusal: { code: 'invalid', field: 'emotion' } });
    expect(h.current).toBe(before);
    expect(h.depth).toBe(depth);
  });
});

describe('undoing personas', () => {
  it('brings back a deleted persona with the references that named it', () => {
    const h = historyOf();
    ok(h, ops.addPersona, { id: 'ps-sari', name: 'Sari' });
    expect(primaryPersonaInFile(h, 'ps-sari').ok).toBe(true);
    ok(h, ops.setLanePersona, { id: L.emotions, persona: 'ps-sari' });
    ok(h, ops.setPersonaPhoto, { id: 'ps-sari', photo: 'as-sari', asset: TINY_PNG });
    const before = writeCjm(h.current);
    ok(h, ops.deletePersona, { id: 'ps-sari' });
    h.undo();
    expect(writeCjm(h.current)).toBe(before);
  });
});

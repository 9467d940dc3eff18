// Dot voting's operations: a dot on or off one note (one undo step each,
// clamped to docs/format.md's 0–9,999, allowed on a locked lane because a vote is
// a tally and not an edit), and a reset of the round's lanes or of the map.
import { describe, expect, it } from 'vitest';
import { writeCjm } from '../../../../shared/format';
import { ops } from '../../../../shared/ops';
import { addNotes, expectRefused, historyOf, L, note, ok, S } from './fixtures';

function board() {
  const h = historyOf();
  addNotes(h, L.painPoints, S.consideration, ['p1', 'p2']);
  addNotes(h, L.opportunities, S.retention, ['o1']);
  addNotes(h, L.actions, S.awareness, ['a1']);
  return h;
}

describe('note.addVote', () => {
  it('adds and takes back one dot at a time, each one undo step', () => {
    const h = board();
    const depth = h.depth;
    expect(ok(h, ops.addVote, { id: 'p1', delta: 1 })).toBe(1);
    expect(ok(h, ops.addVote, { id: 'p1', delta: 1 })).toBe(2);
    expect(ok(h, ops.addVote, { id: 'p1', delta: -1 })).toBe(1);
    expect(note(h.current, 'p1').votes).toBe(1);
    expect(h.depth).toBe(depth + 3);
    h.undo();
    expect(note(h.current, 'p1').votes).toBe(2);
    h.undo();
    h.undo();
    expect(note(h.current, 'p1').votes).toBeUndefined();
    h.redo();
    expect(note(h.current, 'p1').votes).toBe(1);
  });

  it('keeps 0 out of the file, as the inspector does', () => {
    const h = board();
    const plain = writeCjm(h.current);
    ok(h, ops.addVote, { id: 'p2', delta: 1 });
    expect(writeCjm(h.current)).toContain('"votes": 1');
    ok(h, ops.addVote, { id: 'p2', delta: -1 });
    expect(writeCjm(h.current)).toBe(plain);
  });

  it('clamps to 0 and 9,999, and a step that changes nothing is no undo step', () => {
    const h = board();
    const depth = h.depth;
    expect(ok(h, ops.addVote, { id: 'p1', delta: -1 })).toBe(0);
    expect(h.depth).toBe(depth);
    expect(ok(h, ops.addVote, { id: 'p1', delta: 20_000 })).toBe(9999);
    expect(ok(h, ops.addVote, { id: 'p1', delta: 1 })).toBe(9999);
    expect(h.depth).toBe(depth + 1);
    expect(ok(h, ops.addVote, { id: 'p1', delta: -10_000 })).toBe(0);
    expect(note(h.current, 'p1').votes).toBeUndefined();
  });

  it('counts on a locked lane, where setVotes (an edit) is still refused', () => {
    const h = board();
    ok(h, ops.setLaneLocked, { id: L.painPoints, locked: true });
    expect(ok(h, ops.addVote, { id: 'p1', delta: 1 })).toBe(1);
    expectRefused(h, ops.setVotes, { ids: ['p1'], value: 5 }, { code: 'lane-locked' });
    expectRefused(h, ops.setNoteText, { id: 'p1', text: 'changed' }, { code: 'lane-locked' });
  });

  it('is refused, the map unchanged, when the note is gone', () => {
    const h = board();
    ok(h, ops.deleteNotes, { ids: ['p2'] });
    expectRefused(h, ops.addVote, { id: 'p2', delta: 1 }, { code: 'not-found', collection: 'notes', id: 'p2' });
    expectRefused(h, ops.addVote, { id: 'p2', delta: -1 }, { code: 'not-found', collection: 'notes', id: 'p2' });
  });

  it('takes whole dots only', () => {
    const h = board();
    expect(() => h.apply(ops.addVote, { id: 'p1', delta: 0.5 })).toThrow(/whole number/);
    expect(note(h.current, 'p1').votes).toBeUndefined();
  });
});

describe('note.resetVotes', () => {
  function voted() {
    const h = board();
    for (const [id, votes] of [['p1', 3], ['p2', 1], ['o1', 2], ['a1', 4]] as const) ok(h, ops.setVotes, { ids: [id], value: votes });
    return h;
  }

  it('sets the chosen lanes back to 0 in one step and leaves the others', () => {
    const h = voted();
    const depth = h.depth;
    expect(ok(h, ops.resetVotes, { lanes: [L.painPoints, L.opportunities] })).toBe(3);
    expect(Object.fromEntries(h.current.notes.map((n) => [n.id, n.votes ?? 0]))).toEqual({ a1: 4, p1: 0, p2: 0, o1: 0 });
    expect(h.depth).toBe(depth + 1);
    h.undo();
    expect([note(h.current, 'p1').votes, note(h.current, 'p2').votes, note(h.current, 'o1').votes]).toEqual([3, 1, 2]);
  });

  it('clears the whole map with null, locked lanes included', () => {
    const h = voted();
    ok(h, ops.setLaneLocked, { id: L.painPoints, locked: true });
    expect(ok(h, ops.resetVotes, { lanes: null })).toBe(4);
    expect(h.current.notes.every((n) => n.votes === undefined)).toBe(true);
  });

  it('makes no step when there is nothing to clear, and refuses a lane that is gone', () => {
    const h = board();
    const depth = h.depth;
    expect(ok(h, ops.resetVotes, { lanes: [L.painPoints] })).toBe(0);
    expect(h.depth).toBe(depth);
    expectRefused(h, ops.resetVotes, { lanes: [L.painPoints, 'ln-gone'] }, { code: 'not-found', collection: 'lanes', id: 'ln-gone' });
  });
});

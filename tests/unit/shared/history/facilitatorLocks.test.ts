// The facilitator's locks and rounds, applied by the history to every
// operation: a locked structure refuses adding, moving and deleting stages
// and lanes but not renaming them; review mode refuses every change, undo
// and redo included; a silent round writes every added note face down,
// however it was added; Reveal turns them all over as one undo step, even in
// a locked lane; what other people saved comes in whatever is locked here.
import { describe, expect, it } from 'vitest';
import { writeCjm } from '../../../../shared/format';
import { ops } from '../../../../shared/ops';
import { facilitatorPolicy, NO_MODES } from '../../../../shared/ops/facilitatorPolicy';
import { addNotes, expectRefused, historyOf, L, ok, S } from '../ops/fixtures';

const structureLocked = facilitatorPolicy({ ...NO_MODES, structureLocked: true });
const review = facilitatorPolicy({ ...NO_MODES, reviewMode: true });
const silent = facilitatorPolicy({ ...NO_MODES, silentRound: true });

describe('a locked structure', () => {
  it('refuses adding, moving and deleting stages and lanes', () => {
    const h = historyOf();
    h.setPolicy(structureLocked);
    expectRefused(h, ops.addStage, { id: 'st-new', title: 'Usage' }, { code: 'structure-locked' });
    expectRefused(h, ops.moveStage, { id: S.awareness, index: 2 }, { code: 'structure-locked' });
    expectRefused(h, ops.deleteStage, { id: S.advocacy }, { code: 'structure-locked' });
    expectRefused(h, ops.addLane, { id: 'ln-new', kind: 'thoughts', title: 'More thoughts' }, { code: 'structure-locked' });
    expectRefused(h, ops.moveLane, { id: L.actions, index: 3 }, { code: 'structure-locked' });
    expectRefused(h, ops.deleteLane, { id: L.metrics }, { code: 'structure-locked' });
    // Putting back an earlier map (a backup) may change stages and lanes too.
    expectRefused(h, ops.replaceMap, { map: { ...h.current, title: 'Last week' } }, { code: 'structure-locked' });
  });

  it('still lets the room rename, recolour and write notes; unlocked, the structure changes again', () => {
    const h = historyOf();
    h.setPolicy(structureLocked);
    ok(h, ops.renameStage, { id: S.awareness, title: 'Noticing' });
    ok(h, ops.renameLane, { id: L.actions, title: 'Doing' });
    addNotes(h, L.actions, S.awareness, ['n-still-fine']);
    h.setPolicy(null);
    ok(h, ops.addStage, { id: 'st-new', title: 'Usage' });
    expect(h.current.stages.map((s) => s.id)).toContain('st-new');
  });
});

describe('review mode', () => {
  it('refuses every change, and undo and redo', () => {
    const h = historyOf();
    addNotes(h, L.actions, S.awareness, ['n-one']);
    ok(h, ops.setNoteText, { id: h.current.notes[0]!.id, text: 'two' });
    h.seal();
    ok(h, ops.setTitle, { title: 'Before the review' });
    h.undo();
    const bytes = writeCjm(h.current);
    h.setPolicy(review);
    const note = h.current.notes[0]!;
    expectRefused(h, ops.setNoteText, { id: note.id, text: 'changed' }, { code: 'review-mode' });
    expectRefused(h, ops.addNote, { id: 'n-x', lane: L.actions, stage: S.awareness, text: '' }, { code: 'review-mode' });
    expectRefused(h, ops.setVotes, { ids: [note.id], value: 3 }, { code: 'review-mode' });
    expectRefused(h, ops.renameStage, { id: S.awareness, title: 'x' }, { code: 'review-mode' });
    expect(h.refusalOf('history.undo')).toEqual({ code: 'review-mode' });
    expect(h.undo()).toBe(false);
    expect(h.redo()).toBe(false);
    expect(writeCjm(h.current)).toBe(bytes);
    h.setPolicy(null);
    expect(h.redo()).toBe(true);
    expect(h.current.title).toBe('Before the review');
  });

  it('lets a colleague\'s saved map in (a reload is not an edit here)', () => {
    const h = historyOf();
    h.setPolicy(review);
    const theirs = { ...h.current, title: 'Saved by Dewi' };
    const result = h.unguarded(() => h.apply(ops.replaceMap, { map: theirs }));
    expect(result.ok).toBe(true);
    expect(h.current.title).toBe('Saved by Dewi');
    // And the policy is back in force afterwards.
    expectRefused(h, ops.setTitle, { title: 'mine' }, { code: 'review-mode' });
  });
});

describe('a silent round', () => {
  it('writes every added note face down: typed, duplicated, imported in one step', () => {
    const h = historyOf();
    addNotes(h, L.painPoints, S.consideration, ['n-before']);
    const visible = h.current.notes[0]!.id;
    h.setPolicy(silent);
    ok(h, ops.addNote, { id: 'n-typed', lane: L.painPoints, stage: S.consideration, text: 'Hidden shipping cost' });
    ok(h, ops.duplicateNotes, { ids: [visible], newIds: ['n-copy'] });
    ok(h, ops.importNotes, { plan: { updates: [], deletions: [], additions: [{ at: 2, note: { id: 'n-imported', lane: L.painPoints, stage: S.purchase, text: 'Long form' } }] } });
    const byId = new Map(h.current.notes.map((n) => [n.id, n]));
    expect(byId.get(visible)!.hidden).toBeUndefined();
    for (const id of ['n-typed', 'n-copy', 'n-imported']) expect(byId.get(id)!.hidden, id).toBe(true);
    // Editing a note does not turn it over; moving it neither.
    ok(h, ops.setNoteText, { id: visible, text: 'edited during the round' });
    expect(h.current.notes.find((n) => n.id === visible)!.hidden).toBeUndefined();
  });

  it('leaves a whole map put back (a backup) as it was: its notes are not written in the round', () => {
    const h = historyOf();
    addNotes(h, L.actions, S.awareness, ['n-kept']);
    const backup = h.current;
    ok(h, ops.deleteNotes, { ids: ['n-kept'] });
    h.setPolicy(silent);
    ok(h, ops.replaceMap, { map: backup });
    expect(h.current.notes.find((n) => n.id === 'n-kept')!.hidden).toBeUndefined();
    // A keystroke in the round touches only its note (no face-down pass over the map).
    const before = h.current.notes;
    ok(h, ops.setNoteText, { id: 'n-kept', text: 'typed in the round' });
    expect(h.current.notes.filter((n, i) => n !== before[i]).map((n) => n.id)).toEqual(['n-kept']);
  });

  it('ends: notes added afterwards are face up; Reveal turns all over as one step, locked lane or not', () => {
    const h = historyOf();
    h.setPolicy(silent);
    addNotes(h, L.painPoints, S.awareness, ['a', 'b']);
    addNotes(h, L.opportunities, S.awareness, ['c']);
    h.setPolicy(null);
    addNotes(h, L.actions, S.awareness, ['n-after']);
    expect(h.current.notes.filter((n) => n.hidden).length).toBe(3);
    ok(h, ops.setLaneLocked, { id: L.painPoints, locked: true });
    h.seal();
    const depth = h.depth;
    expect(ok(h, ops.revealNotes, {})).toBe(3);
    expect(h.depth).toBe(depth + 1);
    expect(h.current.notes.some((n) => n.hidden)).toBe(false);
    h.undo();
    expect(h.current.notes.filter((n) => n.hidden).map((n) => n.id).sort()).toEqual(['a', 'b', 'c']);
  });
});

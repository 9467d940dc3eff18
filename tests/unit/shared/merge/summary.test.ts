// mapsEqual compares maps as the canonical writer writes them; the summary
// counts what the merge changes in the map on screen (mine), for the UI.
import { describe, expect, it } from 'vitest';
import { mapsEqual, mergeMaps } from '../../../../shared/merge';
import { ops } from '../../../../shared/ops';
import { L, none, ok, S, threeMaps } from './fixtures';

describe('mapsEqual', () => {
  it('is true for maps written the same, whatever defaults or key order they hold', () => {
    const { base } = threeMaps(none, none);
    const sameBytes = { ...base, goal: '', reviewBy: null, notes: base.notes.map((n) => ({ votes: 0, ...n, hidden: false })) };
    expect(mapsEqual(base, sameBytes)).toBe(true);
    expect(mapsEqual(base, { ...base, title: 'Other' })).toBe(false);
    expect(mapsEqual(base, { ...base, notes: [...base.notes].reverse() })).toBe(false);
  });
});

describe('the summary of a merge', () => {
  it('counts what the merged map adds, removes and changes against mine, and the conflicts', () => {
    const { base, mine, theirs } = threeMaps(
      (h) => ok(h, ops.setNoteText, { id: 'n1', text: 'Mine' }),
      (h) => {
        ok(h, ops.setNoteText, { id: 'n1', text: 'Theirs' });
        ok(h, ops.addNote, { id: 'n4', lane: L.actions, stage: S.purchase, text: 'Pays' });
        ok(h, ops.deleteNotes, { ids: ['n3'] });
        ok(h, ops.renameStage, { id: S.purchase, title: 'Checkout' });
        ok(h, ops.setTitle, { title: 'Renamed' });
      },
    );
    const result = mergeMaps(base, mine, theirs);
    // Added: n4 and the marked copy of their n1. Removed: n3. Changed: a stage and the title.
    expect(result.summary).toEqual({ added: 2, removed: 1, changed: 2, conflicts: 1 });
  });
});

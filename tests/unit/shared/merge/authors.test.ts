// Who wrote a note travels with it through a merge by id: a note written from
// a phone on one laptop's copy arrives with its author, and an edit made on
// the other copy leaves the author as it was.
import { describe, expect, it } from 'vitest';
import { mergeMaps } from '../../../../shared/merge';
import { ops } from '../../../../shared/ops';
import { expectClean, L, noteOf, ok, S, threeMaps } from './fixtures';

describe('a note’s author in a merge', () => {
  it('arrives with notes either side added, and stays when the other side edits the note', () => {
    const { base, mine, theirs } = threeMaps(
      (h) => {
        ok(h, ops.addNote, { id: 'mine-1', lane: L.painPoints, stage: S.purchase, text: 'Card declined', fields: { author: 'Dewi' } });
        ok(h, ops.setNoteText, { id: 'n-dewi', text: 'Sees an advert on the bus' });
      },
      (h) => {
        ok(h, ops.addNote, { id: 'theirs-1', lane: L.painPoints, stage: S.retention, text: 'No receipt', fields: { author: 'Budi' } });
        ok(h, ops.setVotes, { ids: ['n-dewi'], value: 3 });
      },
      { setup: (h) => ok(h, ops.addNote, { id: 'n-dewi', lane: L.actions, stage: S.awareness, text: 'Sees an advert', fields: { author: 'Dewi' } }) },
    );
    const result = mergeMaps(base, mine, theirs);
    expect(noteOf(result.map, 'mine-1').author).toBe('Dewi');
    expect(noteOf(result.map, 'theirs-1').author).toBe('Budi');
    expect(noteOf(result.map, 'n-dewi')).toMatchObject({ text: 'Sees an advert on the bus', votes: 3, author: 'Dewi' });
    expect(result.conflicts).toEqual([]);
    expect(expectClean(result)).toContain('"author": "Budi"');
  });
});

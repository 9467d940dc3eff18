// The results of a dot-voting round (most votes first, ties in journey
// order, shared ranks) and "Make opportunities" from them: one note per
// chosen note in the same stage of the first opportunities lane (the lane
// added, named in the map's language, when there is none), the votes left on
// the originals and recorded on each new note with the note it was made from
// (kept through clearing the votes, deleting the source, copies), the whole
// batch one undo step.
import { describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../../../shared/format';
import type { History } from '../../../../shared/history/history';
import { ops } from '../../../../shared/ops';
import { makeOpportunities, planOpportunities, type NewId } from '../../../../shared/voting/opportunities';
import { rankVotes, topCut, voteTotals } from '../../../../shared/voting/results';
import { assertReadsCleanly, blankMap, expectRefused, historyOf, L, ok, S } from '../ops/fixtures';
import { notesHiddenInFile } from '../../../support/fileSays';

function ids(): NewId {
  let n = 0;
  return (kind) => `${kind === 'lane' ? 'ln' : 'nt'}-new-${++n}`;
}

/** Notes with votes: [id, lane, stage, votes, text]. */
function mapWith(notes: [string, string, string, number, string?][], locale: 'en' | 'id' = 'en'): History {
  const h = historyOf(blankMap('current-state', locale));
  for (const [id, lane, stage, votes, text] of notes) {
    ok(h, ops.addNote, { id, lane, stage, text: text ?? `text of ${id}` });
    if (votes) ok(h, ops.setVotes, { ids: [id], value: votes });
  }
  h.seal();
  return h;
}

const ranked = (map: JourneyMap, lanes: string[] | null) => rankVotes(map, lanes).map((r) => [r.rank, r.note.id, r.votes]);

describe('rankVotes', () => {
  it('ranks by votes, ties by stage, then lane, then the order in the cell', () => {
    const h = mapWith([
      ['late-5', L.painPoints, S.advocacy, 5],
      ['early-5', L.painPoints, S.awareness, 5],
      ['opp-5', L.opportunities, S.awareness, 5],
      ['top', L.painPoints, S.retention, 9],
      ['early-5-b', L.painPoints, S.awareness, 5],
      ['two', L.painPoints, S.purchase, 2],
      ['none', L.painPoints, S.purchase, 0],
      ['action', L.actions, S.awareness, 7],
    ]);
    expect(ranked(h.current, [L.painPoints, L.opportunities])).toEqual([
      [1, 'top', 9],
      [2, 'early-5', 5],
      [2, 'early-5-b', 5],
      [2, 'opp-5', 5],
      [2, 'late-5', 5],
      [6, 'two', 2],
    ]);
    // Every lane when none are named.
    expect(ranked(h.current, null).slice(0, 2)).toEqual([[1, 'top', 9], [2, 'action', 7]]);
    const first = rankVotes(h.current, [L.painPoints])[0]!;
    expect([first.stage.id, first.lane.id]).toEqual([S.retention, L.painPoints]);
  });

  it('counts the voted notes and their votes', () => {
    const h = mapWith([['a', L.painPoints, S.awareness, 3], ['b', L.painPoints, S.purchase, 0], ['c', L.actions, S.awareness, 4]]);
    expect(voteTotals(h.current, [L.painPoints])).toEqual({ notes: 1, votes: 3 });
    expect(voteTotals(h.current, null)).toEqual({ notes: 2, votes: 7 });
  });
});

describe('topCut', () => {
  const h = mapWith([
    ['nine', L.painPoints, S.retention, 9],
    ['seven', L.painPoints, S.awareness, 7],
    ['five-a', L.painPoints, S.awareness, 5],
    ['five-b', L.painPoints, S.purchase, 5],
    ['five-c', L.painPoints, S.advocacy, 5],
    ['two', L.painPoints, S.purchase, 2],
  ]);
  const results = rankVotes(h.current, [L.painPoints]);
  const cut = (n: number) => {
    const { sure, tied, places } = topCut(results, n);
    return { sure: sure.map((r) => r.note.id), tied: tied.map((r) => r.note.id), places };
  };

  it('takes the top n whole when the cut falls between different counts', () => {
    expect(cut(2)).toEqual({ sure: ['nine', 'seven'], tied: [], places: 0 });
    expect(cut(5)).toEqual({ sure: ['nine', 'seven', 'five-a', 'five-b', 'five-c'], tied: [], places: 0 });
    expect(cut(9)).toEqual({ sure: results.map((r) => r.note.id), tied: [], places: 0 });
  });

  it('names every note tied at the cut and how many places they share, never picking by journey order', () => {
    expect(cut(3)).toEqual({ sure: ['nine', 'seven'], tied: ['five-a', 'five-b', 'five-c'], places: 1 });
    expect(cut(4)).toEqual({ sure: ['nine', 'seven'], tied: ['five-a', 'five-b', 'five-c'], places: 2 });
  });
});

describe('makeOpportunities', () => {
  it('adds one note per chosen note in the same stage of the opportunities lane, as one undo step', () => {
    const h = mapWith([
      ['hidden-prices', L.painPoints, S.consideration, 8, 'Prices only on request'],
      ['long-form', L.painPoints, S.purchase, 4, 'The sign-up form is long'],
    ]);
    const before = h.current;
    const depth = h.depth;
    const result = makeOpportunities(h, ['hidden-prices', 'long-form'], ids());
    expect(result.ok).toBe(true);
    expect(h.depth).toBe(depth + 1);
    const added = h.current.notes.filter((n) => n.lane === L.opportunities);
    expect(added.map((n) => [n.stage, n.text, n.votes])).toEqual([
      [S.consideration, 'Prices only on request', undefined],
      [S.purchase, 'The sign-up form is long', undefined],
    ]);
    // The votes stay on the pain points; each new note records where it came from, and with how many.
    expect(h.current.notes.find((n) => n.id === 'hidden-prices')!.votes).toBe(8);
    expect(added.map((n) => n.madeFrom)).toEqual([
      { note: 'hidden-prices', votes: 8 },
      { note: 'long-form', votes: 4 },
    ]);
    assertReadsCleanly(h.current);
    h.undo();
    expect(h.current).toEqual(before);
  });

  it('keeps what each opportunity was made from when the votes are cleared, the source deleted, or the opportunity copied', () => {
    const h = mapWith([['hidden-prices', L.painPoints, S.consideration, 8, 'Prices only on request']]);
    const made = makeOpportunities(h, ['hidden-prices'], ids());
    if (!made.ok) throw new Error('refused');
    const id = made.value.notes[0]!.id;
    const record = { note: 'hidden-prices', votes: 8 };
    ok(h, ops.resetVotes, { lanes: [L.painPoints] });
    expect(h.current.notes.find((n) => n.id === 'hidden-prices')!.votes).toBeUndefined();
    ok(h, ops.deleteNotes, { ids: ['hidden-prices'] });
    expect(h.current.notes.find((n) => n.id === id)!.madeFrom).toEqual(record);
    // A record of a note deleted since is no problem in the file.
    assertReadsCleanly(h.current);
    ok(h, ops.duplicateNotes, { ids: [id], newIds: ['copy'] });
    expect(h.current.notes.find((n) => n.id === 'copy')!.madeFrom).toEqual(record);
    // Pasted: the note's keys come back through addNote's fields.
    const { id: _id, lane: _lane, stage: _stage, text, ...fields } = h.current.notes.find((n) => n.id === id)!;
    ok(h, ops.addNote, { id: 'pasted', lane: L.opportunities, stage: S.purchase, text, fields });
    expect(h.current.notes.find((n) => n.id === 'pasted')!.madeFrom).toEqual(record);
    // Undo takes the copies away and brings the source back with its votes.
    h.undo();
    h.undo();
    h.undo();
    h.undo();
    expect(h.current.notes.find((n) => n.id === 'hidden-prices')!.votes).toBe(8);
  });

  it('refuses a new note whose record of where it came from breaks the format', () => {
    const h = mapWith([]);
    const add = (madeFrom: unknown) => ({ id: 'n', lane: L.opportunities, stage: S.purchase, text: 'x', fields: { madeFrom: madeFrom as never } });
    expectRefused(h, ops.addNote, add({ note: 'a b', votes: 1 }), { code: 'invalid' });
    expectRefused(h, ops.addNote, add({ note: 'a', votes: 10_000 }), { code: 'invalid' });
    expectRefused(h, ops.addNote, add({ note: 'a' }), { code: 'invalid' });
    expectRefused(h, ops.addNote, add('a'), { code: 'invalid' });
  });

  it('adds nothing twice, and leaves notes that are already opportunities or face down', () => {
    const h = mapWith([
      ['p', L.painPoints, S.awareness, 3, 'No live chat'],
      ['same-words', L.painPoints, S.awareness, 2, '  no live chat '],
      ['o', L.opportunities, S.awareness, 5, 'Add live chat'],
      ['secret', L.painPoints, S.retention, 1, 'Not yet revealed'],
    ]);
    expect(notesHiddenInFile(h, ['secret'], true).ok).toBe(true);
    const first = makeOpportunities(h, ['p', 'same-words', 'o', 'secret', 'ghost'], ids());
    if (!first.ok) throw new Error('refused');
    expect(first.value.notes.map((n) => n.from)).toEqual(['p']);
    expect(first.value.skipped).toEqual({ alreadyOpportunity: 1, alreadyThere: 1, faceDown: 1, gone: 1 });
    const depth = h.depth;
    const again = makeOpportunities(h, ['p'], ids());
    expect(again.ok && again.value.changed).toBe(false);
    expect(h.depth).toBe(depth);
  });

  it('adds an opportunities lane, named in the map language, below the pain points when the map has none', () => {
    for (const [locale, title] of [['en', 'Opportunities'], ['id', 'Peluang']] as const) {
      const h = mapWith([['p', L.painPoints, S.purchase, 2]], locale);
      ok(h, ops.deleteLane, { id: L.opportunities });
      const depth = h.depth;
      const result = makeOpportunities(h, ['p'], ids());
      expect(result.ok).toBe(true);
      const lanes = h.current.lanes;
      const index = lanes.findIndex((l) => l.kind === 'opportunities');
      expect(lanes[index]!.title).toBe(title);
      expect(lanes[index - 1]!.kind).toBe('pain-points');
      expect(h.current.notes.filter((n) => n.lane === lanes[index]!.id).map((n) => n.stage)).toEqual([S.purchase]);
      expect(h.depth).toBe(depth + 1);
      h.undo();
      expect(h.current.lanes.some((l) => l.kind === 'opportunities')).toBe(false);
    }
  });

  it('is refused as a whole, the map unchanged, when the opportunities lane is locked', () => {
    const h = mapWith([['p', L.painPoints, S.purchase, 2], ['q', L.painPoints, S.awareness, 1]]);
    ok(h, ops.setLaneLocked, { id: L.opportunities, locked: true });
    const before = h.current;
    const result = makeOpportunities(h, ['p', 'q'], ids());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.refusal).toMatchObject({ code: 'lane-locked' });
    expect(h.current).toBe(before);
  });

  it('plans without changing the map', () => {
    const h = mapWith([['p', L.painPoints, S.purchase, 2]]);
    const before = h.current;
    const plan = planOpportunities(h.current, ['p'], ids());
    expect(plan.lane).toMatchObject({ id: L.opportunities, add: false });
    expect(plan.notes).toHaveLength(1);
    expect(h.current).toBe(before);
  });
});

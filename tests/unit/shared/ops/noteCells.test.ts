// Notes in their cells: adding at a position, typing, moving several at once
// to a cell and a position in it (their order kept), duplicating, deleting,
// and what a locked lane forbids.
import { describe, expect, it } from 'vitest';
import { LIMITS, type JourneyMap } from '../../../../shared/format';
import { ops } from '../../../../shared/ops';
import { addNotes, blankMap, cell, expectRefused, historyOf, L, note, ok, S } from './fixtures';

const allIds = (map: JourneyMap) => map.notes.map((n) => n.id);

describe('adding a note', () => {
  it('adds an empty note, or one with text and fields, at the end of its cell', () => {
    const h = historyOf();
    ok(h, ops.addNote, { id: 'n1', lane: L.actions, stage: S.awareness });
    ok(h, ops.addNote, { id: 'n2', lane: L.actions, stage: S.awareness, text: 'Mencari "software akuntansi"', fields: { emotion: -1, votes: 3, tags: ['seo'] } });
    expect(note(h.current, 'n1')).toEqual({ id: 'n1', lane: L.actions, stage: S.awareness, text: '' });
    expect(note(h.current, 'n2')).toMatchObject({ text: 'Mencari "software akuntansi"', emotion: -1, votes: 3, tags: ['seo'] });
    expect(cell(h.current, L.actions, S.awareness)).toEqual(['n1', 'n2']);
  });

  it('lands at a position within its cell, whatever notes of other cells sit between', () => {
    const h = historyOf();
    addNotes(h, L.actions, S.awareness, ['a']);
    addNotes(h, L.thoughts, S.awareness, ['other']);
    addNotes(h, L.actions, S.awareness, ['c']);
    ok(h, ops.addNote, { id: 'b', lane: L.actions, stage: S.awareness, position: 1 });
    ok(h, ops.addNote, { id: 'first', lane: L.actions, stage: S.awareness, position: 0 });
    ok(h, ops.addNote, { id: 'last', lane: L.actions, stage: S.awareness, position: 99 });
    expect(cell(h.current, L.actions, S.awareness)).toEqual(['first', 'a', 'b', 'c', 'last']);
    expect(cell(h.current, L.thoughts, S.awareness)).toEqual(['other']);
  });

  it('refuses a taken or malformed id, an unknown lane or stage, and over-long text', () => {
    const h = historyOf();
    addNotes(h, L.actions, S.awareness, ['n1']);
    expectRefused(h, ops.addNote, { id: 'n1', lane: L.actions, stage: S.awareness }, { code: 'id-taken', collection: 'notes', id: 'n1' });
    expectRefused(h, ops.addNote, { id: 'n 2', lane: L.actions, stage: S.awareness }, { code: 'invalid', field: 'id' });
    expectRefused(h, ops.addNote, { id: 'n2', lane: 'ln-nope', stage: S.awareness }, { code: 'not-found', collection: 'lanes', id: 'ln-nope' });
    expectRefused(h, ops.addNote, { id: 'n2', lane: L.actions, stage: 'st-nope' }, { code: 'not-found', collection: 'stages', id: 'st-nope' });
    expectRefused(h, ops.addNote, { id: 'n2', lane: L.actions, stage: S.awareness, text: 'x'.repeat(10_001) }, { code: 'invalid', field: 'text' });
    expectRefused(h, ops.addNote, { id: 'n2', lane: L.actions, stage: S.awareness, fields: { emotion: 3 as never } }, { code: 'invalid', field: 'emotion' });
  });

  it('refuses the 100,001st note', () => {
    const map = blankMap();
    map.notes = Array.from({ length: LIMITS.maxNotes }, (_, i) => ({ id: `n${i}`, lane: L.actions, stage: S.awareness, text: '' }));
    expectRefused(historyOf(map), ops.addNote, { id: 'one-more', lane: L.actions, stage: S.awareness }, { code: 'too-many', collection: 'notes', limit: LIMITS.maxNotes });
  });
});

describe('typing into a note', () => {
  it('sets the text, up to 10,000 characters, empty included', () => {
    const h = historyOf();
    addNotes(h, L.thoughts, S.consideration, ['n1']);
    ok(h, ops.setNoteText, { id: 'n1', text: 'Kenapa harga harus "hubungi sales"? 😤' });
    expect(note(h.current, 'n1').text).toBe('Kenapa harga harus "hubungi sales"? 😤');
    ok(h, ops.setNoteText, { id: 'n1', text: '😤'.repeat(10_000) });
    ok(h, ops.setNoteText, { id: 'n1', text: '' });
    expect(note(h.current, 'n1').text).toBe('');
  });

  it('refuses 10,001 characters and an unknown note', () => {
    const h = historyOf();
    addNotes(h, L.thoughts, S.consideration, ['n1']);
    expectRefused(h, ops.setNoteText, { id: 'n1', text: 'x'.repeat(10_001) }, { code: 'invalid', field: 'text' });
    expectRefused(h, ops.setNoteText, { id: 'ghost', text: 'boo' }, { code: 'not-found', collection: 'notes', id: 'ghost' });
  });
});

describe('moving notes', () => {
  function board() {
    const h = historyOf();
    addNotes(h, L.actions, S.awareness, ['a1', 'a2', 'a3', 'a4']);
    addNotes(h, L.painPoints, S.purchase, ['p1', 'p2']);
    return h;
  }

  it('moves one note to the end of another cell', () => {
    const h = board();
    ok(h, ops.moveNotes, { ids: ['a2'], lane: L.painPoints, stage: S.purchase });
    expect(cell(h.current, L.painPoints, S.purchase)).toEqual(['p1', 'p2', 'a2']);
    expect(cell(h.current, L.actions, S.awareness)).toEqual(['a1', 'a3', 'a4']);
    expect(note(h.current, 'a2')).toMatchObject({ lane: L.painPoints, stage: S.purchase, text: 'note a2' });
  });

  it('moves several at once to a position, keeping their order on the board whatever order they are named in', () => {
    const h = board();
    ok(h, ops.moveNotes, { ids: ['a4', 'a1', 'a3'], lane: L.painPoints, stage: S.purchase, position: 1 });
    expect(cell(h.current, L.painPoints, S.purchase)).toEqual(['p1', 'a1', 'a3', 'a4', 'p2']);
    expect(cell(h.current, L.actions, S.awareness)).toEqual(['a2']);
  });

  it('moves notes to the front of their own cell, or into an empty cell', () => {
    const h = board();
    ok(h, ops.moveNotes, { ids: ['a3', 'a4'], lane: L.actions, stage: S.awareness, position: 0 });
    expect(cell(h.current, L.actions, S.awareness)).toEqual(['a3', 'a4', 'a1', 'a2']);
    ok(h, ops.moveNotes, { ids: ['p2', 'a1'], lane: L.opportunities, stage: S.advocacy, position: 0 });
    expect(cell(h.current, L.opportunities, S.advocacy)).toEqual(['a1', 'p2']);
  });

  it('refuses an unknown note, lane or stage', () => {
    const h = board();
    expectRefused(h, ops.moveNotes, { ids: ['a1', 'ghost'], lane: L.thoughts, stage: S.purchase }, { code: 'not-found', collection: 'notes', id: 'ghost' });
    expectRefused(h, ops.moveNotes, { ids: ['a1'], lane: 'ln-nope', stage: S.purchase }, { code: 'not-found', collection: 'lanes' });
    expectRefused(h, ops.moveNotes, { ids: ['a1'], lane: L.thoughts, stage: 'st-nope' }, { code: 'not-found', collection: 'stages' });
  });
});

describe('duplicating notes', () => {
  it('puts each copy right after its original, with every field and the new id', () => {
    const h = historyOf();
    ok(h, ops.addNote, { id: 'o1', lane: L.opportunities, stage: S.retention, text: 'Onboarding call', fields: { owner: 'CS team', priority: 'high', tags: ['onboarding'] } });
    addNotes(h, L.opportunities, S.retention, ['o2']);
    ok(h, ops.duplicateNotes, { ids: ['o1', 'o2'], newIds: ['o1-copy', 'o2-copy'] });
    expect(cell(h.current, L.opportunities, S.retention)).toEqual(['o1', 'o1-copy', 'o2', 'o2-copy']);
    expect(note(h.current, 'o1-copy')).toEqual({ ...note(h.current, 'o1'), id: 'o1-copy' });
  });

  it('refuses a new id already taken (twice over, too), a malformed one, and an unknown note', () => {
    const h = historyOf();
    addNotes(h, L.actions, S.awareness, ['n1', 'n2']);
    expectRefused(h, ops.duplicateNotes, { ids: ['n1'], newIds: ['n2'] }, { code: 'id-taken', collection: 'notes', id: 'n2' });
    expectRefused(h, ops.duplicateNotes, { ids: ['n1', 'n2'], newIds: ['c', 'c'] }, { code: 'id-taken', id: 'c' });
    expectRefused(h, ops.duplicateNotes, { ids: ['n1'], newIds: ['bad id'] }, { code: 'invalid', field: 'id' });
    expectRefused(h, ops.duplicateNotes, { ids: ['ghost'], newIds: ['c'] }, { code: 'not-found', collection: 'notes' });
  });
});

describe('deleting notes', () => {
  it('deletes several at once, reporting how many went, and leaves the rest in order', () => {
    const h = historyOf();
    addNotes(h, L.actions, S.awareness, ['a', 'b', 'c', 'd']);
    expect(ok(h, ops.deleteNotes, { ids: ['d', 'b'] })).toEqual({ removedNotes: 2 });
    expect(allIds(h.current)).toEqual(['a', 'c']);
  });

  it('counts only notes that exist: an unknown id removes nothing and is no step', () => {
    const h = historyOf();
    addNotes(h, L.actions, S.awareness, ['a']);
    const before = h.current;
    expect(ok(h, ops.deleteNotes, { ids: ['ghost'] })).toEqual({ removedNotes: 0 });
    expect(h.current).toBe(before);
  });
});

describe('a locked lane', () => {
  function lockedBoard() {
    const h = historyOf();
    addNotes(h, L.painPoints, S.purchase, ['locked1', 'locked2']);
    addNotes(h, L.actions, S.purchase, ['free']);
    ok(h, ops.setLaneLocked, { id: L.painPoints, locked: true });
    return h;
  }
  const reason = { code: 'lane-locked', lane: 'Pain points' } as const;

  it('refuses edits to its notes’ text and fields', () => {
    const h = lockedBoard();
    expectRefused(h, ops.setNoteText, { id: 'locked1', text: 'changed' }, reason);
    expectRefused(h, ops.setEmotion, { ids: ['locked1'], value: -2 }, reason);
    expectRefused(h, ops.recolourNotes, { ids: ['free', 'locked2'], value: '#FF0000' }, reason);
    expectRefused(h, ops.setEvidence, { ids: ['locked1'], evidence: 'observed' }, reason);
  });

  it('refuses moving its notes out, and moving or adding notes into it', () => {
    const h = lockedBoard();
    expectRefused(h, ops.moveNotes, { ids: ['locked1'], lane: L.actions, stage: S.purchase }, reason);
    expectRefused(h, ops.moveNotes, { ids: ['free'], lane: L.painPoints, stage: S.purchase }, reason);
    expectRefused(h, ops.addNote, { id: 'new', lane: L.painPoints, stage: S.purchase }, reason);
  });

  it('refuses deleting or duplicating its notes', () => {
    const h = lockedBoard();
    expectRefused(h, ops.deleteNotes, { ids: ['free', 'locked2'] }, reason);
    expectRefused(h, ops.duplicateNotes, { ids: ['locked1'], newIds: ['copy'] }, reason);
  });

  it('lets everything through again once unlocked', () => {
    const h = lockedBoard();
    ok(h, ops.setLaneLocked, { id: L.painPoints, locked: false });
    ok(h, ops.setNoteText, { id: 'locked1', text: 'changed' });
    ok(h, ops.moveNotes, { ids: ['locked2'], lane: L.actions, stage: S.purchase });
    expect(ok(h, ops.deleteNotes, { ids: ['locked1'] })).toEqual({ removedNotes: 1 });
  });
});

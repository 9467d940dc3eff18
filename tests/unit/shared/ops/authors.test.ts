// Who wrote a note (docs/format.md, `author`): set once, when a participant's
// note is added, and carried by everything that copies a note. No operation
// changes it afterwards; an export can leave it out.
import { describe, expect, it } from 'vitest';
import { writeCjm } from '../../../../shared/format';
import { ops } from '../../../../shared/ops';
import { expectRefused, historyOf, L, note, ok, S } from './fixtures';

describe('adding a note with its author', () => {
  it('keeps the name, trimmed and in one Unicode form, and writes it last among the note’s keys', () => {
    const h = historyOf();
    // "Jose" with a combining acute accent, as some phone keyboards type it.
    ok(h, ops.addNote, { id: 'n1', lane: L.painPoints, stage: S.purchase, text: 'QRIS failed', fields: { votes: 2, author: '  Jose\u0301 ' } });
    expect(note(h.current, 'n1').author).toBe('Jos\u00e9');
    expect(writeCjm(h.current)).toContain('"votes": 2,\n      "author": "José"\n');
  });

  it('leaves a name of spaces only out, as no name', () => {
    const h = historyOf();
    ok(h, ops.addNote, { id: 'n1', lane: L.painPoints, stage: S.purchase, text: 'QRIS failed', fields: { author: '   ' } });
    expect(Object.hasOwn(note(h.current, 'n1'), 'author')).toBe(false);
  });

  it('refuses a name longer than 40 characters and one that is not text, changing nothing', () => {
    const h = historyOf();
    expectRefused(h, ops.addNote, { id: 'n1', lane: L.painPoints, stage: S.purchase, fields: { author: 'x'.repeat(41) } }, { code: 'invalid', field: 'author' });
    const notText = { author: { name: 'Dewi' } } as unknown as { author: string };
    expectRefused(h, ops.addNote, { id: 'n1', lane: L.painPoints, stage: S.purchase, fields: notText }, { code: 'invalid', field: 'author' });
    ok(h, ops.addNote, { id: 'n1', lane: L.painPoints, stage: S.purchase, fields: { author: '🌱'.repeat(40) } });
    expect(note(h.current, 'n1').author).toBe('🌱'.repeat(40));
  });
});

describe('copies carry the author', () => {
  it('a duplicate keeps it, and undo takes the copy away again', () => {
    const h = historyOf();
    ok(h, ops.addNote, { id: 'n1', lane: L.painPoints, stage: S.purchase, text: 'Promo code ignored', fields: { author: 'Dewi' } });
    h.seal();
    const before = writeCjm(h.current);
    ok(h, ops.duplicateNotes, { ids: ['n1'], newIds: ['n1-copy'] });
    expect(note(h.current, 'n1-copy')).toEqual({ ...note(h.current, 'n1'), id: 'n1-copy', author: 'Dewi' });
    h.undo();
    expect(writeCjm(h.current)).toBe(before);
  });

  it('a pasted note (the whole note as its fields) keeps it, and moving a note keeps it', () => {
    const h = historyOf();
    ok(h, ops.addNote, { id: 'n1', lane: L.painPoints, stage: S.purchase, text: 'Promo code ignored', fields: { author: 'Budi' } });
    const { id: _id, lane: _lane, stage: _stage, text, ...fields } = note(h.current, 'n1');
    ok(h, ops.addNote, { id: 'n2', lane: L.thoughts, stage: S.awareness, text, fields });
    ok(h, ops.moveNotes, { ids: ['n1'], lane: L.actions, stage: S.retention });
    expect([note(h.current, 'n1').author, note(h.current, 'n2').author]).toEqual(['Budi', 'Budi']);
  });
});

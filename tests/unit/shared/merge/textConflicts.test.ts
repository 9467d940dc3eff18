// No text is ever dropped: when both sides changed a note's text, the side
// not chosen stays beside it as a marked copy note in the same cell, its
// marker in the map's language; a persona's bio or quote not chosen is
// appended after a marker, or kept in an extension when it would not fit.
import { describe, expect, it } from 'vitest';
import { mergeMaps, resolveConflicts } from '../../../../shared/merge';
import { ops } from '../../../../shared/ops';
import { cell, expectClean, L, noteOf, ok, S, threeMaps } from './fixtures';
import { notesHiddenInFile } from '../../../support/fileSays';

const bothEdit = (mine: string, theirs: string, locale: 'en' | 'id' = 'en') =>
  threeMaps((h) => ok(h, ops.setNoteText, { id: 'n1', text: mine }), (h) => ok(h, ops.setNoteText, { id: 'n1', text: theirs }), { locale });

describe('a note’s text changed on both sides', () => {
  it('keeps theirs as a marked copy right after mine, in English', () => {
    const { base, mine, theirs } = bothEdit('Sees an advert on TV', 'Sees an advert on the bus');
    const result = mergeMaps(base, mine, theirs);
    expect(cell(result.map, L.actions, S.awareness)).toEqual(['n1', 'n1-theirs', 'n2']);
    expect(noteOf(result.map, 'n1').text).toBe('Sees an advert on TV');
    expect(noteOf(result.map, 'n1-theirs')).toEqual({
      id: 'n1-theirs',
      lane: L.actions,
      stage: S.awareness,
      text: '[Their version] Sees an advert on the bus',
      'x-merge': { side: 'theirs', of: 'n1' },
    });
    expect(result.conflicts).toMatchObject([{ key: 'notes/n1/text', path: 'notes[0].text', kept: { side: 'theirs', as: 'copy', id: 'n1-theirs', marked: true } }]);
    expectClean(result);
  });

  it('keeps mine as the copy when theirs is chosen, in Indonesian', () => {
    const { base, mine, theirs } = bothEdit('Melihat iklan di TV', 'Melihat iklan di bus', 'id');
    const provisional = mergeMaps(base, mine, theirs);
    expect(noteOf(provisional.map, 'n1-theirs').text).toBe('[Versi mereka] Melihat iklan di bus');
    const result = resolveConflicts(provisional, 'theirs');
    expect(noteOf(result.map, 'n1').text).toBe('Melihat iklan di bus');
    expect(noteOf(result.map, 'n1-mine')).toMatchObject({ text: '[Versi saya] Melihat iklan di TV', 'x-merge': { side: 'mine', of: 'n1' } });
    expect(result.map.notes.some((n) => n.id === 'n1-theirs')).toBe(false);
    expectClean(result);
  });

  it('writes the marker in the merged map’s language', () => {
    const { base, mine, theirs } = threeMaps(
      (h) => ok(h, ops.setNoteText, { id: 'n1', text: 'A' }),
      (h) => {
        ok(h, ops.setNoteText, { id: 'n1', text: 'B' });
        ok(h, ops.setLocale, { locale: 'id-ID' });
      },
    );
    expect(noteOf(mergeMaps(base, mine, theirs).map, 'n1-theirs').text).toBe('[Versi mereka] B');
  });

  it('follows the note to the cell the merge chose, and keeps the copy hidden and coloured as that side had it', () => {
    const { base, mine, theirs } = threeMaps(
      (h) => ok(h, ops.setNoteText, { id: 'n3', text: 'Worth it' }),
      (h) => {
        ok(h, ops.setNoteText, { id: 'n3', text: 'Too dear' });
        ok(h, ops.recolourNotes, { ids: ['n3'], value: '#ffcc00' });
        expect(notesHiddenInFile(h, ['n3'], true).ok).toBe(true);
        ok(h, ops.moveNotes, { ids: ['n3'], lane: L.painPoints, stage: S.purchase });
      },
    );
    const result = mergeMaps(base, mine, theirs);
    expect(cell(result.map, L.painPoints, S.purchase)).toEqual(['n3', 'n3-theirs']);
    expect(noteOf(result.map, 'n3-theirs')).toMatchObject({ color: '#ffcc00', hidden: true });
  });

  it('makes no copy of an emptied text, and a fresh id if the usual one is taken', () => {
    const emptied = bothEdit('Kept', '');
    expect(mergeMaps(emptied.base, emptied.mine, emptied.theirs).map.notes).toHaveLength(3);

    const { base, mine, theirs } = threeMaps(
      (h) => ok(h, ops.setNoteText, { id: 'n1', text: 'A' }),
      (h) => ok(h, ops.setNoteText, { id: 'n1', text: 'B' }),
      { setup: (h) => ok(h, ops.addNote, { id: 'n1-theirs', lane: L.actions, stage: S.retention, text: 'taken' }) },
    );
    const result = mergeMaps(base, mine, theirs);
    expect(result.conflicts[0]!.kept).toEqual({ side: 'theirs', as: 'copy', id: 'n1-theirs-2', marked: true });
    expectClean(result);
  });

  it('keeps a text too long for the marker whole, marked only by its extension', () => {
    const long = 'x'.repeat(10_000);
    const { base, mine, theirs } = bothEdit('short', long);
    const result = mergeMaps(base, mine, theirs);
    expect(noteOf(result.map, 'n1-theirs')).toMatchObject({ text: long, 'x-merge': { side: 'theirs', of: 'n1' } });
    expect(result.conflicts[0]!.kept).toMatchObject({ marked: false });
    expectClean(result);
  });
});

describe('a persona’s bio or quote changed on both sides', () => {
  const personaEdits = (mine: object, theirs: object, locale: 'en' | 'id' = 'en') =>
    threeMaps((h) => ok(h, ops.updatePersona, { id: 'ps-1', fields: mine }), (h) => ok(h, ops.updatePersona, { id: 'ps-1', fields: theirs }), {
      locale,
      setup: (h) => ok(h, ops.addPersona, { id: 'ps-1', name: 'Rina', fields: { bio: 'Student', quote: 'Fast please' } }),
    });

  it('appends the side not chosen below the chosen text, after a marker', () => {
    const { base, mine, theirs } = personaEdits({ bio: 'Student in Bandung' }, { bio: 'Student, works part time' });
    const result = mergeMaps(base, mine, theirs);
    expect(result.map.personas[0]!.bio).toBe('Student in Bandung\n\n[Their version] Student, works part time');
    expect(result.conflicts[0]!.kept).toEqual({ side: 'theirs', as: 'appended' });
    expect(resolveConflicts(result, 'theirs').map.personas[0]!.bio).toBe('Student, works part time\n\n[My version] Student in Bandung');
    expectClean(result);
  });

  it('marks it in Indonesian in an Indonesian map', () => {
    const { base, mine, theirs } = personaEdits({ quote: 'Cepat saja' }, { quote: 'Jangan ribet' }, 'id');
    expect(mergeMaps(base, mine, theirs).map.personas[0]!.quote).toBe('Cepat saja\n\n[Versi mereka] Jangan ribet');
  });

  it('keeps it in an extension of the persona when appending would pass the limit', () => {
    const { base, mine, theirs } = personaEdits({ quote: 'q'.repeat(400) }, { quote: 'r'.repeat(400) });
    const result = mergeMaps(base, mine, theirs);
    expect(result.map.personas[0]).toMatchObject({ quote: 'q'.repeat(400), 'x-merge': { quote: { side: 'theirs', text: 'r'.repeat(400) } } });
    expect(result.conflicts[0]!.kept).toEqual({ side: 'theirs', as: 'extension', key: 'x-merge' });
    expectClean(result);
  });
});

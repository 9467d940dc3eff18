// Personas, stages, lanes, notes and assets are merged by id: added on one
// side, added; deleted on one side and unchanged on the other, deleted;
// deleted on one side and changed on the other, kept and reported; changed
// on both, field by field, with what both changed differently a conflict.
import { describe, expect, it } from 'vitest';
import { mergeMaps, resolveConflicts } from '../../../../shared/merge';
import { ops } from '../../../../shared/ops';
import { cell, expectClean, L, none, noteOf, ok, S, threeMaps, TINY_PNG } from './fixtures';

describe('collections merged by id', () => {
  it('add what either side added', () => {
    const { base, mine, theirs } = threeMaps(
      (h) => {
        ok(h, ops.addNote, { id: 'mine-1', lane: L.actions, stage: S.purchase, text: 'Pays by card' });
        ok(h, ops.addStage, { id: 'st-mine', title: 'Unboxing' });
        ok(h, ops.addPersona, { id: 'ps-mine', name: 'Sari' });
      },
      (h) => {
        ok(h, ops.addNote, { id: 'theirs-1', lane: L.emotions, stage: S.retention, text: 'Relieved' });
        ok(h, ops.addLane, { id: 'ln-theirs', kind: 'backstage', title: 'Warehouse' });
        ok(h, ops.setPersonaPhoto, { id: 'ps-1', photo: 'as-theirs', asset: TINY_PNG });
      },
      { setup: (h) => ok(h, ops.addPersona, { id: 'ps-1', name: 'Rina' }) },
    );
    const result = mergeMaps(base, mine, theirs);
    expect(noteOf(result.map, 'mine-1').text).toBe('Pays by card');
    expect(noteOf(result.map, 'theirs-1').text).toBe('Relieved');
    expect(result.map.stages.map((s) => s.id)).toContain('st-mine');
    expect(result.map.lanes.map((l) => l.id)).toContain('ln-theirs');
    expect(result.map.personas.map((p) => [p.id, p.photo])).toEqual([['ps-1', 'as-theirs'], ['ps-mine', undefined]]);
    expect(Object.keys(result.map.assets!)).toEqual(['as-theirs']);
    expect(result.conflicts).toEqual([]);
    expect(result.notices).toEqual([]);
    expectClean(result);
  });

  it('delete what one side deleted and the other left alone', () => {
    const { base, mine, theirs } = threeMaps(
      (h) => ok(h, ops.deleteNotes, { ids: ['n1'] }),
      (h) => {
        ok(h, ops.deleteStage, { id: S.advocacy });
        ok(h, ops.deleteLane, { id: L.painPoints });
      },
    );
    const result = mergeMaps(base, mine, theirs);
    expect(result.map.notes.map((n) => n.id)).toEqual(['n2', 'n3']);
    expect(result.map.stages.map((s) => s.id)).not.toContain(S.advocacy);
    expect(result.map.lanes.map((l) => l.id)).not.toContain(L.painPoints);
    expect(result.notices).toEqual([]);
  });

  it('keep what one side deleted and the other changed, and say so', () => {
    const { base, mine, theirs } = threeMaps(
      (h) => {
        ok(h, ops.deleteNotes, { ids: ['n1'] });
        ok(h, ops.deletePersona, { id: 'ps-1' });
      },
      (h) => {
        ok(h, ops.setNoteText, { id: 'n1', text: 'Sees an advert on the bus' });
        ok(h, ops.updatePersona, { id: 'ps-1', fields: { role: 'Student' } });
      },
      { setup: (h) => ok(h, ops.addPersona, { id: 'ps-1', name: 'Rina' }) },
    );
    const result = mergeMaps(base, mine, theirs);
    expect(noteOf(result.map, 'n1').text).toBe('Sees an advert on the bus');
    expect(result.map.personas).toEqual([{ id: 'ps-1', name: 'Rina', role: 'Student' }]);
    expect(result.notices).toEqual([
      { code: 'kept-edited', collection: 'personas', id: 'ps-1', deletedBy: 'mine' },
      { code: 'kept-edited', collection: 'notes', id: 'n1', deletedBy: 'mine' },
    ]);
    expectClean(result);
  });

  it('merge a thing both changed field by field: different fields both apply', () => {
    const { base, mine, theirs } = threeMaps(
      (h) => {
        ok(h, ops.setEmotion, { ids: ['n3'], value: -1 });
        ok(h, ops.moveNotes, { ids: ['n3'], lane: L.painPoints, stage: S.purchase });
        ok(h, ops.renameStage, { id: S.purchase, title: 'Checkout' });
      },
      (h) => {
        ok(h, ops.setNoteText, { id: 'n3', text: 'Is it worth the price?' });
        ok(h, ops.setTags, { ids: ['n3'], value: ['price'] });
        ok(h, ops.recolourStage, { id: S.purchase, color: '#aa3300' });
      },
    );
    const result = mergeMaps(base, mine, theirs);
    expect(noteOf(result.map, 'n3')).toEqual({ id: 'n3', lane: L.painPoints, stage: S.purchase, text: 'Is it worth the price?', emotion: -1, tags: ['price'] });
    expect(result.map.stages.find((s) => s.id === S.purchase)).toEqual({ id: S.purchase, title: 'Checkout', color: '#aa3300' });
    expect(result.conflicts).toEqual([]);
  });

  it('report each field both changed differently, with its path', () => {
    const { base, mine, theirs } = threeMaps(
      (h) => {
        ok(h, ops.setEmotion, { ids: ['n2'], value: 2 });
        ok(h, ops.renameLane, { id: L.thoughts, title: 'Gedanken' });
      },
      (h) => {
        ok(h, ops.setEmotion, { ids: ['n2'], value: -2 });
        ok(h, ops.renameLane, { id: L.thoughts, title: 'Pikiran' });
      },
    );
    const result = mergeMaps(base, mine, theirs);
    expect(result.conflicts).toEqual([
      { key: 'lanes/ln-thoughts/title', id: L.thoughts, collection: 'lanes', field: 'title', path: 'lanes[2].title', base: 'Thoughts', mine: 'Gedanken', theirs: 'Pikiran', resolution: 'mine' },
      { key: 'notes/n2/emotion', id: 'n2', collection: 'notes', field: 'emotion', path: 'notes[1].emotion', base: undefined, mine: 2, theirs: -2, resolution: 'mine' },
    ]);
    const theirsWin = resolveConflicts(result, 'theirs');
    expect(noteOf(theirsWin.map, 'n2').emotion).toBe(-2);
    expect(theirsWin.map.lanes[2]!.title).toBe('Pikiran');
  });

  it('move a note as a whole: moved to different cells on both sides is one conflict on its cell', () => {
    const { base, mine, theirs } = threeMaps(
      (h) => ok(h, ops.moveNotes, { ids: ['n1'], lane: L.thoughts, stage: S.awareness }),
      (h) => ok(h, ops.moveNotes, { ids: ['n1'], lane: L.actions, stage: S.consideration }),
    );
    const result = mergeMaps(base, mine, theirs);
    expect(result.conflicts).toMatchObject([
      {
        key: 'notes/n1/cell',
        field: 'cell',
        base: { lane: L.actions, stage: S.awareness },
        mine: { lane: L.thoughts, stage: S.awareness },
        theirs: { lane: L.actions, stage: S.consideration },
      },
    ]);
    expect(cell(result.map, L.thoughts, S.awareness)).toEqual(['n1']);
    expect(result.conflicts[0]!.path).toBe(`notes[${result.map.notes.findIndex((n) => n.id === 'n1')}]`);
    const theirsWin = resolveConflicts(result, 'theirs');
    expect(cell(theirsWin.map, L.actions, S.consideration)).toEqual(['n1']);
    expectClean(theirsWin);
  });

  it('merge a thing both sides added under one id as changed on both from nothing', () => {
    const { base, mine, theirs } = threeMaps(
      (h) => ok(h, ops.addStage, { id: 'st-new', title: 'Delivery', color: '#112233' }),
      (h) => ok(h, ops.addStage, { id: 'st-new', title: 'Shipping' }),
    );
    const result = mergeMaps(base, mine, theirs);
    expect(result.map.stages.filter((s) => s.id === 'st-new')).toEqual([{ id: 'st-new', title: 'Delivery', color: '#112233' }]);
    expect(result.conflicts).toMatchObject([{ key: 'stages/st-new/title', base: undefined, mine: 'Delivery', theirs: 'Shipping' }]);
  });

  it('merge an asset’s type, bytes and name together, as one file', () => {
    const jpeg = { mime: 'image/jpeg' as const, data: '/9j/4AAQSkZJRgABAQ==' };
    const { base, mine, theirs } = threeMaps(
      (h) => ok(h, ops.setNoteImage, { id: 'n1', image: 'as-1', asset: jpeg }),
      (h) => ok(h, ops.setNoteImage, { id: 'n1', image: 'as-1', asset: { ...TINY_PNG, name: 'dot.png' } }),
    );
    const result = mergeMaps(base, mine, theirs);
    expect(result.conflicts.map((c) => [c.key, c.field, c.path])).toEqual([['assets/as-1/file', 'file', 'assets["as-1"]']]);
    expect(result.map.assets!['as-1']).toEqual(jpeg);
    expect(resolveConflicts(result, 'theirs').map.assets!['as-1']).toEqual({ ...TINY_PNG, name: 'dot.png' });
    expectClean(result);
    expectClean(resolveConflicts(result, { 'assets/as-1/file': 'theirs' }));
  });

  it('treat a key holding its default as no key', () => {
    const { base, mine, theirs } = threeMaps(none, (h) => ok(h, ops.setEmotion, { ids: ['n1'], value: 1 }));
    const mineWithDefaults = { ...mine, notes: mine.notes.map((n) => (n.id === 'n1' ? { ...n, votes: 0, hidden: false } : n)) };
    const result = mergeMaps(base, mineWithDefaults, theirs);
    expect(result.conflicts).toEqual([]);
    expect(noteOf(result.map, 'n1').emotion).toBe(1);
  });
});

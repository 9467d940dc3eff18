// References stay valid: a lane, stage, persona or asset that one side
// deleted but that the merged map still needs is brought back (the deletion
// is undone and reported) rather than a note or a reference being lost; so
// is the last stage or lane.
import { describe, expect, it } from 'vitest';
import { mergeMaps } from '../../../../shared/merge';
import { ops } from '../../../../shared/ops';
import { cell, expectClean, L, none, ok, S, threeMaps, TINY_PNG } from './fixtures';
import { primaryPersonaInFile } from '../../../support/fileSays';

describe('references in the merged map', () => {
  it('bring back a lane the other side deleted when a note is still in it', () => {
    const { base, mine, theirs } = threeMaps(
      (h) => ok(h, ops.addNote, { id: 'new', lane: L.thoughts, stage: S.awareness, text: 'Looks cheap' }),
      (h) => ok(h, ops.deleteLane, { id: L.thoughts }),
    );
    const result = mergeMaps(base, mine, theirs);
    expect(result.map.lanes.map((l) => l.id)).toContain(L.thoughts);
    expect(cell(result.map, L.thoughts, S.awareness)).toEqual(['new']);
    // n3 was in that lane, unchanged by me: their deletion of it stands.
    expect(cell(result.map, L.thoughts, S.purchase)).toEqual([]);
    expect(result.notices).toEqual([{ code: 'restored', collection: 'lanes', id: L.thoughts, deletedBy: 'theirs', because: { collection: 'notes', id: 'new' } }]);
    expectClean(result);
  });

  it('bring back a stage I deleted when they moved a note into it, in its place', () => {
    const { base, mine, theirs } = threeMaps(
      (h) => ok(h, ops.deleteStage, { id: S.retention }),
      (h) => ok(h, ops.moveNotes, { ids: ['n1'], lane: L.actions, stage: S.retention }),
    );
    const result = mergeMaps(base, mine, theirs);
    expect(result.map.stages.map((s) => s.id)).toEqual([S.awareness, S.consideration, S.purchase, S.retention, S.advocacy]);
    expect(result.notices).toMatchObject([{ code: 'restored', collection: 'stages', id: S.retention, deletedBy: 'mine' }]);
    expectClean(result);
  });

  it('bring back a persona that a lane or the map still names', () => {
    const { base, mine, theirs } = threeMaps(
      (h) => {
        ok(h, ops.setLanePersona, { id: L.emotions, persona: 'ps-1' });
        expect(primaryPersonaInFile(h, 'ps-2').ok).toBe(true);
      },
      (h) => {
        ok(h, ops.deletePersona, { id: 'ps-1' });
        ok(h, ops.deletePersona, { id: 'ps-2' });
      },
      { setup: (h) => [['ps-1', 'Rina'], ['ps-2', 'Budi']].forEach(([id, name]) => ok(h, ops.addPersona, { id: id!, name: name! })) },
    );
    const result = mergeMaps(base, mine, theirs);
    expect(result.map.personas.map((p) => p.id)).toEqual(['ps-1', 'ps-2']);
    expect(result.map.primaryPersona).toBe('ps-2');
    expect(result.notices.map((n) => n.code === 'restored' && [n.id, n.because])).toEqual([
      ['ps-1', { collection: 'lanes', id: L.emotions }],
      ['ps-2', { collection: 'map', id: 'map-merge' }],
    ]);
    expectClean(result);
  });

  it('bring back a picture the other side let go when something still shows it', () => {
    const { base, mine, theirs } = threeMaps(
      (h) => ok(h, ops.setNoteImage, { id: 'n2', image: 'as-1' }),
      (h) => ok(h, ops.setNoteImage, { id: 'n1', image: null }),
      { setup: (h) => ok(h, ops.setNoteImage, { id: 'n1', image: 'as-1', asset: TINY_PNG }) },
    );
    expect(theirs.assets).toBeUndefined();
    const result = mergeMaps(base, mine, theirs);
    expect(Object.keys(result.map.assets!)).toEqual(['as-1']);
    expect(result.notices).toEqual([{ code: 'restored', collection: 'assets', id: 'as-1', deletedBy: 'theirs', because: { collection: 'notes', id: 'n2' } }]);
    expectClean(result);
  });

  it('keep a stage when each side deleted all the stages the other kept', () => {
    const { base, mine, theirs } = threeMaps(
      (h) => [S.consideration, S.purchase, S.retention, S.advocacy].forEach((id) => ok(h, ops.deleteStage, { id })),
      (h) => [S.awareness, S.consideration, S.purchase, S.retention].forEach((id) => ok(h, ops.deleteStage, { id })),
    );
    const result = mergeMaps(base, mine, theirs);
    expect(result.map.stages.map((s) => s.id)).toEqual([S.advocacy]);
    expect(result.notices).toEqual([{ code: 'restored', collection: 'stages', id: S.advocacy, deletedBy: 'mine', because: null }]);
    expectClean(result);
  });

  it('leave nothing to restore when nothing needs it', () => {
    const { base, mine, theirs } = threeMaps(none, (h) => ok(h, ops.deleteLane, { id: L.thoughts }));
    expect(mergeMaps(base, mine, theirs).notices).toEqual([]);
  });
});

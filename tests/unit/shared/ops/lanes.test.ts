// Lanes, the rows: add (every kind), rename, recolour, hide, lock, reorder,
// name whose experience they record, delete; and the limits of docs/format.md.
import { describe, expect, it } from 'vitest';
import { LANE_KINDS, writeCjm, type JourneyMap } from '../../../../shared/format';
import { ops } from '../../../../shared/ops';
import { addNotes, blankMap, cell, expectRefused, historyOf, L, ok, S } from './fixtures';

const laneIds = (map: JourneyMap) => map.lanes.map((l) => l.id);

describe('adding a lane', () => {
  it.each(LANE_KINDS)('adds a %s lane', (kind) => {
    const h = historyOf();
    ok(h, ops.addLane, { id: `ln-new-${kind}`, kind, title: `New ${kind}` });
    expect(h.current.lanes.at(-1)).toEqual({ id: `ln-new-${kind}`, kind, title: `New ${kind}` });
  });

  it('adds at an index, with a colour and a persona', () => {
    const h = historyOf();
    ok(h, ops.addPersona, { id: 'ps-sari', name: 'Sari' });
    ok(h, ops.addLane, { id: 'ln-sari', kind: 'emotions', title: 'Emosi Sari', index: 4, color: '#00AA55', persona: 'ps-sari' });
    expect(h.current.lanes[4]).toEqual({ id: 'ln-sari', kind: 'emotions', title: 'Emosi Sari', color: '#00AA55', persona: 'ps-sari' });
  });

  it('refuses an unknown kind, a taken or malformed id, a bad title, colour or persona', () => {
    const h = historyOf();
    expectRefused(h, ops.addLane, { id: 'ln-x', kind: 'feelings' as never, title: 'X' }, { code: 'invalid', field: 'kind' });
    expectRefused(h, ops.addLane, { id: L.actions, kind: 'actions', title: 'X' }, { code: 'id-taken', collection: 'lanes', id: L.actions });
    expectRefused(h, ops.addLane, { id: 'ln/x', kind: 'actions', title: 'X' }, { code: 'invalid', field: 'id' });
    expectRefused(h, ops.addLane, { id: 'ln-x', kind: 'actions', title: '' }, { code: 'invalid', field: 'title' });
    expectRefused(h, ops.addLane, { id: 'ln-x', kind: 'actions', title: 'X', color: '#abc' }, { code: 'invalid', field: 'color' });
    expectRefused(h, ops.addLane, { id: 'ln-x', kind: 'actions', title: 'X', persona: 'ps-ghost' }, { code: 'not-found', collection: 'personas' });
  });

  it('takes the 50th lane and refuses the 51st', () => {
    const h = historyOf();
    for (let i = h.current.lanes.length; i < 50; i++) ok(h, ops.addLane, { id: `ln-${i}`, kind: 'text', title: `Lane ${i}` });
    expectRefused(h, ops.addLane, { id: 'ln-51', kind: 'text', title: 'Too many' }, { code: 'too-many', collection: 'lanes', limit: 50 });
  });
});

describe('renaming, recolouring, hiding and locking a lane', () => {
  it('renames and refuses a bad title', () => {
    const h = historyOf();
    ok(h, ops.renameLane, { id: L.painPoints, title: 'Poin hambatan' });
    expect(h.current.lanes[4]!.title).toBe('Poin hambatan');
    expectRefused(h, ops.renameLane, { id: L.painPoints, title: 'p'.repeat(101) }, { code: 'invalid', field: 'title' });
  });

  it('recolours and clears the colour with null', () => {
    const h = historyOf();
    ok(h, ops.recolourLane, { id: L.thoughts, color: '#ABCDEF' });
    expect(h.current.lanes[2]!.color).toBe('#ABCDEF');
    expectRefused(h, ops.recolourLane, { id: L.thoughts, color: 'blue' }, { code: 'invalid', field: 'color' });
    ok(h, ops.recolourLane, { id: L.thoughts, color: null });
    expect(writeCjm(h.current)).toBe(writeCjm(blankMap()));
  });

  it('hides and shows; hidden false is the default and leaves the file', () => {
    const h = historyOf();
    ok(h, ops.setLaneHidden, { id: L.metrics, hidden: true });
    expect(h.current.lanes[6]!.hidden).toBe(true);
    expect(writeCjm(h.current)).toContain('"hidden": true');
    ok(h, ops.setLaneHidden, { id: L.metrics, hidden: false });
    expect(writeCjm(h.current)).toBe(writeCjm(blankMap()));
  });

  it('locks and unlocks; a locked lane may still be renamed, recoloured and moved', () => {
    const h = historyOf();
    ok(h, ops.setLaneLocked, { id: L.opportunities, locked: true });
    expect(h.current.lanes[5]!.locked).toBe(true);
    ok(h, ops.renameLane, { id: L.opportunities, title: 'Peluang' });
    ok(h, ops.recolourLane, { id: L.opportunities, color: '#00FF00' });
    ok(h, ops.moveLane, { id: L.opportunities, index: 0 });
    ok(h, ops.setLaneLocked, { id: L.opportunities, locked: false });
    expect('locked' in h.current.lanes[0]!).toBe(false);
  });

  it('refuses an unknown lane and a value that is not a boolean', () => {
    const h = historyOf();
    expectRefused(h, ops.renameLane, { id: 'ln-nope', title: 'x' }, { code: 'not-found', collection: 'lanes', id: 'ln-nope' });
    expectRefused(h, ops.setLaneHidden, { id: 'ln-nope', hidden: true }, { code: 'not-found', collection: 'lanes' });
    expectRefused(h, ops.setLaneLocked, { id: L.actions, locked: 'yes' as never }, { code: 'invalid', field: 'locked' });
  });
});

describe('reordering lanes', () => {
  it('moves a lane to the index where it lands, clamped to the board', () => {
    const h = historyOf();
    ok(h, ops.moveLane, { id: L.metrics, index: 0 });
    expect(laneIds(h.current).slice(0, 2)).toEqual([L.metrics, L.actions]);
    ok(h, ops.moveLane, { id: L.metrics, index: -10 });
    ok(h, ops.moveLane, { id: L.actions, index: 100 });
    expect(laneIds(h.current)).toEqual([L.metrics, L.touchpoints, L.thoughts, L.emotions, L.painPoints, L.opportunities, L.actions]);
  });

  it('refuses an unknown lane', () => {
    expectRefused(historyOf(), ops.moveLane, { id: 'ln-nope', index: 0 }, { code: 'not-found', collection: 'lanes' });
  });
});

describe('the persona a lane records', () => {
  it('sets and clears the persona', () => {
    const h = historyOf();
    ok(h, ops.addPersona, { id: 'ps-andi', name: 'Andi' });
    ok(h, ops.setLanePersona, { id: L.emotions, persona: 'ps-andi' });
    expect(h.current.lanes[3]!.persona).toBe('ps-andi');
    ok(h, ops.setLanePersona, { id: L.emotions, persona: null });
    expect('persona' in h.current.lanes[3]!).toBe(false);
  });

  it('refuses a persona the map does not have', () => {
    expectRefused(historyOf(), ops.setLanePersona, { id: L.emotions, persona: 'ps-ghost' }, { code: 'not-found', collection: 'personas' });
  });
});

describe('deleting a lane', () => {
  it('deletes the lane and its notes, reporting how many went', () => {
    const h = historyOf();
    addNotes(h, L.thoughts, S.awareness, ['t1', 't2']);
    addNotes(h, L.thoughts, S.advocacy, ['t3']);
    addNotes(h, L.actions, S.awareness, ['a1']);
    expect(ok(h, ops.deleteLane, { id: L.thoughts })).toEqual({ removedNotes: 3 });
    expect(laneIds(h.current)).not.toContain(L.thoughts);
    expect(h.current.notes.map((n) => n.id)).toEqual(['a1']);
    expect(cell(h.current, L.actions, S.awareness)).toEqual(['a1']);
  });

  it('refuses the last lane, an unknown lane and a locked lane', () => {
    const h = historyOf();
    ok(h, ops.setLaneLocked, { id: L.metrics, locked: true });
    expectRefused(h, ops.deleteLane, { id: L.metrics }, { code: 'lane-locked', lane: 'Metrics' });
    expectRefused(h, ops.deleteLane, { id: 'ln-nope' }, { code: 'not-found', collection: 'lanes' });
    ok(h, ops.setLaneLocked, { id: L.metrics, locked: false });
    for (const id of [L.actions, L.touchpoints, L.thoughts, L.emotions, L.painPoints, L.opportunities]) ok(h, ops.deleteLane, { id });
    expectRefused(h, ops.deleteLane, { id: L.metrics }, { code: 'last-one', collection: 'lanes' });
  });
});

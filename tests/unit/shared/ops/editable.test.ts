// Asking before anything runs whether notes may be edited (what the
// inspector's fields show as disabled) gives the very answer the operations
// give when they run: a locked lane's notes are refused by every field's
// operation, with the same words, and other notes by none.
import { describe, expect, it } from 'vitest';
import { ops, type Operation } from '../../../../shared/ops';
import { laneLockOf, lockedLaneOf } from '../../../../shared/ops/editable';
import { facilitatorPolicy, NO_MODES } from '../../../../shared/ops/facilitatorPolicy';
import { addNotes, historyOf, L, ok, S, TINY_PNG } from './fixtures';

/** Each inspector field's operation, with its arguments for one note. */
const FIELD_EDITS: readonly (readonly [Operation<never, unknown>, (id: string) => unknown])[] = [
  [ops.recolourNotes, (id) => ({ ids: [id], value: '#FFAA00' })],
  [ops.setEmotion, (id) => ({ ids: [id], value: 2 })],
  [ops.setVotes, (id) => ({ ids: [id], value: 3 })],
  [ops.setTags, (id) => ({ ids: [id], value: ['pricing'] })],
  [ops.setOwner, (id) => ({ ids: [id], value: 'Dewi' })],
  [ops.setPriority, (id) => ({ ids: [id], value: 'high' })],
  [ops.setDue, (id) => ({ ids: [id], value: '2027-01-31' })],
  [ops.setMetric, (id) => ({ ids: [id], value: { name: 'Drop-off', value: 41, unit: '%' } })],
  [ops.setEvidence, (id) => ({ ids: [id], evidence: 'observed', source: 'Interviews' })],
  [ops.setNoteImage, (id) => ({ id, image: 'as-pixel', asset: TINY_PNG })],
  [ops.setNoteText, (id) => ({ id, text: 'changed' })],
];

describe('whether notes may be edited', () => {
  it('is refused for a locked lane’s notes exactly as each field’s operation refuses them', () => {
    const h = historyOf();
    addNotes(h, L.actions, S.awareness, ['n-locked']);
    addNotes(h, L.thoughts, S.awareness, ['n-open']);
    ok(h, ops.setLaneLocked, { id: L.actions, locked: true });
    const asked = lockedLaneOf(h.current, ['n-open', 'n-locked']);
    expect(asked).toEqual({ code: 'lane-locked', lane: h.current.lanes.find((l) => l.id === L.actions)!.title });
    expect(lockedLaneOf(h.current, ['n-open'])).toBeNull();
    for (const [op, args] of FIELD_EDITS) {
      const refused = h.apply(op, args('n-locked') as never);
      expect(refused.ok ? null : refused.refusal, op.name).toEqual(asked);
      expect(h.apply(op, args('n-open') as never).ok, `${op.name} on an open lane's note`).toBe(true);
    }
  });

  it('names the first locked lane in board order, and a lane unlocked is open again', () => {
    const h = historyOf();
    addNotes(h, L.thoughts, S.awareness, ['n-thought']);
    addNotes(h, L.actions, S.awareness, ['n-action']);
    ok(h, ops.setLaneLocked, { id: L.thoughts, locked: true });
    ok(h, ops.setLaneLocked, { id: L.actions, locked: true });
    const actions = h.current.lanes.find((l) => l.id === L.actions)!;
    expect(lockedLaneOf(h.current, ['n-thought', 'n-action'])).toEqual(laneLockOf(actions));
    ok(h, ops.setLaneLocked, { id: L.actions, locked: false });
    expect(lockedLaneOf(h.current, ['n-action'])).toBeNull();
    expect(lockedLaneOf(h.current, ['n-gone'])).toBeNull();
  });
});

describe('the history’s policy', () => {
  it('tells who listens when it changes, and only then', () => {
    const h = historyOf();
    let heard = 0;
    const stop = h.subscribePolicy(() => heard++);
    const review = facilitatorPolicy({ ...NO_MODES, reviewMode: true });
    h.setPolicy(review);
    expect(h.editPolicy).toBe(review);
    h.setPolicy(review);
    expect(heard).toBe(1);
    // What others saved comes in unguarded: not a change of the policy.
    h.unguarded(() => h.apply(ops.setTitle, { title: 'Saved by Dewi' }));
    expect(heard).toBe(1);
    h.setPolicy(null);
    expect(heard).toBe(2);
    stop();
    h.setPolicy(review);
    expect(heard).toBe(2);
  });
});

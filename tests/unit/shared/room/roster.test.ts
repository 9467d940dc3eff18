// Who may join the room: the code, the facilitator's choice of names, the
// lock on joining, the cap of 100, a removed participant kept out, and a
// phone that slept rejoining as itself only with its own secret.
import { describe, expect, it } from 'vitest';
import { ROOM_LIMITS, Roster, type JoinMessage, type NamePolicy } from '../../../../shared/room';

const CODE = 'K7MPQ4';
const random = (n: number) => crypto.getRandomValues(new Uint8Array(n));
const roster = (names: NamePolicy = 'optional') => new Roster(CODE, names, random);
const join = (name: string | null, extra: Partial<JoinMessage> = {}): JoinMessage => ({ type: 'join', code: CODE, name, language: 'id', ...extra });

describe('the room\'s roster', () => {
  it('lets phones in with the room code, numbered in the order they join, each with a secret of its own', () => {
    const room = roster();
    const first = room.join(join('Rina'));
    const second = room.join(join(null));
    if (!first.ok || !second.ok) throw new Error('refused');
    expect([first.participant, second.participant]).toEqual([
      { id: 'pt-1', number: 1, name: 'Rina' },
      { id: 'pt-2', number: 2, name: null },
    ]);
    expect(first.secret).not.toBe(second.secret);
    expect(first.resumed).toBe(false);
    expect(room.join(join('Rina', { code: 'K7MPQ5' }))).toEqual({ ok: false, reason: 'bad-code' });
    expect(room.present().map((p) => p.id)).toEqual(['pt-1', 'pt-2']);
  });

  it('asks for a name, leaves it to each, or keeps none, as the facilitator chose', () => {
    expect(roster('required').join(join(null))).toEqual({ ok: false, reason: 'name-required' });
    expect(roster('required').join(join('Bayu'))).toMatchObject({ ok: true, participant: { name: 'Bayu' } });
    // Anonymous notes: a name typed anyway is not kept.
    expect(roster('anonymous').join(join('Bayu'))).toMatchObject({ ok: true, participant: { name: null, number: 1 } });
  });

  it('takes a phone back as the same participant with its secret, and an id alone as nobody', () => {
    const room = roster();
    const rina = room.join(join('Rina'));
    if (!rina.ok) throw new Error('refused');
    const back = room.join(join('Rina', { resume: { participant: 'pt-1', secret: rina.secret } }));
    expect(back).toEqual({ ok: true, participant: rina.participant, secret: rina.secret, resumed: true });
    // Another's id with a made-up secret is a new participant, not Rina.
    const guess = room.join(join('Eve', { resume: { participant: 'pt-1', secret: 'A'.repeat(22) } }));
    expect(guess).toMatchObject({ ok: true, resumed: false, participant: { id: 'pt-2', name: 'Eve' } });
    expect(room.join(join(null, { resume: { participant: 'pt-99', secret: rina.secret } }))).toMatchObject({ ok: true, resumed: false });
  });

  it('keeps a removed participant out, secret or not, and lets the others stay', () => {
    const room = roster();
    const rina = room.join(join('Rina'));
    room.join(join('Bayu'));
    if (!rina.ok) throw new Error('refused');
    expect(room.remove('pt-1')).toBe(true);
    expect(room.remove('pt-1')).toBe(false);
    expect(room.remove('pt-404')).toBe(false);
    expect(room.has('pt-1')).toBe(false);
    expect(room.has('pt-2')).toBe(true);
    expect(room.join(join('Rina', { resume: { participant: 'pt-1', secret: rina.secret } }))).toEqual({ ok: false, reason: 'removed' });
    expect(room.present().map((p) => p.name)).toEqual(['Bayu']);
  });

  it('turns new phones away while joining is locked, and takes back those already in', () => {
    const room = roster();
    const rina = room.join(join('Rina'));
    if (!rina.ok) throw new Error('refused');
    room.lockJoining(true);
    expect(room.joiningLocked).toBe(true);
    expect(room.join(join('Late'))).toEqual({ ok: false, reason: 'joining-locked' });
    expect(room.join(join('Rina', { resume: { participant: 'pt-1', secret: rina.secret } }))).toMatchObject({ ok: true, resumed: true });
    room.lockJoining(false);
    expect(room.join(join('Late'))).toMatchObject({ ok: true, participant: { number: 2 } });
  });

  it('holds at most 100 people; a seat freed by a removal can be taken', () => {
    const room = roster();
    for (let i = 0; i < ROOM_LIMITS.maxParticipants; i++) expect(room.join(join(`P${i}`)).ok).toBe(true);
    expect(room.join(join('One too many'))).toEqual({ ok: false, reason: 'room-full' });
    room.remove('pt-50');
    expect(room.join(join('Next'))).toMatchObject({ ok: true, participant: { id: 'pt-101', number: 101 } });
    expect(room.present()).toHaveLength(ROOM_LIMITS.maxParticipants);
  });
});

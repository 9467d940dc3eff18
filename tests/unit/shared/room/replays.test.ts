// A resent message id gets the ack it got the first time, so the op behind it
// is applied once; ids are per participant and memory is bounded.
import { describe, expect, it } from 'vitest';
import { readParticipantMessage, Replays, type AckMessage, type ParticipantMessage } from '../../../../shared/room';

describe('Replays', () => {
  it('answers a resent id with the first ack, once per id', () => {
    const replays = new Replays();
    const applied: string[] = [];
    // What the room server will do with each op: the answer to a known id, or apply and remember.
    const handle = (participant: string, message: ParticipantMessage): AckMessage => {
      if (message.type !== 'op') throw new Error('an op');
      const known = replays.answered(participant, message.id);
      if (known) return known;
      applied.push(`${participant}:${message.id}`);
      const ack: AckMessage = applied.length === 2 ? { type: 'ack', id: message.id, ok: false, reason: 'lane-locked' } : { type: 'ack', id: message.id, ok: true };
      replays.remember(participant, ack);
      return ack;
    };
    const send = '{"type":"op","id":"m-1","op":"note.add","args":{"id":"nt-a","stage":"s","lane":"l","text":"Antre"}}';
    const first = readParticipantMessage(send);
    const resent = readParticipantMessage(send);
    if (!first.ok || !resent.ok) throw new Error('valid');
    expect(handle('pt-1', first.message)).toEqual({ type: 'ack', id: 'm-1', ok: true });
    expect(handle('pt-2', first.message)).toEqual({ type: 'ack', id: 'm-1', ok: false, reason: 'lane-locked' });
    expect(handle('pt-1', resent.message)).toEqual({ type: 'ack', id: 'm-1', ok: true });
    expect(handle('pt-2', resent.message)).toEqual({ type: 'ack', id: 'm-1', ok: false, reason: 'lane-locked' });
    expect(applied).toEqual(['pt-1:m-1', 'pt-2:m-1']);
  });

  it('keeps the first answer to an id', () => {
    const replays = new Replays();
    replays.remember('pt-1', { type: 'ack', id: 'm', ok: true });
    replays.remember('pt-1', { type: 'ack', id: 'm', ok: false, reason: 'later' });
    expect(replays.answered('pt-1', 'm')).toEqual({ type: 'ack', id: 'm', ok: true });
  });

  it('forgets the oldest ids past its bound, and everything of a removed participant', () => {
    const replays = new Replays(3);
    for (const id of ['a', 'b', 'c', 'd']) replays.remember('pt-1', { type: 'ack', id, ok: true });
    replays.remember('pt-2', { type: 'ack', id: 'a', ok: true });
    expect(['a', 'b', 'c', 'd'].map((id) => replays.answered('pt-1', id)?.id)).toEqual([undefined, 'b', 'c', 'd']);
    replays.forget('pt-1');
    expect(replays.answered('pt-1', 'd')).toBeUndefined();
    expect(replays.answered('pt-2', 'a')).toEqual({ type: 'ack', id: 'a', ok: true });
  });

  it('remembers 256 ids per participant by default', () => {
    const replays = new Replays();
    for (let i = 0; i <= 256; i++) replays.remember('pt-1', { type: 'ack', id: `m-${i}`, ok: true });
    expect(replays.answered('pt-1', 'm-0')).toBeUndefined();
    expect(replays.answered('pt-1', 'm-1')).toBeDefined();
    expect(() => new Replays(0)).toThrow('replays need a whole number of ids to remember, not 0');
  });

  it('treats __proto__ and constructor as ordinary ids and participants', () => {
    const replays = new Replays();
    expect(replays.answered('__proto__', 'constructor')).toBeUndefined();
    replays.remember('__proto__', { type: 'ack', id: 'constructor', ok: true });
    expect(replays.answered('__proto__', 'constructor')).toEqual({ type: 'ack', id: 'constructor', ok: true });
  });
});

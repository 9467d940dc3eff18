// The room's reader on arbitrary input: it answers every string and byte
// array with a value, never a throw, and never by its catch-all; a message it accepts reads back the same
// when sent again; and a valid message with any one key added, dropped or
// given a JSON value of the wrong kind is refused with a reason naming where.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readParticipantBytes, readParticipantMessage, type ReadResult } from '../../../../shared/room';
import { propertyOptions } from '../../../support/arbitraries';

function answer(read: () => ReadResult): ReadResult {
  let result: ReadResult | undefined;
  expect(() => (result = read())).not.toThrow();
  if (!result!.ok) {
    expect(result!.reason).toMatch(/^[a-z.]+: \S/);
    // The reader's own catch-all is for its faults, never what answers a hostile message.
    expect(result!.reason).not.toBe('message: could not be read');
  }
  return result!;
}

const idArb = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/);
const textArb = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }).filter((t) => t.trim() !== '');
const messageArb = fc.oneof(
  fc.record({
    type: fc.constant('join'),
    code: fc.stringMatching(/^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{6}$/),
    name: fc.option(fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 40 }).map((n) => n.trim()).filter((n) => n !== ''), { nil: null }),
    language: fc.constantFrom('en', 'id'),
  }),
  fc.record({ type: fc.constant('op'), id: idArb, op: fc.constant('note.add'), args: fc.record({ id: idArb, stage: idArb, lane: idArb, text: textArb }) }),
  fc.record({ type: fc.constant('op'), id: idArb, op: fc.constant('note.edit'), args: fc.record({ note: idArb, text: textArb }) }),
  fc.record({ type: fc.constant('op'), id: idArb, op: fc.constantFrom('note.withdraw', 'vote.add', 'vote.remove'), args: fc.record({ note: idArb }) }),
  fc.constant({ type: 'ping' }),
);

describe('readParticipantMessage on arbitrary input', () => {
  it('answers any string, any JSON and any bytes without throwing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.json({ depthSize: 'medium' }), fc.uint8Array({ maxLength: 200 }), (text, json, bytes) => {
        answer(() => readParticipantMessage(text));
        answer(() => readParticipantMessage(json));
        answer(() => readParticipantBytes(bytes));
      }),
      propertyOptions(1000),
    );
  });

  it('accepts every valid message and reads it back the same', () => {
    fc.assert(
      fc.property(messageArb, (message) => {
        const first = answer(() => readParticipantMessage(JSON.stringify(message)));
        expect(first).toEqual({ ok: true, message });
        if (first.ok) expect(answer(() => readParticipantMessage(JSON.stringify(first.message)))).toEqual(first);
      }),
      propertyOptions(500),
    );
  });

  it('refuses a valid message with a key added, dropped or holding the wrong kind of value', () => {
    const change = fc.constantFrom('add', 'drop', 'retype');
    const wrongValue = fc.constantFrom<unknown>(null, 7, true, [], {}, [['nested']]);
    fc.assert(
      fc.property(messageArb, change, wrongValue, fc.nat(), (message, how, value, pick) => {
        const fields = message as Record<string, unknown>;
        const keys = Object.keys(fields).filter((k) => k !== 'type' && !(k === 'name' && how === 'retype' && value === null));
        const key = keys[pick % Math.max(1, keys.length)];
        const changed: Record<string, unknown> = { ...fields };
        if (how === 'add' || key === undefined) changed.extra = value;
        else if (how === 'drop') delete changed[key];
        else changed[key] = value;
        const result = answer(() => readParticipantMessage(JSON.stringify(changed)));
        expect(result.ok).toBe(false);
      }),
      propertyOptions(500),
    );
  });
});

// The room's reader against what a hostile phone on the network might send:
// each message gets the exact reason it is refused for, and a good one comes
// back as a fresh, typed message carrying nothing but the checked fields.
import { describe, expect, it } from 'vitest';
import { readParticipantBytes, readParticipantMessage, ROOM_LIMITS } from '../../../../shared/room';

const join = { type: 'join', code: 'K7MPQ4', name: 'Sari', language: 'id' };
const op = (name: string, args: unknown, id = 'm-1') => ({ type: 'op', id, op: name, args });
const add = { id: 'nt-phone1', stage: 'st-awareness', lane: 'ln-pain', text: 'Antrean di loket terlalu lama' };

function refusal(value: unknown): string {
  const result = readParticipantMessage(typeof value === 'string' ? value : JSON.stringify(value));
  if (result.ok) throw new Error(`accepted ${JSON.stringify(result.message)}`);
  return result.reason;
}

function accepted(value: unknown) {
  const result = readParticipantMessage(typeof value === 'string' ? value : JSON.stringify(value));
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.message;
}

/** A note.add message whose text brings the whole message to exactly `bytes` UTF-8 bytes. */
function noteAddOfBytes(bytes: number, unit = 'a'): string {
  const frame = JSON.stringify(op('note.add', { ...add, text: '' }));
  const unitBytes = new TextEncoder().encode(unit).length;
  const room = bytes - new TextEncoder().encode(frame).length;
  return JSON.stringify(op('note.add', { ...add, text: unit.repeat(Math.floor(room / unitBytes)) + 'a'.repeat(room % unitBytes) }));
}

describe('readParticipantMessage accepts', () => {
  it('every message a phone sends, as a fresh object with only the checked fields', () => {
    expect(accepted(join)).toEqual(join);
    expect(accepted({ ...join, name: null, language: 'en' })).toEqual({ ...join, name: null, language: 'en' });
    expect(accepted({ ...join, resume: { participant: 'pt-7', secret: 'A'.repeat(22) } })).toEqual({ ...join, resume: { participant: 'pt-7', secret: 'A'.repeat(22) } });
    expect(accepted(op('note.add', add))).toEqual(op('note.add', add));
    expect(accepted(op('note.edit', { note: 'nt-1', text: 'Baru' }))).toEqual(op('note.edit', { note: 'nt-1', text: 'Baru' }));
    for (const name of ['note.withdraw', 'vote.add', 'vote.remove']) expect(accepted(op(name, { note: 'nt-1' }))).toEqual(op(name, { note: 'nt-1' }));
    expect(accepted({ type: 'ping' })).toEqual({ type: 'ping' });
  });

  it('a name trimmed, and up to 40 characters as a person counts them', () => {
    expect(accepted({ ...join, name: '  Budi  ' })).toMatchObject({ name: 'Budi' });
    expect(accepted({ ...join, name: '😊'.repeat(40) })).toMatchObject({ name: '😊'.repeat(40) });
    expect(refusal({ ...join, name: '😊'.repeat(41) })).toBe('join.name: expected null or a name of 1–40 characters on one line');
  });

  it("a note's text as typed, up to the format's limit, lines and spaces kept", () => {
    const text = ' baris satu\nbaris dua ';
    expect(accepted(op('note.add', { ...add, text }))).toMatchObject({ args: { text } });
    expect(ROOM_LIMITS.noteTextMax).toBe(10_000);
    const atLimit = 'x'.repeat(ROOM_LIMITS.noteTextMax);
    expect(accepted(op('note.edit', { note: 'nt-1', text: atLimit }))).toMatchObject({ args: { text: atLimit } });
    expect(refusal(op('note.edit', { note: 'nt-1', text: atLimit + 'x' }))).toBe("op.args.text: expected a note's text of 1–10000 characters, not only spaces");
  });

  it("another participant's id in resume as plain data: whether the secret fits is the server's to decide", () => {
    const message = accepted({ ...join, resume: { participant: 'someone-else', secret: 'b'.repeat(40) } });
    expect(message).toMatchObject({ resume: { participant: 'someone-else', secret: 'b'.repeat(40) } });
  });
});

describe('readParticipantMessage refuses', () => {
  it('what is not a JSON object, or not even text', () => {
    expect(readParticipantMessage(42 as unknown as string)).toEqual({ ok: false, reason: 'message: not text' });
    expect(refusal('')).toBe('message: not JSON');
    expect(refusal('{"type":"ping"')).toBe('message: not JSON');
    expect(refusal("{'type':'ping'}")).toBe('message: not JSON');
    expect(refusal('42')).toBe('message: expected a JSON object, found a number');
    expect(refusal('"ping"')).toBe('message: expected a JSON object, found a string');
    expect(refusal('true')).toBe('message: expected a JSON object, found a boolean');
    expect(refusal('null')).toBe('message: expected a JSON object, found null');
    expect(refusal('[{"type":"ping"}]')).toBe('message: expected a JSON object, found an array');
  });

  it('a missing, mistyped or unknown type', () => {
    expect(refusal({})).toBe('type: expected "join", "op" or "ping"');
    expect(refusal({ type: 7 })).toBe('type: expected "join", "op" or "ping"');
    expect(refusal({ type: ['ping'] })).toBe('type: expected "join", "op" or "ping"');
    expect(refusal({ type: 'welcome', participant: 'x' })).toBe('type: unknown message type "welcome"');
    expect(refusal({ type: 'toString' })).toBe('type: unknown message type "toString"');
    expect(refusal({ type: 'x'.repeat(5000) })).toBe(`type: unknown message type "${'x'.repeat(40)}…"`);
  });

  it('an extra key anywhere', () => {
    expect(refusal({ type: 'ping', at: 1 })).toBe('ping: unknown key "at"');
    expect(refusal({ ...join, admin: true })).toBe('join: unknown key "admin"');
    expect(refusal({ ...join, resume: { participant: 'p', secret: 'A'.repeat(22), name: 'x' } })).toBe('join.resume: unknown key "name"');
    expect(refusal({ ...op('vote.add', { note: 'nt-1' }), by: 'pt-2' })).toBe('op: unknown key "by"');
    expect(refusal(op('vote.add', { note: 'nt-1', votes: 9999 }))).toBe('op.args: unknown key "votes"');
    expect(refusal(op('note.withdraw', { note: 'nt-1', text: 'x' }))).toBe('op.args: unknown key "text"');
  });

  it('a missing field, and keys inherited from Object.prototype are not fields', () => {
    expect(refusal({ type: 'join', name: null, language: 'en' })).toBe('join.code: missing');
    expect(refusal({ type: 'join', code: 'K7MPQ4', language: 'en' })).toBe('join.name: missing');
    expect(refusal({ type: 'join', code: 'K7MPQ4', name: null })).toBe('join.language: missing');
    expect(refusal({ ...join, resume: { secret: 'A'.repeat(22) } })).toBe('join.resume.participant: missing');
    expect(refusal({ type: 'op', op: 'vote.add', args: { note: 'n' } })).toBe('op.id: missing');
    expect(refusal({ type: 'op', id: 'm', args: { note: 'n' } })).toBe('op.op: missing');
    expect(refusal({ type: 'op', id: 'm', op: 'vote.add' })).toBe('op.args: missing');
    expect(refusal(op('note.add', { id: 'n', stage: 's', text: 't' }))).toBe('op.args.lane: missing');
    expect(refusal(op('note.edit', { note: 'n' }))).toBe('op.args.text: missing');
    expect(refusal(op('vote.remove', {}))).toBe('op.args.note: missing');
  });

  it('fields of the wrong type or form', () => {
    expect(refusal({ ...join, code: 'k7mpq4' })).toBe('join.code: expected a room code: 6 of ABCDEFGHJKMNPQRSTUVWXYZ23456789');
    expect(refusal({ ...join, code: 'K7MPQ0' })).toBe('join.code: expected a room code: 6 of ABCDEFGHJKMNPQRSTUVWXYZ23456789');
    expect(refusal({ ...join, code: 123456 })).toBe('join.code: expected a room code: 6 of ABCDEFGHJKMNPQRSTUVWXYZ23456789');
    expect(refusal({ ...join, name: '' })).toBe('join.name: expected null or a name of 1–40 characters on one line');
    expect(refusal({ ...join, name: '   ' })).toBe('join.name: expected null or a name of 1–40 characters on one line');
    expect(refusal({ ...join, name: 'Sari\nAdmin' })).toBe('join.name: expected null or a name of 1–40 characters on one line');
    expect(refusal({ ...join, name: ['Sari'] })).toBe('join.name: expected null or a name of 1–40 characters on one line');
    expect(refusal({ ...join, language: 'fr' })).toBe('join.language: expected "en" or "id"');
    expect(refusal({ ...join, resume: null })).toBe('join.resume: expected an object, found null');
    expect(refusal({ ...join, resume: 'pt-1' })).toBe('join.resume: expected an object, found a string');
    expect(refusal({ ...join, resume: { participant: 'p 1', secret: 'A'.repeat(22) } })).toBe('join.resume.participant: expected an id: 1–64 of A–Z, a–z, 0–9, _ and -');
    expect(refusal({ ...join, resume: { participant: 'p', secret: 'A'.repeat(21) } })).toBe('join.resume.secret: expected a secret: 22–64 of A–Z, a–z, 0–9, _ and -');
    expect(refusal({ ...join, resume: { participant: 'p', secret: 'A'.repeat(21) + '=' } })).toBe('join.resume.secret: expected a secret: 22–64 of A–Z, a–z, 0–9, _ and -');
    expect(refusal(op('vote.add', { note: 'n' }, ''))).toBe('op.id: expected an id: 1–64 of A–Z, a–z, 0–9, _ and -');
    expect(refusal(op('vote.add', { note: 'n' }, 7 as unknown as string))).toBe('op.id: expected an id: 1–64 of A–Z, a–z, 0–9, _ and -');
    expect(refusal(op('vote.add', { note: 'n' }, 'x'.repeat(65)))).toBe('op.id: expected an id: 1–64 of A–Z, a–z, 0–9, _ and -');
    expect(refusal(op('vote.add', [{ note: 'n' }]))).toBe('op.args: expected an object, found an array');
    expect(refusal(op('note.add', { ...add, text: 42 }))).toBe("op.args.text: expected a note's text of 1–10000 characters, not only spaces");
    expect(refusal(op('note.add', { ...add, text: ' \n\t ' }))).toBe("op.args.text: expected a note's text of 1–10000 characters, not only spaces");
  });

  it('ids with characters outside the format’s id rule', () => {
    for (const bad of ['nt 1', 'nt/1', 'nt.1', '../x', 'nt-1\u0000', 'ñ', '😊', '<script>']) {
      expect(refusal(op('vote.add', { note: bad }))).toBe('op.args.note: expected an id: 1–64 of A–Z, a–z, 0–9, _ and -');
      expect(refusal(op('vote.add', { note: 'n' }, bad))).toBe('op.id: expected an id: 1–64 of A–Z, a–z, 0–9, _ and -');
    }
    expect(refusal(op('note.add', { ...add, stage: 'st awareness' }))).toBe('op.args.stage: expected an id: 1–64 of A–Z, a–z, 0–9, _ and -');
    expect(refusal(op('note.add', { ...add, id: 'x'.repeat(65) }))).toBe('op.args.id: expected an id: 1–64 of A–Z, a–z, 0–9, _ and -');
  });

  it('unknown operations, including the board’s own that no phone may send', () => {
    for (const name of ['note.delete', 'note.reveal', 'map.setTitle', 'NOTE.ADD', 'constructor', '__proto__']) {
      expect(refusal(op(name, { note: 'n' }))).toBe('op.op: expected "note.add", "note.edit", "note.withdraw", "vote.add", "vote.remove"');
    }
    expect(refusal(op(null as unknown as string, {}))).toBe('op.op: expected "note.add", "note.edit", "note.withdraw", "vote.add", "vote.remove"');
  });

  it('__proto__ and constructor keys as unknown keys, leaving Object.prototype alone', () => {
    expect(refusal('{"type":"ping","__proto__":{"polluted":true}}')).toBe('ping: unknown key "__proto__"');
    expect(refusal(`{"type":"op","id":"m","op":"vote.add","args":{"note":"n","__proto__":{"polluted":true}}}`)).toBe('op.args: unknown key "__proto__"');
    expect(refusal('{"type":"join","code":"K7MPQ4","name":null,"language":"en","constructor":{"prototype":{"polluted":true}}}')).toBe('join: unknown key "constructor"');
    expect(refusal('{"__proto__":{"type":"ping"}}')).toBe('type: expected "join", "op" or "ping"');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('deeply nested JSON without a stack overflow', () => {
    const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
    expect(refusal(deep(8000))).toBe('message: expected a JSON object, found an array');
    expect(refusal(`{"type":"ping","x":${deep(8000)}}`)).toBe('ping: unknown key "x"');
    expect(refusal(`{"type":"op","id":"m","op":"vote.add","args":{"note":${deep(8000)}}}`)).toBe('op.args.note: expected an id: 1–64 of A–Z, a–z, 0–9, _ and -');
    expect(refusal('{"a":'.repeat(2500) + '1' + '}'.repeat(2500))).toBe('type: expected "join", "op" or "ping"');
  });

  it('half a surrogate pair, which a JSON escape can spell but is no text', () => {
    expect(refusal(String.raw`{"type":"op","id":"m","op":"note.edit","args":{"note":"n","text":"ok \ud83d"}}`)).toBe('op.args.text: holds half of a UTF-16 surrogate pair, which is not text');
    expect(refusal(String.raw`{"type":"op","id":"m","op":"note.edit","args":{"note":"n","text":"\ude0a ok"}}`)).toBe('op.args.text: holds half of a UTF-16 surrogate pair, which is not text');
    expect(refusal(`{"type":"join","code":"K7MPQ4","name":"Sari\ud83d","language":"en"}`)).toBe('join.name: holds half of a UTF-16 surrogate pair, which is not text');
    expect(accepted(String.raw`{"type":"op","id":"m","op":"note.edit","args":{"note":"n","text":"\ud83d\ude0a"}}`)).toMatchObject({ args: { text: '😊' } });
  });
});

describe('the size cap, in UTF-8 bytes, before parsing', () => {
  it('takes a message of exactly 16 KiB and refuses one byte more', () => {
    expect(ROOM_LIMITS.maxMessageBytes).toBe(16 * 1024);
    const exact = noteAddOfBytes(ROOM_LIMITS.maxMessageBytes, 'é');
    expect(new TextEncoder().encode(exact).length).toBe(16 * 1024);
    expect(exact.length).toBeLessThan(16 * 1024);
    expect(readParticipantMessage(exact).ok).toBe(true);
    expect(refusal(noteAddOfBytes(ROOM_LIMITS.maxMessageBytes + 1, 'é'))).toBe('message: over 16384 bytes');
    expect(refusal(noteAddOfBytes(ROOM_LIMITS.maxMessageBytes + 1, '😊'))).toBe('message: over 16384 bytes');
  });

  it('refuses a huge message without reading it, even one that is not JSON', () => {
    expect(refusal('x'.repeat(50 * 1024 * 1024))).toBe('message: over 16384 bytes');
    expect(refusal(JSON.stringify(op('note.add', { ...add, text: 'a'.repeat(20_000) })))).toBe('message: over 16384 bytes');
  });

  it('counts a note over the format’s limit as the text rule, when the message still fits', () => {
    // 10,001 characters of one byte each fit in 16 KiB: the text rule, not the cap, refuses them.
    expect(refusal(op('note.add', { ...add, text: 'a'.repeat(10_001) }))).toBe("op.args.text: expected a note's text of 1–10000 characters, not only spaces");
  });
});

describe('readParticipantBytes', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('reads a frame of UTF-8 and refuses invalid UTF-8 by the byte', () => {
    expect(readParticipantBytes(bytes(JSON.stringify(join)))).toEqual({ ok: true, message: join });
    const broken = bytes('{"type":"ping"}');
    broken[9] = 0xff;
    expect(readParticipantBytes(broken)).toEqual({ ok: false, reason: 'message: not UTF-8 (byte 9)' });
    const encodedSurrogate = Uint8Array.from([...bytes('{"type":"'), 0xed, 0xa0, 0xbd, ...bytes('"}')]);
    expect(readParticipantBytes(encodedSurrogate)).toEqual({ ok: false, reason: 'message: not UTF-8 (byte 9)' });
    const overlong = Uint8Array.from([...bytes('{"type":"'), 0xc0, 0xaf, ...bytes('"}')]);
    expect(readParticipantBytes(overlong)).toEqual({ ok: false, reason: 'message: not UTF-8 (byte 9)' });
  });

  it('refuses a frame over the cap before decoding it', () => {
    expect(readParticipantBytes(new Uint8Array(16 * 1024 + 1).fill(0xff))).toEqual({ ok: false, reason: 'message: over 16384 bytes' });
  });
});

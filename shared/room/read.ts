// Reading what a participant's phone sent: untrusted text from anyone on the
// room's network. Strict and total: the size is capped before parsing, every
// key must be known, every value is checked, and the answer is always a value
// (never a throw), naming the first thing wrong as `where: what`.
import { isValid } from '../format/validity';
import { isId, textLength } from '../format/rules';
import { decodeUtf8 } from '../format/utf8';
import { LANGUAGES, type Language } from '../i18n/languages';
import { isRoomCode, isSecret } from './codes';
import { NOTE_TEXT_RULE, ROOM_CODE_ALPHABET, ROOM_LIMITS } from './limits';
import { PARTICIPANT_OPS, type JoinMessage, type OpMessage, type ParticipantMessage, type ParticipantOpName } from './messages';

export type ReadResult = { ok: true; message: ParticipantMessage } | { ok: false; reason: string };

/** A parsed JSON object: only its own keys are ever read. */
type Fields = Record<string, unknown>;

class Refused {
  constructor(readonly reason: string) {}
}

const MAX_BYTES = ROOM_LIMITS.maxMessageBytes;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
const ID_RULE = 'an id: 1–64 of A–Z, a–z, 0–9, _ and -';

/** A WebSocket frame as bytes: the cap first, then strict UTF-8, then the message. */
export function readParticipantBytes(bytes: Uint8Array): ReadResult {
  if (bytes.length > MAX_BYTES) return { ok: false, reason: `message: over ${MAX_BYTES} bytes` };
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return { ok: false, reason: `message: not UTF-8 (byte ${decoded.offset})` };
  return readParticipantMessage(decoded.text);
}

export function readParticipantMessage(text: string): ReadResult {
  if (typeof text !== 'string') return { ok: false, reason: 'message: not text' };
  if (utf8Length(text) > MAX_BYTES) return { ok: false, reason: `message: over ${MAX_BYTES} bytes` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'message: not JSON' };
  }
  try {
    return { ok: true, message: readMessage(value) };
  } catch (error) {
    // Only a Refused is expected here; anything else is a fault of this file, and still no reason to take the room down.
    return { ok: false, reason: error instanceof Refused ? error.reason : 'message: could not be read' };
  }
}

function readMessage(value: unknown): ParticipantMessage {
  const fields = object(value, 'message', 'a JSON object');
  const type = fields.type;
  if (!Object.hasOwn(fields, 'type') || typeof type !== 'string') throw new Refused('type: expected "join", "op" or "ping"');
  switch (type) {
    case 'join':
      return readJoin(fields);
    case 'op':
      return readOp(fields);
    case 'ping':
      onlyKeys(fields, 'ping', ['type']);
      return { type: 'ping' };
    default:
      throw new Refused(`type: unknown message type ${quote(type)}`);
  }
}

function readJoin(fields: Fields): JoinMessage {
  onlyKeys(fields, 'join', ['type', 'code', 'name', 'language', 'resume']);
  const code = required(fields, 'join', 'code');
  if (!isRoomCode(code)) throw new Refused(`join.code: expected a room code: ${ROOM_LIMITS.roomCodeLength} of ${ROOM_CODE_ALPHABET}`);
  const language = required(fields, 'join', 'language');
  if (!LANGUAGES.includes(language as Language)) throw new Refused(`join.language: expected ${LANGUAGES.map(quote).join(' or ')}`);
  const message: JoinMessage = { type: 'join', code, name: readName(required(fields, 'join', 'name')), language: language as Language };
  if (Object.hasOwn(fields, 'resume')) {
    const resume = object(fields.resume, 'join.resume', 'an object');
    onlyKeys(resume, 'join.resume', ['participant', 'secret']);
    const participant = required(resume, 'join.resume', 'participant');
    if (!isId(participant)) throw new Refused(`join.resume.participant: expected ${ID_RULE}`);
    const secret = required(resume, 'join.resume', 'secret');
    if (!isSecret(secret)) throw new Refused(`join.resume.secret: expected a secret: ${ROOM_LIMITS.secretMinChars}–${ROOM_LIMITS.secretMaxChars} of A–Z, a–z, 0–9, _ and -`);
    message.resume = { participant, secret };
  }
  return message;
}

/** A name is trimmed and kept to one line: it is shown in the facilitator's list of who joined. */
function readName(value: unknown): string | null {
  if (value === null) return null;
  const expected = `join.name: expected null or a name of 1–${ROOM_LIMITS.nameMax} characters on one line`;
  if (typeof value !== 'string') throw new Refused(expected);
  wellFormed(value, 'join.name');
  const name = value.trim();
  if (name === '' || CONTROL.test(name) || textLength(name) > ROOM_LIMITS.nameMax) throw new Refused(expected);
  return name;
}

function readOp(fields: Fields): OpMessage {
  onlyKeys(fields, 'op', ['type', 'id', 'op', 'args']);
  const id = required(fields, 'op', 'id');
  if (!isId(id)) throw new Refused(`op.id: expected ${ID_RULE}`);
  const op = required(fields, 'op', 'op');
  if (!PARTICIPANT_OPS.includes(op as ParticipantOpName)) throw new Refused(`op.op: expected ${PARTICIPANT_OPS.map(quote).join(', ')}`);
  const args = object(required(fields, 'op', 'args'), 'op.args', 'an object');
  const name = op as ParticipantOpName;
  switch (name) {
    case 'note.add':
      onlyKeys(args, 'op.args', ['id', 'stage', 'lane', 'text']);
      return { type: 'op', id, op: name, args: { id: idArg(args, 'id'), stage: idArg(args, 'stage'), lane: idArg(args, 'lane'), text: noteText(args) } };
    case 'note.edit':
      onlyKeys(args, 'op.args', ['note', 'text']);
      return { type: 'op', id, op: name, args: { note: idArg(args, 'note'), text: noteText(args) } };
    case 'note.withdraw':
    case 'vote.add':
    case 'vote.remove':
      onlyKeys(args, 'op.args', ['note']);
      return { type: 'op', id, op: name, args: { note: idArg(args, 'note') } };
  }
}

function idArg(args: Fields, key: string): string {
  const value = required(args, 'op.args', key);
  if (!isId(value)) throw new Refused(`op.args.${key}: expected ${ID_RULE}`);
  return value;
}

/** Kept as typed, as docs/format.md keeps a note's text; a note of only spaces is what note.withdraw is for. */
function noteText(args: Fields): string {
  const value = required(args, 'op.args', 'text');
  const expected = `op.args.text: expected a note's text of 1–${NOTE_TEXT_RULE.max} characters, not only spaces`;
  if (typeof value !== 'string') throw new Refused(expected);
  wellFormed(value, 'op.args.text');
  if (!isValid(NOTE_TEXT_RULE, value) || value.trim() === '') throw new Refused(expected);
  return value;
}

function object(value: unknown, where: string, expected: string): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Refused(`${where}: expected ${expected}, found ${kindOf(value)}`);
  return value as Fields;
}

function onlyKeys(fields: Fields, where: string, known: readonly string[]): void {
  for (const key of Object.keys(fields)) if (!known.includes(key)) throw new Refused(`${where}: unknown key ${quote(key)}`);
}

/** An own key's value: a key inherited from Object.prototype (`constructor`) is not there. */
function required(fields: Fields, where: string, key: string): unknown {
  if (!Object.hasOwn(fields, key)) throw new Refused(`${where}.${key}: missing`);
  return fields[key];
}

/** JSON's \u escapes can spell half a surrogate pair, which is no character and cannot be saved as UTF-8. */
function wellFormed(value: string, where: string): void {
  if (LONE_SURROGATE.test(value)) throw new Refused(`${where}: holds half of a UTF-16 surrogate pair, which is not text`);
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/** A key or value from the message, quoted and cut short: a reason never echoes a long payload. */
function quote(value: string): string {
  const points = Array.from(value);
  return JSON.stringify(points.length > 40 ? `${points.slice(0, 40).join('')}…` : value);
}

/** UTF-8 length of `text`, counted only as far as needed to tell it is over the cap. */
function utf8Length(text: string): number {
  if (text.length > MAX_BYTES) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
    if (bytes > MAX_BYTES) return bytes;
  }
  return bytes;
}

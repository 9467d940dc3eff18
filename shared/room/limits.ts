// The room's limits: what one participant's phone may send, and how much. The
// room server is open to a whole network, so every size has a ceiling.
import { NOTE_FIELDS } from '../format/schema';
import type { Rule } from '../format/rules';

/** A note's text rule as docs/format.md gives it: the room never lets in a note the file could not hold. */
export const NOTE_TEXT_RULE = noteFieldTextRule('text');

/** A note's author as docs/format.md gives it: the room never welcomes a name its notes could not carry. */
const AUTHOR_RULE = noteFieldTextRule('author');

function noteFieldTextRule(key: string): Extract<Rule, { t: 'text' }> {
  const rule = NOTE_FIELDS.find((field) => field.key === key)?.rule;
  if (rule?.t !== 'text') throw new Error(`docs/format.md gives a note's ${key} a text rule`);
  return rule;
}

export const ROOM_LIMITS = {
  /** One message, in UTF-8 bytes: a note at the format's limit fits with room to spare. */
  maxMessageBytes: 16 * 1024,
  maxParticipants: 100,
  /** Notes one participant may add in a minute: a fast writer's pace, never a script's. */
  notesPerMinute: 30,
  noteTextMax: NOTE_TEXT_RULE.max,
  /** A participant's name, in characters as a person counts them. */
  nameMax: AUTHOR_RULE.max,
  roomCodeLength: 6,
  /** 16 random bytes as base64url: 128 bits, so a secret cannot be guessed on a room's network. */
  secretBytes: 16,
  secretMinChars: 22,
  secretMaxChars: 64,
  /** Client message ids remembered per participant, so a resend is answered and not applied twice. */
  rememberedIds: 256,
} as const;

/** Room code letters and digits that cannot be misread from the back of a room: no 0/O, 1/I/L. */
export const ROOM_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

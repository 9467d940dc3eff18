// Room codes and participant secrets, from randomness the caller passes in
// (the server gives crypto.getRandomValues), so both are pure and testable.
import { encodeBase64 } from '../format/base64';
import { ROOM_CODE_ALPHABET, ROOM_LIMITS } from './limits';

/** n random bytes. */
export type RandomBytes = (n: number) => Uint8Array;

const ROOM_CODE = new RegExp(`^[${ROOM_CODE_ALPHABET}]{${ROOM_LIMITS.roomCodeLength}}$`);
const SECRET = new RegExp(`^[A-Za-z0-9_-]{${ROOM_LIMITS.secretMinChars},${ROOM_LIMITS.secretMaxChars}}$`);

/** Bytes at or above this would favour the alphabet's first letters, so they are drawn again. */
const FAIR_BYTES = 256 - (256 % ROOM_CODE_ALPHABET.length);

/** A source that keeps giving only unfair bytes is broken; this many draws say so rather than spin. */
const MAX_DRAWS = 64;

export function isRoomCode(value: unknown): value is string {
  return typeof value === 'string' && ROOM_CODE.test(value);
}

export function isSecret(value: unknown): value is string {
  return typeof value === 'string' && SECRET.test(value);
}

export function newRoomCode(random: RandomBytes): string {
  let code = '';
  for (let draw = 0; draw < MAX_DRAWS; draw++) {
    for (const byte of drawBytes(random, ROOM_LIMITS.roomCodeLength)) {
      if (byte >= FAIR_BYTES) continue;
      code += ROOM_CODE_ALPHABET[byte % ROOM_CODE_ALPHABET.length];
      if (code.length === ROOM_LIMITS.roomCodeLength) return code;
    }
  }
  throw new Error(`the random source gave no fair bytes in ${MAX_DRAWS} draws`);
}

/** 128 random bits as base64url without padding (22 characters). */
export function newSecret(random: RandomBytes): string {
  return encodeBase64(drawBytes(random, ROOM_LIMITS.secretBytes)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

function drawBytes(random: RandomBytes, n: number): Uint8Array {
  const bytes = random(n);
  if (!(bytes instanceof Uint8Array) || bytes.length !== n) throw new Error(`the random source gave ${bytes?.length ?? 0} bytes where ${n} were asked for`);
  return bytes;
}

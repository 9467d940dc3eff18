// Room codes and secrets from injected randomness: only the unambiguous
// alphabet, the right length, and no letter favoured even when the source
// gives bytes that would bias a plain modulo.
import { describe, expect, it } from 'vitest';
import { isRoomCode, isSecret, newRoomCode, newSecret, ROOM_CODE_ALPHABET } from '../../../../shared/room';

/** A source that hands out the given bytes in order, as many as asked each time. */
function scripted(bytes: number[]): (n: number) => Uint8Array {
  let at = 0;
  return (n) => Uint8Array.from({ length: n }, () => bytes[at++ % bytes.length]!);
}

describe('room codes', () => {
  it('use 31 characters, none of 0, O, 1, I or L', () => {
    expect(ROOM_CODE_ALPHABET).toHaveLength(31);
    expect(new Set(ROOM_CODE_ALPHABET).size).toBe(31);
    for (const ambiguous of '0O1IL') expect(ROOM_CODE_ALPHABET).not.toContain(ambiguous);
  });

  it('are 6 characters of the alphabet, checked as such', () => {
    const code = newRoomCode((n) => crypto.getRandomValues(new Uint8Array(n)));
    expect(code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{6}$/);
    expect(isRoomCode(code)).toBe(true);
    for (const bad of ['K7MPQ', 'K7MPQ44', 'k7mpq4', 'K7MPQO', 'K7MPQ1', 'K7 MPQ', 123456, null]) expect(isRoomCode(bad)).toBe(false);
  });

  it('draw again on the bytes that would bias a modulo (248 to 255)', () => {
    // 248 = 8 × 31: byte 248 would map to "A" again, making it likelier than "Z".
    expect(newRoomCode(scripted([248, 0, 255, 1, 250, 30, 2, 3, 4]))).toBe('AB9CDE');
  });

  it('favour no character when every byte value is equally likely', () => {
    // Each draw is six copies of the next byte value, 0 to 255: the eight unfair ones are drawn again,
    // so each of the 31 characters fills exactly 8 of the first 248 codes.
    let next = 0;
    const source = (n: number) => new Uint8Array(n).fill(next++ % 256);
    const counts = new Map<string, number>();
    for (let i = 0; i < 248; i++) for (const c of newRoomCode(source)) counts.set(c, (counts.get(c) ?? 0) + 1);
    expect(counts.size).toBe(31);
    expect(new Set(counts.values())).toEqual(new Set([8 * 6]));
    expect(newRoomCode(source)).toBe('AAAAAA');
    expect(next).toBe(257);
  });

  it('stop with a clear error when the source never gives a fair byte', () => {
    expect(() => newRoomCode(() => new Uint8Array(6).fill(255))).toThrow('the random source gave no fair bytes in 64 draws');
    expect(() => newRoomCode(() => new Uint8Array(2))).toThrow('the random source gave 2 bytes where 6 were asked for');
  });
});

describe('participant secrets', () => {
  it('are 128 bits as 22 base64url characters', () => {
    expect(newSecret(() => new Uint8Array(16))).toBe('A'.repeat(22));
    expect(newSecret(() => new Uint8Array(16).fill(255))).toBe('_'.repeat(21) + 'w');
    expect(newSecret(scripted([0xfb, 0xef, 0xbe]))).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(newSecret(scripted([0xfb, 0xef, 0xbe]))).toContain('-');
    const secret = newSecret((n) => crypto.getRandomValues(new Uint8Array(n)));
    expect(isSecret(secret)).toBe(true);
    expect(newSecret((n) => crypto.getRandomValues(new Uint8Array(n)))).not.toBe(secret);
  });

  it('are checked by length and alphabet', () => {
    expect(isSecret('a'.repeat(21))).toBe(false);
    expect(isSecret('a'.repeat(64))).toBe(true);
    expect(isSecret('a'.repeat(65))).toBe(false);
    expect(isSecret('a'.repeat(21) + '+')).toBe(false);
    expect(isSecret(null)).toBe(false);
  });
});

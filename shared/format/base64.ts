// Standard base64 (RFC 4648 §4), no line breaks: checked and partly decoded
// without atob or Buffer, which shared/ may not use.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function isBase64(value: string): boolean {
  return value.length % 4 === 0 && BASE64.test(value);
}

export function decodedBase64Length(value: string): number {
  const padding = value.endsWith('==') ? 2 : value.endsWith('=') ? 1 : 0;
  return (value.length / 4) * 3 - padding;
}

/** Decodes the first `count` bytes (enough to read a file's magic number). */
export function decodeBase64Prefix(value: string, count: number): Uint8Array {
  return decodeBase64Range(value, 0, count);
}

const VALUE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

/**
 * The decoded bytes from `from` up to `to` (fewer at the end), decoding only
 * the four-character groups that hold them: a picture's header is read from
 * a stored asset without decoding megabytes.
 */
export function decodeBase64Range(value: string, from: number, to: number): Uint8Array {
  const length = decodedBase64Length(value);
  const start = Math.max(0, from);
  const end = Math.min(length, to);
  if (end <= start) return new Uint8Array(0);
  const firstGroup = Math.floor(start / 3);
  const lastGroup = Math.floor((end - 1) / 3);
  const out = new Uint8Array((lastGroup - firstGroup + 1) * 3);
  let o = 0;
  for (let g = firstGroup; g <= lastGroup; g++) {
    const c = g * 4;
    const a = Math.max(0, VALUE[value.charCodeAt(c) & 127]!);
    const b = Math.max(0, VALUE[value.charCodeAt(c + 1) & 127]!);
    const d = Math.max(0, VALUE[value.charCodeAt(c + 2) & 127]!);
    const e = Math.max(0, VALUE[value.charCodeAt(c + 3) & 127]!);
    out[o++] = (a << 2) | (b >> 4);
    out[o++] = ((b & 15) << 4) | (d >> 2);
    out[o++] = ((d & 3) << 6) | e;
  }
  const skip = start - firstGroup * 3;
  return out.subarray(skip, skip + (end - start));
}

const BASE64_OUT = ALPHABET.split('');

/** Encodes bytes as standard base64 (used for assets made in shared/ code and tests). */
export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    out += BASE64_OUT[a >> 2]! + BASE64_OUT[((a & 3) << 4) | ((b ?? 0) >> 4)]!;
    out += b === undefined ? '=' : BASE64_OUT[((b & 15) << 2) | ((c ?? 0) >> 6)]!;
    out += c === undefined ? '=' : BASE64_OUT[c & 63]!;
  }
  return out;
}

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
  const chars = Math.min(value.length, Math.ceil(count / 3) * 4);
  const out: number[] = [];
  for (let i = 0; i < chars; i += 4) {
    const n = [0, 1, 2, 3].map((k) => ALPHABET.indexOf(value[i + k] ?? '='));
    out.push((n[0]! << 2) | (n[1]! >> 4));
    if (n[2]! >= 0) out.push(((n[1]! & 15) << 4) | (n[2]! >> 2));
    if (n[3]! >= 0) out.push(((n[2]! & 3) << 6) | n[3]!);
  }
  return Uint8Array.from(out.slice(0, count));
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

// Random access to a picture's bytes, whether they are at hand (a dropped
// file) or still base64 inside a map's asset. Reading a picture's header
// touches a few small windows (a JPEG's size can sit after 64 KB of camera
// data), so a stored asset is decoded only where it is read, never whole.

export interface ByteSource {
  readonly length: number;
  /** Up to `count` bytes from `offset` (fewer at the end, none past it). */
  read(offset: number, count: number): Uint8Array;
}

export function bytesSource(bytes: Uint8Array): ByteSource {
  return { length: bytes.length, read: (offset, count) => bytes.subarray(Math.max(0, offset), Math.max(0, offset + count)) };
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

/** Standard base64 (as FORMAT.md stores assets), decoded four characters at a time where read. */
export function base64Source(data: string): ByteSource {
  const padding = data.endsWith('==') ? 2 : data.endsWith('=') ? 1 : 0;
  const length = Math.max(0, (data.length / 4) * 3 - padding);
  return {
    length,
    read(offset, count) {
      const from = Math.max(0, offset);
      const to = Math.min(length, offset + count);
      if (to <= from) return new Uint8Array(0);
      const firstQuad = Math.floor(from / 3);
      const lastQuad = Math.floor((to - 1) / 3);
      const out = new Uint8Array((lastQuad - firstQuad + 1) * 3);
      let o = 0;
      for (let q = firstQuad; q <= lastQuad; q++) {
        const c = q * 4;
        const a = VALUE[data.charCodeAt(c) & 127]!;
        const b = VALUE[data.charCodeAt(c + 1) & 127]!;
        const d = VALUE[data.charCodeAt(c + 2) & 127]!;
        const e = VALUE[data.charCodeAt(c + 3) & 127]!;
        out[o++] = (a << 2) | (b >> 4);
        out[o++] = ((b & 15) << 4) | (Math.max(d, 0) >> 2);
        out[o++] = ((Math.max(d, 0) & 3) << 6) | Math.max(e, 0);
      }
      const skip = from - firstQuad * 3;
      return out.subarray(skip, skip + (to - from));
    },
  };
}

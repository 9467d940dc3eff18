// Base64 in Node, in one place: Buffer's own codec, fast and exact. The page
// has its own (renderer/host/browserHost.ts, atob and btoa), and shared/ reads
// only the few bytes of a picture's header without either (shared/format/base64.ts).
import type { Base64Codec } from '../../shared/host/wireJson';

export const NODE_BASE64: Base64Codec = {
  encode: (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
  decode: (text) => {
    const buffer = Buffer.from(text, 'base64');
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  },
};

/** The bytes a stored asset's base64 holds (a picture in a map), as a Buffer for the libraries that want one. */
export function assetBytes(data: string): Buffer {
  return Buffer.from(data, 'base64');
}

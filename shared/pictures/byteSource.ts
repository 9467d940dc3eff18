// Random access to a picture's bytes, whether they are at hand (a dropped
// file) or still base64 inside a map's asset. Reading a picture's header
// touches a few small windows (a JPEG's size can sit after 64 KB of camera
// data), so a stored asset is decoded only where it is read, never whole.
import { decodeBase64Range, decodedBase64Length } from '../format/base64';

export interface ByteSource {
  readonly length: number;
  /** Up to `count` bytes from `offset` (fewer at the end, none past it). */
  read(offset: number, count: number): Uint8Array;
}

export function bytesSource(bytes: Uint8Array): ByteSource {
  return { length: bytes.length, read: (offset, count) => bytes.subarray(Math.max(0, offset), Math.max(0, offset + count)) };
}

/** Standard base64 (as docs/format.md stores assets), decoded four characters at a time where read. */
export function base64Source(data: string): ByteSource {
  return { length: Math.max(0, decodedBase64Length(data)), read: (offset, count) => decodeBase64Range(data, offset, offset + count) };
}

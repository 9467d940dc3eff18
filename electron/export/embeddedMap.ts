// The map a Jejak picture carries, so that opening or dropping the picture
// opens the map again. A PNG carries the .cjm in a compressed iTXt chunk, an
// SVG as base64 in a Jejak-namespaced element of its <metadata>; both hold
// the map as exported (private notes already left out).
//
// The bytes read here come from any file a user drops, so nothing about them
// is trusted: chunk lengths are checked against the file, checksums are
// checked, decompression stops at docs/format.md's file limit (a small chunk can
// inflate to gigabytes), and any surprise is "no map here" (null), never an
// exception. What the bytes say as a map is then the .cjm reader's business.
import { crc32, inflateSync } from 'node:zlib';
import { LIMITS } from '../../shared/format/schema';
import { NODE_BASE64 } from '../services/base64';

/** The iTXt keyword of the .cjm in a PNG. */
export const PNG_MAP_KEYWORD = 'jejak-map';
/** The namespace of the element holding the .cjm in an SVG (a URN: the file references nothing outside itself). */
export const SVG_MAP_NAMESPACE = 'urn:x-jejak:cjm';
/** The element's local name; its text is the .cjm, base64. */
export const SVG_MAP_ELEMENT = 'map';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The .cjm bytes inside a PNG or SVG that Jejak exported, or null for any other file. */
export function embeddedMapOf(bytes: Uint8Array): Uint8Array | null {
  try {
    if (isPng(bytes)) return fromPng(bytes);
    return fromSvg(bytes);
  } catch {
    // Only a bug (or an exhausted allocation) lands here: the file is then not a map we can open.
    return null;
  }
}

function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

function fromPng(bytes: Uint8Array): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = PNG_SIGNATURE.length;
  while (at + 12 <= bytes.length) {
    const length = view.getUint32(at);
    // PNG caps a chunk at 2^31 − 1 bytes; past the end of the file it is truncated or lying.
    if (length > 0x7fffffff || at + 12 + length > bytes.length) return null;
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'iTXt') {
      const map = fromITxt(data, () => crc32(bytes.subarray(at + 4, at + 8 + length)) >>> 0 === view.getUint32(at + 8 + length));
      if (map) return map;
    }
    if (type === 'IEND') return null;
    at += 12 + length;
  }
  return null;
}

/** An iTXt chunk's text if it is ours: keyword, compression flag and method, language, translated keyword, text. */
function fromITxt(data: Uint8Array, checksumOk: () => boolean): Uint8Array | null {
  const keywordEnd = data.indexOf(0);
  if (keywordEnd !== PNG_MAP_KEYWORD.length || latin1(data.subarray(0, keywordEnd)) !== PNG_MAP_KEYWORD) return null;
  // Checked only for our own chunk: a damaged map is no map, a damaged comment is not our business.
  if (!checksumOk()) return null;
  const compressed = data[keywordEnd + 1];
  const method = data[keywordEnd + 2];
  const languageEnd = data.indexOf(0, keywordEnd + 3);
  const translatedEnd = languageEnd < 0 ? -1 : data.indexOf(0, languageEnd + 1);
  if (translatedEnd < 0) return null;
  const text = data.subarray(translatedEnd + 1);
  if (compressed === 0) return text.length <= LIMITS.maxFileBytes ? Uint8Array.from(text) : null;
  if (compressed !== 1 || method !== 0) return null;
  return inflateCapped(text);
}

function inflateCapped(data: Uint8Array): Uint8Array | null {
  try {
    const out = inflateSync(data, { maxOutputLength: LIMITS.maxFileBytes });
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  } catch {
    // Corrupt, or more than a .cjm may be: not a map.
    return null;
  }
}

function latin1(bytes: Uint8Array): string {
  return String.fromCharCode(...bytes);
}

// Base64 grows 4 to 3; a file longer than that (plus room for the picture) cannot hold a map we would open.
const MAX_SVG_BYTES = Math.ceil((LIMITS.maxFileBytes * 4) / 3) + 512 * 1024 * 1024;

function fromSvg(bytes: Uint8Array): Uint8Array | null {
  if (bytes.length > MAX_SVG_BYTES) return null;
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (!/<svg[\s>]/.test(text)) return null;
  // Whatever prefix a tool that re-saved the file gave our namespace.
  const declaration = new RegExp(`xmlns:([A-Za-z_][\\w.-]*)\\s*=\\s*(["'])${escapeRegExp(SVG_MAP_NAMESPACE)}\\2`).exec(text);
  if (!declaration) return null;
  const prefix = escapeRegExp(declaration[1]!);
  const element = new RegExp(`<${prefix}:${SVG_MAP_ELEMENT}(?:\\s[^>]*)?>([A-Za-z0-9+/=\\s]*)</${prefix}:${SVG_MAP_ELEMENT}\\s*>`).exec(text);
  if (!element) return null;
  const base64 = element[1]!.replace(/\s+/g, '');
  if (base64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(base64) || base64.length === 0) return null;
  if ((base64.length / 4) * 3 > LIMITS.maxFileBytes + 2) return null;
  return NODE_BASE64.decode(base64);
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

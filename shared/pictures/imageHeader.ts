// What a picture file is and how big, from its first bytes and its header
// alone, without decoding a pixel: the kind (PNG, JPEG and WebP may be
// stored in a map, docs/format.md; GIF and BMP can be converted; SVG, HEIC and
// AVIF are refused), the size as displayed (a phone's JPEG says "turn me" in
// its EXIF orientation), and whether it may be see-through. The layout reads
// the size of stored pictures with this, in Node and in the browser alike.
import type { AssetMime } from '../format/types';
import { bytesSource, type ByteSource } from './byteSource';
import { sniffImageMime } from '../format/imageBytes';

export type PictureKind = 'png' | 'jpeg' | 'webp' | 'gif' | 'bmp' | 'avif' | 'svg' | 'heic' | 'unknown';

/** The kinds a map may store as they are, with their asset type. */
export const STORABLE_KINDS: Partial<Record<PictureKind, AssetMime>> = { png: 'image/png', jpeg: 'image/jpeg', webp: 'image/webp' };

/** How many leading bytes `pictureKind` looks at. */
export const KIND_BYTES = 64;

const ascii = (bytes: Uint8Array, at: number, length: number) => String.fromCharCode(...bytes.subarray(at, at + length));
const starts = (bytes: Uint8Array, prefix: readonly number[], at = 0) => prefix.every((b, i) => bytes[at + i] === b);

// ISO base media "ftyp" brands: HEIF/HEIC stills (what iPhones save) and AVIF.
const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs', 'mif1', 'msf1']);
const AVIF_BRANDS = new Set(['avif', 'avis']);

/** The kind of picture the leading bytes are (`name` only settles what the bytes leave open). */
const STORED_KIND = { 'image/png': 'png', 'image/jpeg': 'jpeg', 'image/webp': 'webp' } as const;

export function pictureKind(head: Uint8Array, name: string): PictureKind {
  // The kinds a map may store are told by the format's own signatures.
  const stored = sniffImageMime(head);
  if (stored) return STORED_KIND[stored];
  if (ascii(head, 0, 6) === 'GIF87a' || ascii(head, 0, 6) === 'GIF89a') return 'gif';
  if (ascii(head, 0, 2) === 'BM' && head.length >= 26) return 'bmp';
  if (ascii(head, 4, 4) === 'ftyp') {
    const major = ascii(head, 8, 4);
    if (AVIF_BRANDS.has(major)) return 'avif';
    if (HEIC_BRANDS.has(major)) return 'heic';
  }
  // An SVG is text: markup, perhaps after a byte-order mark, white space or an XML declaration.
  const text = new TextDecoder('utf-8', { fatal: false }).decode(head).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (/^<(\?xml|svg|!doctype svg|!--)/.test(text) && (text.includes('<svg') || /\.svgz?$/i.test(name))) return 'svg';
  if (/\.svgz?$/i.test(name)) return 'svg';
  if (/\.(heic|heif)$/i.test(name)) return 'heic';
  return 'unknown';
}

export interface ImageHeader {
  /** Size as the picture is displayed: a JPEG turned a quarter by its orientation has width and height swapped. */
  width: number;
  height: number;
  /** EXIF orientation 1–8 (1: as stored); JPEG only, 1 elsewhere. */
  orientation: number;
  /** Whether the picture may have see-through pixels (a JPEG never has). */
  alpha: boolean;
}

const be16 = (b: Uint8Array, at: number) => ((b[at]! << 8) | b[at + 1]!) >>> 0;
const be32 = (b: Uint8Array, at: number) => ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;
const le16 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8)) >>> 0;
const le24 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16)) >>> 0;
const le32 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;

/** The header of a picture of a known kind, or null when it is cut short or makes no sense. */
export function readImageHeader(source: ByteSource | Uint8Array, kind: PictureKind): ImageHeader | null {
  const src = source instanceof Uint8Array ? bytesSource(source) : source;
  const header = (() => {
    switch (kind) {
      case 'png':
        return pngHeader(src);
      case 'jpeg':
        return jpegHeader(src);
      case 'webp':
        return webpHeader(src);
      case 'gif':
        return gifHeader(src);
      case 'bmp':
        return bmpHeader(src);
      default:
        return null;
    }
  })();
  return header && header.width > 0 && header.height > 0 ? header : null;
}

function pngHeader(src: ByteSource): ImageHeader | null {
  const head = src.read(0, 33);
  if (head.length < 33 || ascii(head, 12, 4) !== 'IHDR') return null;
  const colourType = head[25]!;
  let alpha = colourType === 4 || colourType === 6;
  // A palette or grey picture is see-through only with a tRNS chunk, which comes before the image data.
  for (let at = 33, chunks = 0; !alpha && at + 8 <= src.length && chunks < 64; chunks++) {
    const chunk = src.read(at, 8);
    if (chunk.length < 8) break;
    const type = ascii(chunk, 4, 4);
    if (type === 'IDAT' || type === 'IEND') break;
    if (type === 'tRNS') alpha = true;
    at += 12 + be32(chunk, 0);
  }
  return { width: be32(head, 16), height: be32(head, 20), orientation: 1, alpha };
}

function jpegHeader(src: ByteSource): ImageHeader | null {
  let at = 2;
  let orientation = 1;
  // Segment by segment to the frame header; a few bytes of each are read.
  for (let segments = 0; at + 4 <= src.length && segments < 4096; segments++) {
    const marker = src.read(at, 4);
    if (marker[0] !== 0xff) return null;
    const type = marker[1]!;
    if (type === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (type === 0xd8 || type === 0x01 || (type >= 0xd0 && type <= 0xd7)) {
      at += 2;
      continue;
    }
    if (type === 0xd9 || type === 0xda) return null; // the picture's data starts (or ends) before any frame header
    const length = be16(marker, 2);
    if (length < 2) return null;
    if (type === 0xe1) orientation = exifOrientation(src.read(at + 4, Math.min(length - 2, 4096))) ?? orientation;
    const isFrame = type >= 0xc0 && type <= 0xcf && type !== 0xc4 && type !== 0xc8 && type !== 0xcc;
    if (isFrame) {
      const frame = src.read(at + 4, 5);
      if (frame.length < 5) return null;
      const height = be16(frame, 1);
      const width = be16(frame, 3);
      const turned = orientation >= 5 && orientation <= 8;
      return { width: turned ? height : width, height: turned ? width : height, orientation, alpha: false };
    }
    at += 2 + length;
  }
  return null;
}

/** The orientation tag of an APP1 segment's body ("Exif\0\0", then a TIFF header), if it has one. */
export function exifOrientation(body: Uint8Array): number | null {
  if (body.length < 14 || ascii(body, 0, 6) !== 'Exif\0\0') return null;
  const tiff = body.subarray(6);
  const little = ascii(tiff, 0, 2) === 'II';
  if (!little && ascii(tiff, 0, 2) !== 'MM') return null;
  const u16 = (at: number) => (little ? le16(tiff, at) : be16(tiff, at));
  const u32 = (at: number) => (little ? le32(tiff, at) : be32(tiff, at));
  if (u16(2) !== 42) return null;
  const ifd = u32(4);
  if (ifd + 2 > tiff.length) return null;
  const count = u16(ifd);
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > tiff.length) return null;
    if (u16(entry) === 0x0112) {
      const value = u16(entry + 8);
      return value >= 1 && value <= 8 ? value : null;
    }
  }
  return null;
}

function webpHeader(src: ByteSource): ImageHeader | null {
  const head = src.read(0, 30);
  if (head.length < 30) return null;
  const chunk = ascii(head, 12, 4);
  if (chunk === 'VP8X') {
    return { width: le24(head, 24) + 1, height: le24(head, 27) + 1, orientation: 1, alpha: (head[20]! & 0x10) !== 0 };
  }
  if (chunk === 'VP8 ') {
    if (!starts(head, [0x9d, 0x01, 0x2a], 23)) return null;
    return { width: le16(head, 26) & 0x3fff, height: le16(head, 28) & 0x3fff, orientation: 1, alpha: false };
  }
  if (chunk === 'VP8L') {
    if (head[20] !== 0x2f) return null;
    const bits = le32(head, 21);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1, orientation: 1, alpha: ((bits >>> 28) & 1) === 1 };
  }
  return null;
}

function gifHeader(src: ByteSource): ImageHeader | null {
  const head = src.read(0, 10);
  if (head.length < 10) return null;
  // Any GIF may have a see-through colour; which one is said later, per frame.
  return { width: le16(head, 6), height: le16(head, 8), orientation: 1, alpha: true };
}

function bmpHeader(src: ByteSource): ImageHeader | null {
  const head = src.read(0, 30);
  if (head.length < 26) return null;
  // The old OS/2 header (12 bytes) keeps its size in 16 bits; every later one in 32.
  if (le32(head, 14) === 12) return { width: le16(head, 18), height: le16(head, 20), orientation: 1, alpha: false };
  if (head.length < 30) return null;
  const height = le32(head, 22) | 0; // negative: stored top-down
  return { width: le32(head, 18) | 0, height: Math.abs(height), orientation: 1, alpha: le16(head, 28) === 32 }; // 32 bits per pixel may carry alpha
}

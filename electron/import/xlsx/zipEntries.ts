// An .xlsx is a zip, and a zip can be a bomb: a few kilobytes that inflate
// to gigabytes. Every entry's declared size and packing ratio are checked
// from the central directory before anything is inflated; an entry is then
// inflated as a stream that stops the moment it passes the same caps, so an
// entry that lies about its size costs no more than an honest one. A sheet
// of 20,000 notes is some 10 MiB of XML packed about 10 to 1.
import { TextDecoder } from 'node:util';
import { createInflateRaw } from 'node:zlib';
import type { SheetFailure } from '../../../shared/i18n/importMessages';

export const ZIP_LIMITS = {
  /** What one entry may inflate to: six times the sheet of a 20,000-note export. */
  maxEntryBytes: 64 * 1024 * 1024,
  /** How tightly an entry may be packed; real sheets stay far below (Apache POI refuses past 100 too). */
  maxRatio: 100,
  /** Entries up to this size are not held to the ratio: a small part of repeated tags packs tightly. */
  ratioGraceBytes: 1024 * 1024,
} as const;

export interface ZipEntry {
  name: string;
  /** 0: stored, 8: deflated. */
  method: number;
  compressed: number;
  /** The size it declares once inflated. */
  size: number;
  /** Where its packed bytes start. */
  start: number;
}

/** A zip or workbook that cannot be read, with the failure the person sees. */
export class SheetRefused extends Error {
  constructor(readonly failure: SheetFailure) {
    super(failure.code);
  }
}

const damaged = (): SheetRefused => new SheetRefused({ code: 'bad-xlsx', detail: 'damaged zip' });

/** The entries of a zip by name, each within the caps; throws SheetRefused. */
export function zipEntries(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = endOfDirectory(view);
  if (end < 0) throw damaged();
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  let at = view.getUint32(end + 16, true);
  // ZIP64 (the 0xFFFF / 0xFFFFFFFF markers) is for archives far larger than any sheet Jejak takes.
  if (count === 0xffff || at === 0xffffffff || at + directorySize > end) throw damaged();
  const entries = new Map<string, ZipEntry>();
  const names = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (at + 46 > end || view.getUint32(at, true) !== 0x02014b50) throw damaged();
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (size === 0xffffffff || compressed === 0xffffffff) throw damaged();
    if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) throw damaged();
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (start + compressed > bytes.length || (method !== 0 && method !== 8)) throw damaged();
    checkSize(name, size, compressed);
    entries.set(name, { name, method, compressed, size, start });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

function checkSize(part: string, size: number, compressed: number): void {
  if (size > ZIP_LIMITS.maxEntryBytes) throw new SheetRefused({ code: 'too-large', part, limit: ZIP_LIMITS.maxEntryBytes });
  if (size > ZIP_LIMITS.ratioGraceBytes && size > ZIP_LIMITS.maxRatio * compressed) throw new SheetRefused({ code: 'too-large', part, ratio: ZIP_LIMITS.maxRatio });
}

/**
 * An entry's bytes as they inflate, in chunks; stops with SheetRefused the
 * moment they pass the caps, and at the end unless they came to the size
 * the entry declared. Breaking off early stops the inflating too.
 */
export async function* inflated(bytes: Uint8Array, entry: ZipEntry): AsyncGenerator<Uint8Array> {
  const packed = bytes.subarray(entry.start, entry.start + entry.compressed);
  if (entry.method === 0) {
    if (entry.compressed !== entry.size) throw damaged();
    for (let at = 0; at < packed.length; at += 65_536) yield packed.subarray(at, at + 65_536);
    return;
  }
  const inflater = createInflateRaw({ chunkSize: 65_536 });
  inflater.end(packed);
  let total = 0;
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      total += chunk.length;
      checkSize(entry.name, total, entry.compressed);
      yield chunk;
    }
  } catch (error) {
    if (error instanceof SheetRefused) throw error;
    throw damaged(); // not deflate data, or cut short
  } finally {
    inflater.destroy();
  }
  if (total !== entry.size) throw damaged();
}

/**
 * Inflates every entry once, keeping nothing: a zip whose parts do not
 * inflate to what they declare, or past the caps, is refused before any of
 * it is parsed.
 */
export async function checkEntries(bytes: Uint8Array, entries: Map<string, ZipEntry>): Promise<void> {
  for (const entry of entries.values()) for await (const _chunk of inflated(bytes, entry));
}

/** An entry's text (UTF-8), decoded as it inflates, in chunks that never split a character. */
export async function* entryText(bytes: Uint8Array, entry: ZipEntry): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  for await (const chunk of inflated(bytes, entry)) yield decoder.decode(chunk, { stream: true });
  const rest = decoder.decode();
  if (rest !== '') yield rest;
}

/** Where the end-of-central-directory record starts (22 bytes, then a comment of up to 65,535), or -1. */
function endOfDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - 22 - 65_535);
  for (let i = view.byteLength - 22; i >= lowest; i--) if (view.getUint32(i, true) === 0x06054b50) return i;
  return -1;
}

// An .xlsx is a zip, and a zip can be a bomb: a few kilobytes that inflate
// to gigabytes. Before exceljs (through JSZip) inflates a workbook whole, its
// central directory is read and each entry inflated here with a ceiling of
// the size it declares, and the declared sizes together with a ceiling of
// `limit`. A workbook of 100,000 notes is tens of megabytes of XML; a zip
// that claims more, or holds more than it claims, is refused before any of
// it reaches the memory exceljs would use.
import { inflateRawSync } from 'node:zlib';

export type ZipCheck = 'ok' | 'too-large' | 'broken';

export function checkZip(bytes: Uint8Array, limit: number): ZipCheck {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = endOfDirectory(view);
  if (end < 0) return 'broken';
  const entries = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  let at = view.getUint32(end + 16, true);
  // ZIP64 (the 0xFFFF / 0xFFFFFFFF markers) is for archives far larger than any sheet Jejak takes.
  if (entries === 0xffff || at === 0xffffffff || at + directorySize > end) return 'broken';
  const list: { method: number; compressed: number; size: number; local: number }[] = [];
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > end || view.getUint32(at, true) !== 0x02014b50) return 'broken';
    const entry = { method: view.getUint16(at + 10, true), compressed: view.getUint32(at + 20, true), size: view.getUint32(at + 24, true), local: view.getUint32(at + 42, true) };
    if (entry.size === 0xffffffff || entry.compressed === 0xffffffff) return 'broken';
    total += entry.size;
    if (total > limit) return 'too-large';
    list.push(entry);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  for (const entry of list) {
    if (entry.local + 30 > bytes.length || view.getUint32(entry.local, true) !== 0x04034b50) return 'broken';
    const start = entry.local + 30 + view.getUint16(entry.local + 26, true) + view.getUint16(entry.local + 28, true);
    if (start + entry.compressed > bytes.length) return 'broken';
    if (entry.method === 0) continue;
    if (entry.method !== 8) return 'broken';
    try {
      // One byte more than declared is enough to know the entry lies.
      const inflated = inflateRawSync(bytes.subarray(start, start + entry.compressed), { maxOutputLength: entry.size + 1 });
      if (inflated.length !== entry.size) return 'broken';
    } catch (error) {
      return (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? 'too-large' : 'broken';
    }
  }
  return 'ok';
}

/** Where the end-of-central-directory record starts (22 bytes, then a comment of up to 65,535), or -1. */
function endOfDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - 22 - 65_535);
  for (let i = view.byteLength - 22; i >= lowest; i--) if (view.getUint32(i, true) === 0x06054b50) return i;
  return -1;
}

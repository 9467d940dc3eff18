// A streaming PNG reader for pictures too big to decode whole (a 20,000-note
// map at 2× is 3.4 gigapixels): it checks every chunk's CRC, inflates the
// image data as a stream, undoes all five row filters, checks the row count
// and hands the rows asked for to the caller. 8-bit RGBA, non-interlaced
// only: what Jejak writes. pngjs stays the decoder for pictures that fit.
import { createInflate, crc32 } from 'node:zlib';

export interface PngSummary {
  width: number;
  height: number;
  /** Chunk types in file order (IDAT once per run). */
  chunks: string[];
}

export async function scanPngRows(bytes: Uint8Array, wanted: (y: number) => boolean, onRow: (y: number, rgba: Uint8Array) => void): Promise<PngSummary> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 8 || view.getUint32(0) !== 0x89504e47 || view.getUint32(4) !== 0x0d0a1a0a) throw new Error('not a PNG');
  let at = 8;
  let width = 0;
  let height = 0;
  const chunks: string[] = [];
  const data: Uint8Array[] = [];
  while (at < bytes.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    const body = bytes.subarray(at + 8, at + 8 + length);
    if ((crc32(bytes.subarray(at + 4, at + 8 + length)) >>> 0) !== view.getUint32(at + 8 + length)) throw new Error(`bad CRC in ${type} at ${at}`);
    if (chunks[chunks.length - 1] !== type || type !== 'IDAT') chunks.push(type);
    if (type === 'IHDR') {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      if (body[8] !== 8 || body[9] !== 6 || body[12] !== 0) throw new Error('only 8-bit RGBA, non-interlaced');
    }
    if (type === 'IDAT') data.push(body);
    at += 12 + length;
    if (type === 'IEND') break;
  }
  if (at !== bytes.length) throw new Error('bytes after IEND');
  const stride = width * 4;
  let previous = new Uint8Array(stride);
  let current = new Uint8Array(stride);
  let row = 0;
  let filled = -1; // -1: the filter byte is next
  let filter = 0;
  const unfilter = () => {
    if (row >= height) throw new Error('more rows than the header says');
    if (filter === 2) {
      // Up, four bytes at a time (the common case, and the one Jejak writes): a + b per byte, no carry between bytes.
      const a = new Uint32Array(current.buffer);
      const b = new Uint32Array(previous.buffer);
      for (let i = 0; i < a.length; i++) a[i] = ((a[i]! & 0x7f7f7f7f) + (b[i]! & 0x7f7f7f7f)) ^ ((a[i]! ^ b[i]!) & 0x80808080);
    } else {
      for (let i = 0; i < stride; i++) {
        const left = i >= 4 ? current[i - 4]! : 0;
        const up = previous[i]!;
        const upLeft = i >= 4 ? previous[i - 4]! : 0;
        let add = 0;
        if (filter === 1) add = left;
        else if (filter === 3) add = (left + up) >> 1;
        else if (filter === 4) {
          const p = left + up - upLeft;
          const pa = Math.abs(p - left);
          const pb = Math.abs(p - up);
          const pc = Math.abs(p - upLeft);
          add = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
        } else if (filter !== 0) throw new Error(`filter ${filter} on row ${row}`);
        current[i] = (current[i]! + add) & 0xff;
      }
    }
    if (wanted(row)) onRow(row, Uint8Array.from(current));
    [previous, current] = [current, previous];
    row++;
  };
  const inflate = createInflate({ chunkSize: 4 << 20 });
  const done = new Promise<void>((resolve, reject) => {
    inflate.on('data', (chunk: Buffer) => {
      try {
        take(chunk);
      } catch (error) {
        reject(error as Error);
        inflate.destroy();
      }
    });
    inflate.once('end', resolve);
    inflate.once('error', reject);
  });
  function take(chunk: Buffer): void {
    let i = 0;
    while (i < chunk.length) {
      if (filled < 0) {
        filter = chunk[i++]!;
        filled = 0;
        continue;
      }
      const count = Math.min(stride - filled, chunk.length - i);
      current.set(chunk.subarray(i, i + count), filled);
      filled += count;
      i += count;
      if (filled === stride) {
        unfilter();
        filled = -1;
      }
    }
  }
  for (const piece of data) {
    if (!inflate.write(piece)) await new Promise((resolve) => inflate.once('drain', resolve));
  }
  inflate.end();
  await done;
  if (row !== height || filled !== -1) throw new Error(`${row} rows decoded, the header says ${height}`);
  return { width, height, chunks };
}

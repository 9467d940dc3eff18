// A PNG encoder that takes its image a band of rows at a time, so a picture
// far larger than memory could hold as one pixmap (a 20,000-note map at 4×
// is tens of gigabytes of RGBA) is never whole anywhere but in the deflate
// stream. 8-bit RGBA, non-interlaced, every row unfiltered: a map is long
// runs of one colour that deflate squeezes as well without a filter, and
// filtering in JavaScript cost more than drawing (measured on a 5,000-note
// map at 2×: the Up filter took 6 of 21 seconds for a file 2% smaller).
// Rows are copied straight out of the renderer's pixmap with memcpy. Only
// the compressed file is kept in memory.
import { createDeflate, crc32, deflateSync, type Deflate } from 'node:zlib';

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
/** PNG's own limit on a dimension. */
export const MAX_PNG_DIMENSION = 0x7fffffff;
const FILTER_NONE = 0;

export interface TextChunk {
  keyword: string;
  text: Uint8Array;
}

export class PngWriter {
  private readonly parts: Uint8Array[] = [];
  private readonly deflate: Deflate;
  private readonly rowBytes: number;
  private rowsWritten = 0;
  /** Row buffers the deflate stream has finished with, kept for the next band: a band of a big map is tens of megabytes. */
  private readonly spare: Buffer[] = [];
  private readonly flushed: Promise<void>;

  /** Starts a PNG: the signature, the header and any text chunks (placed first, so a reader finds them without reading the image). */
  constructor(
    readonly width: number,
    readonly height: number,
    texts: readonly TextChunk[] = [],
    /** zlib's level for the image data, 1 (fast) to 9 (small). */
    level = 6,
  ) {
    if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1 || width > MAX_PNG_DIMENSION || height > MAX_PNG_DIMENSION) {
      throw new RangeError(`a PNG cannot be ${width} × ${height} pixels`);
    }
    this.rowBytes = width * 4;
    this.parts.push(SIGNATURE);
    const header = new Uint8Array(13);
    const view = new DataView(header.buffer);
    view.setUint32(0, width);
    view.setUint32(4, height);
    header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, adaptive filters, no interlace
    this.chunk('IHDR', header);
    for (const text of texts) this.chunk('iTXt', compressedITxt(text));
    this.deflate = createDeflate({ level, chunkSize: 1 << 20 });
    this.deflate.on('data', (data: Buffer) => this.chunk('IDAT', data));
    this.flushed = new Promise((resolve, reject) => {
      this.deflate.once('end', resolve);
      this.deflate.once('error', reject);
    });
  }

  /**
   * Appends `rows` rows of straight (not premultiplied) RGBA, top to bottom,
   * read from `pixels` starting at byte `offset`, one row every `stride`
   * bytes (a band drawn wider than the picture is cut without a copy).
   */
  async addRows(pixels: Uint8Array, rows: number, offset = 0, stride = this.rowBytes): Promise<void> {
    const { rowBytes } = this;
    if (stride < rowBytes || offset + (rows - 1) * stride + rowBytes > pixels.length) throw new RangeError('fewer pixels than rows');
    if (this.rowsWritten + rows > this.height) throw new RangeError('more rows than the image has');
    const size = rows * (rowBytes + 1);
    const reused = this.spare.pop();
    const filtered = reused !== undefined && reused.length === size ? reused : Buffer.allocUnsafe(size);
    for (let r = 0; r < rows; r++) {
      const out = r * (rowBytes + 1);
      filtered[out] = FILTER_NONE;
      const from = offset + r * stride;
      filtered.set(pixels.subarray(from, from + rowBytes), out + 1);
    }
    this.rowsWritten += rows;
    await new Promise<void>((resolve, reject) => this.deflate.write(filtered, (error) => (error ? reject(error) : resolve())));
    this.spare.push(filtered);
  }

  /** Ends the image and returns the whole file. */
  async finish(): Promise<Uint8Array> {
    if (this.rowsWritten !== this.height) throw new Error(`${this.rowsWritten} of ${this.height} rows were written`);
    this.deflate.end();
    await this.flushed;
    this.chunk('IEND', new Uint8Array(0));
    const out = Buffer.concat(this.parts);
    this.parts.length = 0;
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  }

  /** Stops without a file (a cancelled export): the deflate stream is closed. */
  abandon(): void {
    this.deflate.destroy();
    this.parts.length = 0;
  }

  private chunk(type: string, data: Uint8Array): void {
    const head = new Uint8Array(8);
    const view = new DataView(head.buffer);
    view.setUint32(0, data.length);
    for (let i = 0; i < 4; i++) head[4 + i] = type.charCodeAt(i);
    const crc = new Uint8Array(4);
    new DataView(crc.buffer).setUint32(0, crc32(data, crc32(head.subarray(4))) >>> 0);
    this.parts.push(head, data, crc);
  }
}

/** An iTXt chunk's data: keyword, compressed (flag 1, method 0), no language, no translated keyword, the text deflated. */
function compressedITxt({ keyword, text }: TextChunk): Uint8Array {
  if (!/^[\x20-\x7e]{1,79}$/.test(keyword) || keyword !== keyword.trim()) throw new RangeError(`"${keyword}" is not a PNG keyword`);
  const compressed = deflateSync(text, { level: 9 });
  const out = new Uint8Array(keyword.length + 5 + compressed.length);
  for (let i = 0; i < keyword.length; i++) out[i] = keyword.charCodeAt(i);
  out.set([0, 1, 0, 0, 0], keyword.length);
  out.set(compressed, keyword.length + 5);
  return out;
}

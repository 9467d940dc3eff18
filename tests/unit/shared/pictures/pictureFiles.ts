// Real picture files for the picture tests, made in Node by Skia
// (@napi-rs/canvas, what the PNG export draws with): photo-like noise that
// compresses as a photo does, or flat colour; plus a JPEG turned by an EXIF
// orientation, spliced in by hand as a phone camera writes it, and huge
// blank PNGs written by hand.
import { crc32, deflateRawSync, constants as zlibConstants } from 'node:zlib';
import { createCanvas } from '@napi-rs/canvas';

export type Encoding = 'png' | 'jpeg' | 'webp';

/** A width × height picture: a colour gradient with grain (like a photo), or one flat colour; see-through on the left half if asked. */
export function picture(width: number, height: number, encoding: Encoding, options: { flat?: readonly number[]; seeThrough?: boolean; quality?: number } = {}): Buffer {
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  if (options.flat) {
    ctx.fillStyle = `rgb(${options.flat.join(',')})`;
    ctx.fillRect(0, 0, width, height);
  } else {
    const gradient = ctx.createLinearGradient(0, 0, width, height);
    gradient.addColorStop(0, '#1D4ED8');
    gradient.addColorStop(0.5, '#F59E0B');
    gradient.addColorStop(1, '#047857');
    ctx.fillStyle = gradient;
    ctx.fillRect(0, 0, width, height);
    const image = ctx.getImageData(0, 0, width, height);
    let seed = 12345;
    for (let i = 0; i < image.data.length; i += 4) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      const grain = ((seed >>> 16) & 31) - 16;
      image.data[i] = Math.max(0, Math.min(255, image.data[i]! + grain));
      image.data[i + 1] = Math.max(0, Math.min(255, image.data[i + 1]! + grain));
      image.data[i + 2] = Math.max(0, Math.min(255, image.data[i + 2]! + grain));
    }
    ctx.putImageData(image, 0, 0);
  }
  if (options.seeThrough) ctx.clearRect(0, 0, Math.floor(width / 2), height);
  if (encoding === 'png') return canvas.toBuffer('image/png');
  if (encoding === 'webp') return canvas.toBuffer('image/webp', options.quality ?? 80);
  return canvas.toBuffer('image/jpeg', options.quality ?? 90);
}

/** A JPEG with an APP1 (EXIF) segment holding one orientation tag, placed right after the start marker, in either byte order. */
export function withOrientation(jpeg: Buffer, orientation: number, byteOrder: 'II' | 'MM' = 'MM'): Buffer {
  const little = byteOrder === 'II';
  const tiff = Buffer.alloc(8 + 2 + 12 + 4);
  tiff.write(byteOrder, 0, 'latin1');
  const u16 = (value: number, at: number) => (little ? tiff.writeUInt16LE(value, at) : tiff.writeUInt16BE(value, at));
  const u32 = (value: number, at: number) => (little ? tiff.writeUInt32LE(value, at) : tiff.writeUInt32BE(value, at));
  u16(42, 2);
  u32(8, 4); // IFD0 right after the header
  u16(1, 8); // one entry
  u16(0x0112, 10); // Orientation
  u16(3, 12); // SHORT
  u32(1, 14);
  u16(orientation, 18);
  u32(0, 22); // no next IFD
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const segment = Buffer.alloc(4);
  segment.writeUInt16BE(0xffe1, 0);
  segment.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), segment, body, jpeg.subarray(2)]);
}

/** A JPEG with a large APP segment before its frame header (as cameras write 64 KB of EXIF and a preview). */
export function withBigAppSegment(jpeg: Buffer, bytes = 60_000): Buffer {
  const segment = Buffer.alloc(4 + bytes, 0x41);
  segment.writeUInt16BE(0xffe2, 0);
  segment.writeUInt16BE(bytes + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), segment, jpeg.subarray(2)]);
}

/**
 * A whole, valid PNG that says width × height, every pixel black: 8-bit grey
 * (a 16000 × 16000 one is 249 KB), or see-through RGBA (1 MB; 1 GB once
 * decoded by Skia, which keeps grey at a byte a pixel, and pdfkit decodes a
 * PNG with alpha whole). Its image data is one deflated stretch of zero rows
 * repeated (zeros decompress the same wherever a stretch starts), so even a
 * 30000 × 30000 file is made in a moment: the shape of a huge picture in a
 * map from a shared drive.
 */
export function blankPng(width: number, height: number, pixels: 'grey' | 'rgba' = 'grey'): Buffer {
  const row = 1 + width * (pixels === 'grey' ? 1 : 4);
  // Rows per stretch: a divisor of the height, the stretch at most 32 MB.
  let rows = Math.max(1, Math.min(height, Math.floor((32 << 20) / row)));
  while (height % rows !== 0) rows--;
  const stretch = deflateRawSync(Buffer.alloc(row * rows), { level: 9, finishFlush: zlibConstants.Z_SYNC_FLUSH });
  const total = row * height;
  // Adler-32 of `total` zero bytes: a stays 1, b counts the bytes.
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE((((total % 65521) << 16) | 1) >>> 0);
  const idat = Buffer.concat([Buffer.from([0x78, 0xda]), ...Array.from({ length: height / rows }, () => stretch), Buffer.from([0x03, 0x00]), adler]);
  return Buffer.concat([pngHead(width, height, pixels), pngChunk('IDAT', idat), pngChunk('IEND', Buffer.alloc(0))]);
}

/** A PNG's signature and header chunk saying width × height, and nothing after: all a header check may read. */
export function pngHead(width: number, height: number, pixels: 'grey' | 'rgba' = 'grey'): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, pixels === 'grey' ? 0 : 6, 0, 0, 0], 8); // 8 bits a channel, grey or RGBA, deflate, standard filters, not interlaced
  return Buffer.concat([PNG_SIGNATURE, pngChunk('IHDR', header)]);
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])));
  return Buffer.concat([head, data, crc]);
}

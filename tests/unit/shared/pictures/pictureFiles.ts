// Real picture files for the picture tests, made in Node by Skia
// (@napi-rs/canvas, what the PNG export draws with): photo-like noise that
// compresses as a photo does, or flat colour; plus a JPEG turned by an EXIF
// orientation, spliced in by hand as a phone camera writes it.
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

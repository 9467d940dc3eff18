// What a picture is and how big, from its header alone: real PNG, JPEG and
// WebP files (Skia's), a phone JPEG turned by its EXIF orientation, a frame
// header behind 60 KB of camera data read from base64 without decoding the
// rest, and the files Jejak refuses by kind (SVG, HEIC, a renamed text file).
import { describe, expect, it } from 'vitest';
import { encodeBase64 } from '../../../../shared/format/base64';
import { base64Source, bytesSource } from '../../../../shared/pictures/byteSource';
import { exifOrientation, pictureKind, readImageHeader } from '../../../../shared/pictures/imageHeader';
import { checkStoredPicture } from '../../../../shared/pictures/storedPicture';
import { picture, withBigAppSegment, withOrientation } from './pictureFiles';

const kindOf = (bytes: Uint8Array, name = 'file') => pictureKind(bytes.subarray(0, 64), name);

describe('pictureKind', () => {
  it('tells the stored kinds, the convertible ones and the refused ones apart by their bytes', () => {
    expect(kindOf(picture(8, 8, 'png'))).toBe('png');
    expect(kindOf(picture(8, 8, 'jpeg'))).toBe('jpeg');
    expect(kindOf(picture(8, 8, 'webp'))).toBe('webp');
    expect(kindOf(Buffer.from('GIF89a\x08\x00\x08\x00', 'latin1'))).toBe('gif');
    expect(kindOf(Buffer.from('\0\0\0\x18ftypheic\0\0\0\0mif1heic', 'latin1'), 'IMG_0001.HEIC')).toBe('heic');
    expect(kindOf(Buffer.from('\0\0\0\x18ftypmif1\0\0\0\0mif1heic', 'latin1'), 'IMG_0002.jpg')).toBe('heic');
    expect(kindOf(Buffer.from('\0\0\0\x1cftypavif\0\0\0\0avifmif1', 'latin1'), 'x.avif')).toBe('avif');
  });

  it('knows an SVG by its markup, after a byte-order mark, white space or an XML declaration', () => {
    for (const text of ['<svg xmlns="http://www.w3.org/2000/svg"/>', '\uFEFF  <?xml version="1.0"?>\n<svg/>', '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN"><svg/>']) {
      expect(kindOf(new TextEncoder().encode(text), 'drawing')).toBe('svg');
    }
    expect(kindOf(new TextEncoder().encode('<?xml version="1.0"?><note/>'), 'logo.svg')).toBe('svg');
  });

  it('takes a renamed text file or a HEIC by name for what it is, not for its name', () => {
    expect(kindOf(new TextEncoder().encode('Minutes of the workshop'), 'wall.jpg')).toBe('unknown');
    expect(kindOf(new TextEncoder().encode('garbage'), 'IMG_7.heic')).toBe('heic');
    expect(kindOf(picture(8, 8, 'png'), 'renamed.heic')).toBe('png');
  });
});

describe('readImageHeader', () => {
  it('reads the size of PNG, JPEG and WebP files', () => {
    for (const encoding of ['png', 'jpeg', 'webp'] as const) {
      const bytes = picture(321, 123, encoding);
      expect(readImageHeader(bytes, kindOf(bytes)), encoding).toMatchObject({ width: 321, height: 123, orientation: 1 });
    }
  });

  it('says whether a picture may be see-through: a PNG with alpha yes, a JPEG never', () => {
    const clear = picture(40, 20, 'png', { seeThrough: true });
    expect(readImageHeader(clear, 'png')!.alpha).toBe(true);
    expect(readImageHeader(picture(40, 20, 'jpeg', { seeThrough: true }), 'jpeg')!.alpha).toBe(false);
  });

  it('turns a JPEG by its EXIF orientation, in either byte order: 6 and 8 swap width and height, 3 does not', () => {
    const jpeg = picture(300, 200, 'jpeg');
    for (const order of ['MM', 'II'] as const) {
      expect(readImageHeader(withOrientation(jpeg, 6, order), 'jpeg')).toMatchObject({ width: 200, height: 300, orientation: 6 });
      expect(readImageHeader(withOrientation(jpeg, 8, order), 'jpeg')).toMatchObject({ width: 200, height: 300, orientation: 8 });
      expect(readImageHeader(withOrientation(jpeg, 3, order), 'jpeg')).toMatchObject({ width: 300, height: 200, orientation: 3 });
    }
    expect(exifOrientation(Buffer.from('Exif\0\0XX', 'latin1'))).toBeNull();
  });

  it('finds a frame header behind 60 KB of camera data, reading base64 only where it looks', () => {
    const bytes = withBigAppSegment(withOrientation(picture(640, 480, 'jpeg'), 6));
    const data = encodeBase64(bytes);
    const source = base64Source(data);
    expect(source.length).toBe(bytes.length);
    let read = 0;
    const counting = { length: source.length, read: (offset: number, count: number) => ((read += Math.min(count, source.length - offset)), source.read(offset, count)) };
    expect(readImageHeader(counting, 'jpeg')).toMatchObject({ width: 480, height: 640, orientation: 6 });
    expect(read).toBeLessThan(5000);
  });

  it('reads base64 windows exactly as the bytes are, at every offset and length near the edges', () => {
    const bytes = picture(30, 20, 'png');
    for (const cut of [0, 1, 2]) {
      const part = bytes.subarray(0, bytes.length - cut);
      const source = base64Source(encodeBase64(part));
      const plain = bytesSource(part);
      for (const [offset, count] of [[0, 8], [1, 7], [2, 30], [part.length - 5, 10], [part.length, 4], [13, 0]] as const) {
        expect([...source.read(offset, count)], `${cut}: ${offset}+${count}`).toEqual([...plain.read(offset, count)]);
      }
    }
  });

  it('gives null for a cut-short or senseless header rather than a wrong size', () => {
    const png = picture(30, 20, 'png');
    expect(readImageHeader(png.subarray(0, 20), 'png')).toBeNull();
    expect(readImageHeader(Buffer.from([0xff, 0xd8, 0xff, 0xd9]), 'jpeg')).toBeNull();
    expect(readImageHeader(Buffer.from('RIFF\0\0\0\0WEBPVP8 broken-broken-broken', 'latin1'), 'webp')).toBeNull();
  });

  it('sizes a stored asset once, from its base64', () => {
    const asset = { mime: 'image/jpeg' as const, data: encodeBase64(withOrientation(picture(90, 60, 'jpeg'), 6)) };
    expect(checkStoredPicture(asset)).toEqual({ usable: true, width: 60, height: 90 });
    expect(checkStoredPicture({ mime: 'image/png', data: encodeBase64(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) })).toEqual({ usable: false, reason: 'unreadable' });
  });
});

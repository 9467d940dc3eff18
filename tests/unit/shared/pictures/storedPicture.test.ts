// The check every decoder of a stored picture asks first: from the header
// alone (the rest of the asset may be cut off or never read), a PNG, JPEG or
// WebP within 100 megapixels and 32,767 px a side is usable; a 16000 × 16000
// PNG of 249 KB, a 30000 × 30000 one, a JPEG or WebP saying huge sizes and a
// 40000 × 100 sliver are too large (with their sizes); AVIF, GIF, BMP, SVG
// and HEIC bytes are refused by kind, whatever the asset's type says; a
// header cut short, or bytes not of the named type, are unreadable.
import { describe, expect, it } from 'vitest';
import { encodeBase64 } from '../../../../shared/format/base64';
import type { Asset, AssetMime } from '../../../../shared/format/types';
import { readImageHeader } from '../../../../shared/pictures/imageHeader';
import { MAX_SOURCE_PIXELS } from '../../../../shared/pictures/picturePlan';
import { checkStoredPicture, MAX_PICTURE_SIDE, picturesNotShown, usablePicture } from '../../../../shared/pictures/storedPicture';
import { blankPng, picture, pngHead, withOrientation } from './pictureFiles';

const asset = (bytes: Uint8Array, mime: AssetMime = 'image/png'): Asset => ({ mime, data: encodeBase64(bytes) });

/** A JPEG's start, then a baseline frame header saying width × height. */
function jpegSaying(width: number, height: number): Buffer {
  const frame = Buffer.from([0xff, 0xc0, 0x00, 0x11, 8, 0, 0, 0, 0, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
  frame.writeUInt16BE(height, 5);
  frame.writeUInt16BE(width, 7);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), frame]);
}

/** An extended WebP (VP8X) saying width × height on its canvas. */
function webpSaying(width: number, height: number): Buffer {
  const head = Buffer.alloc(30);
  head.write('RIFF', 0, 'latin1');
  head.writeUInt32LE(22, 4);
  head.write('WEBPVP8X', 8, 'latin1');
  head.writeUInt32LE(10, 16);
  head.writeUIntLE(width - 1, 24, 3);
  head.writeUIntLE(height - 1, 27, 3);
  return head;
}

describe('checkStoredPicture', () => {
  it('takes a fine 800 × 600 JPEG, PNG and WebP, sized as displayed (a phone JPEG turned by EXIF)', () => {
    expect(checkStoredPicture(asset(picture(800, 600, 'jpeg'), 'image/jpeg'))).toEqual({ usable: true, width: 800, height: 600 });
    expect(checkStoredPicture(asset(picture(800, 600, 'png')))).toEqual({ usable: true, width: 800, height: 600 });
    expect(checkStoredPicture(asset(picture(800, 600, 'webp'), 'image/webp'))).toEqual({ usable: true, width: 800, height: 600 });
    expect(checkStoredPicture(asset(withOrientation(picture(800, 600, 'jpeg'), 6), 'image/jpeg'))).toEqual({ usable: true, width: 600, height: 800 });
  });

  it('refuses the 249 KB 16000 × 16000 PNG and a 30000 × 30000 one as too large, with their sizes', () => {
    const wall = blankPng(16000, 16000);
    expect(wall.length).toBeLessThan(260_000);
    // The file is a real PNG of that size: it is its header that the check believed, not a guess.
    expect(readImageHeader(wall, 'png')).toMatchObject({ width: 16000, height: 16000 });
    expect(checkStoredPicture(asset(wall))).toEqual({ usable: false, reason: 'too-large', width: 16000, height: 16000 });
    expect(checkStoredPicture(asset(blankPng(30000, 30000)))).toEqual({ usable: false, reason: 'too-large', width: 30000, height: 30000 });
  });

  it('reads the header alone: the same answer when everything after the header is cut off', () => {
    expect(checkStoredPicture(asset(pngHead(16000, 16000)))).toEqual({ usable: false, reason: 'too-large', width: 16000, height: 16000 });
    expect(checkStoredPicture(asset(pngHead(800, 600)))).toEqual({ usable: true, width: 800, height: 600 });
    expect(checkStoredPicture(asset(jpegSaying(60000, 60000), 'image/jpeg'))).toEqual({ usable: false, reason: 'too-large', width: 60000, height: 60000 });
    expect(checkStoredPicture(asset(jpegSaying(800, 600), 'image/jpeg'))).toEqual({ usable: true, width: 800, height: 600 });
    expect(checkStoredPicture(asset(webpSaying(16383, 16383), 'image/webp'))).toEqual({ usable: false, reason: 'too-large', width: 16383, height: 16383 });
  });

  it('holds the limits dropped pictures get: 100 megapixels, and 32,767 px on a side', () => {
    expect(MAX_SOURCE_PIXELS).toBe(100_000_000);
    expect(checkStoredPicture(asset(pngHead(10000, 10000))).usable).toBe(true);
    expect(checkStoredPicture(asset(pngHead(10000, 10001)))).toMatchObject({ usable: false, reason: 'too-large' });
    expect(checkStoredPicture(asset(pngHead(MAX_PICTURE_SIDE, 1000))).usable).toBe(true);
    expect(checkStoredPicture(asset(pngHead(40000, 100)))).toEqual({ usable: false, reason: 'too-large', width: 40000, height: 100 });
    expect(checkStoredPicture(asset(pngHead(100, MAX_PICTURE_SIDE + 1)))).toMatchObject({ usable: false, reason: 'too-large' });
  });

  it('refuses AVIF, HEIC, SVG, GIF, BMP and unknown bytes by kind, whatever type the asset names', () => {
    const cases: [string, Buffer][] = [
      ['avif', Buffer.from('\0\0\0\x1cftypavif\0\0\0\0avifmif1miafMA1B', 'latin1')],
      ['heic', Buffer.from('\0\0\0\x18ftypheic\0\0\0\0mif1heic', 'latin1')],
      ['svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="99999" height="99999"/>')],
      ['gif', Buffer.from('GIF89a\x08\x00\x08\x00\x00\x00\x00', 'latin1')],
      ['bmp', Buffer.concat([Buffer.from('BM', 'latin1'), Buffer.alloc(40)])],
      ['unknown', Buffer.from('Minutes of the workshop, not a picture')],
    ];
    for (const [kind, bytes] of cases) expect(checkStoredPicture(asset(bytes)), kind).toEqual({ usable: false, reason: 'unsupported', kind });
  });

  it('calls a header cut short, or bytes that are not the named type, unreadable', () => {
    expect(checkStoredPicture(asset(pngHead(800, 600).subarray(0, 20)))).toEqual({ usable: false, reason: 'unreadable' });
    expect(checkStoredPicture(asset(Buffer.from([0xff, 0xd8, 0xff, 0xd9]), 'image/jpeg'))).toEqual({ usable: false, reason: 'unreadable' });
    expect(checkStoredPicture(asset(picture(80, 60, 'png'), 'image/jpeg'))).toEqual({ usable: false, reason: 'unreadable' });
    expect(checkStoredPicture(asset(pngHead(0, 600)))).toEqual({ usable: false, reason: 'unreadable' });
  });

  it('checks an asset once (assets are immutable values) and a replaced one afresh', () => {
    const small = asset(pngHead(800, 600));
    expect(checkStoredPicture(small)).toBe(checkStoredPicture(small));
    expect(checkStoredPicture({ ...small, data: encodeBase64(pngHead(16000, 16000)) }).usable).toBe(false);
  });
});

describe('usablePicture and picturesNotShown', () => {
  const assets: Record<string, Asset> = {
    fine: asset(pngHead(800, 600)),
    wall: { ...asset(blankPng(16000, 16000)), name: 'wall.png' },
    broken: asset(pngHead(800, 600).subarray(0, 20)),
  };

  it('gives the asset only when the map has it and it may be decoded', () => {
    expect(usablePicture(assets, 'fine')).toBe(assets.fine);
    expect(usablePicture(assets, 'wall')).toBeNull();
    expect(usablePicture(assets, 'broken')).toBeNull();
    expect(usablePicture(assets, 'missing')).toBeNull();
    expect(usablePicture(assets, '__proto__')).toBeNull();
    expect(usablePicture(undefined, 'fine')).toBeNull();
  });

  it('lists every picture not shown, with why, in the order of the map', () => {
    expect(picturesNotShown(assets)).toEqual([
      { assetId: 'wall', refusal: { usable: false, reason: 'too-large', width: 16000, height: 16000 } },
      { assetId: 'broken', refusal: { usable: false, reason: 'unreadable' } },
    ]);
    expect(picturesNotShown(undefined)).toEqual([]);
  });
});

describe('readImageHeader of pictures that are converted when dropped', () => {
  it('gives null for a GIF or BMP header cut short, so the drop is refused before decoding', () => {
    expect(readImageHeader(Buffer.from('GIF89a\x08', 'latin1'), 'gif')).toBeNull();
    expect(readImageHeader(Buffer.from('GIF89a\x00\x00\x00\x00', 'latin1'), 'gif')).toBeNull();
    expect(readImageHeader(Buffer.concat([Buffer.from('BM', 'latin1'), Buffer.alloc(26)]), 'bmp')).toBeNull();
    const negativeWidth = Buffer.concat([Buffer.from('BM', 'latin1'), Buffer.alloc(40)]);
    negativeWidth.writeUInt32LE(40, 14);
    negativeWidth.writeInt32LE(-5, 18);
    negativeWidth.writeInt32LE(5, 22);
    expect(readImageHeader(negativeWidth, 'bmp')).toBeNull();
  });

  it('reads the old OS/2 BMP header, whose size is in 16 bits', () => {
    const core = Buffer.concat([Buffer.from('BM', 'latin1'), Buffer.alloc(24)]);
    core.writeUInt32LE(12, 14);
    core.writeUInt16LE(640, 18);
    core.writeUInt16LE(480, 20);
    expect(readImageHeader(core, 'bmp')).toMatchObject({ width: 640, height: 480 });
    const modern = Buffer.concat([Buffer.from('BM', 'latin1'), Buffer.alloc(40)]);
    modern.writeUInt32LE(40, 14);
    modern.writeInt32LE(640, 18);
    modern.writeInt32LE(-480, 22);
    expect(readImageHeader(modern, 'bmp')).toMatchObject({ width: 640, height: 480 });
  });
});

// The decisions behind a stored picture: the target size (long side 1600 px
// for a note, 512 px for a persona photo, never enlarged), when the file is
// kept exactly as given, which encodings are tried, which one is stored
// (the smallest, the original included, never over the asset limit; a
// see-through picture keeps its transparency while that stays small), and
// what is refused before any decoding.
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../../shared/format/schema';
import type { ImageHeader, PictureKind } from '../../../../shared/pictures/imageHeader';
import { assetName, chooseEncoding, planPicture, PICTURE_RULES, targetSize, type EncodedCandidate, type PicturePlan } from '../../../../shared/pictures/picturePlan';

const header = (width: number, height: number, more: Partial<ImageHeader> = {}): ImageHeader => ({ width, height, orientation: 1, alpha: false, ...more });
const plan = (kind: PictureKind, bytes: number, h: ImageHeader, purpose: 'note' | 'persona' = 'note') => planPicture({ kind, bytes, header: h }, purpose);
const KB = 1024;
const MB = 1024 * 1024;

function encodePlan(p: PicturePlan): Extract<PicturePlan, { action: 'encode' }> {
  if (p.action !== 'encode') throw new Error(`expected a plan to encode, got ${JSON.stringify(p)}`);
  return p;
}

describe('targetSize', () => {
  it('brings the long side down to the limit, keeps the proportions and never enlarges', () => {
    expect(targetSize(6000, 4000, 1600)).toEqual({ width: 1600, height: 1067 });
    expect(targetSize(3000, 4000, 1600)).toEqual({ width: 1200, height: 1600 });
    expect(targetSize(4000, 3000, 512)).toEqual({ width: 512, height: 384 });
    expect(targetSize(800, 600, 1600)).toEqual({ width: 800, height: 600 });
    expect(targetSize(20000, 3, 1600)).toEqual({ width: 1600, height: 1 });
  });
});

describe('planPicture', () => {
  it('shrinks a 24-megapixel phone photo for a note to 1600 px as JPEG; its own bytes are not a candidate', () => {
    const p = encodePlan(plan('jpeg', 8 * MB, header(6000, 4000)));
    expect(p).toEqual({ action: 'encode', width: 1600, height: 1067, types: ['image/jpeg'], original: null, alpha: false });
  });

  it('shrinks a persona photo to 512 px', () => {
    expect(encodePlan(plan('jpeg', 3 * MB, header(4000, 3000), 'persona'))).toMatchObject({ width: 512, height: 384 });
    expect(PICTURE_RULES.persona.longSide).toBe(512);
    expect(PICTURE_RULES.note.longSide).toBe(1600);
  });

  it('keeps a picture that is within its size, upright, of a storable type and small in bytes, exactly as given', () => {
    expect(plan('jpeg', 120 * KB, header(1024, 768))).toEqual({ action: 'keep', mime: 'image/jpeg' });
    expect(plan('webp', 40 * KB, header(1600, 900))).toEqual({ action: 'keep', mime: 'image/webp' });
    expect(plan('png', 30 * KB, header(400, 400, { alpha: true }), 'persona')).toEqual({ action: 'keep', mime: 'image/png' });
  });

  it('re-encodes a picture within its size but heavy in bytes, offering its own bytes too (never larger than given)', () => {
    expect(encodePlan(plan('jpeg', 900 * KB, header(1200, 900)))).toEqual({ action: 'encode', width: 1200, height: 900, types: ['image/jpeg'], original: 'image/jpeg', alpha: false });
  });

  it('redraws a JPEG turned by its EXIF orientation upright, however small (the exporters ignore the orientation)', () => {
    const p = encodePlan(plan('jpeg', 50 * KB, header(600, 800, { orientation: 6 })));
    expect(p.original).toBeNull();
    expect([p.width, p.height]).toEqual([600, 800]);
  });

  it('tries PNG first for see-through pictures, and PNG as well as JPEG for drawings and screenshots', () => {
    expect(encodePlan(plan('png', 2 * MB, header(2400, 1600, { alpha: true })))).toMatchObject({ types: ['image/png', 'image/jpeg'], alpha: true, width: 1600 });
    expect(encodePlan(plan('png', 2 * MB, header(2400, 1600)))).toMatchObject({ types: ['image/png', 'image/jpeg'], alpha: false });
    expect(encodePlan(plan('webp', 2 * MB, header(4000, 3000)))).toMatchObject({ types: ['image/jpeg'] });
  });

  it('converts GIF and BMP, which a map may not hold, however small', () => {
    for (const kind of ['gif', 'bmp'] as const) {
      const p = encodePlan(plan(kind, 2 * KB, header(100, 80, { alpha: kind !== 'bmp' })));
      expect(p.original, kind).toBeNull();
      expect([p.width, p.height], kind).toEqual([100, 80]);
    }
  });

  it('refuses SVG, HEIC, AVIF (whose size no header check reads) and what is no picture at all, and pictures too big to decode safely', () => {
    expect(plan('svg', 1 * KB, header(100, 100))).toEqual({ action: 'refuse', reason: 'svg' });
    expect(plan('heic', 2 * MB, header(4032, 3024))).toEqual({ action: 'refuse', reason: 'heic' });
    expect(plan('avif', 2 * KB, header(100, 80))).toEqual({ action: 'refuse', reason: 'avif' });
    expect(plan('unknown', 10, header(1, 1))).toEqual({ action: 'refuse', reason: 'unknown' });
    expect(plan('jpeg', 30 * MB, header(12000, 9000))).toEqual({ action: 'refuse', reason: 'too-many-pixels' });
  });
});

describe('chooseEncoding', () => {
  const opaque = encodePlan(plan('jpeg', 900 * KB, header(1200, 900)));
  const clear = encodePlan(plan('png', 3 * MB, header(2000, 1000, { alpha: true })));
  const c = (mime: EncodedCandidate['mime'], bytes: number, original = false): EncodedCandidate => ({ mime, bytes, original });

  it('stores the smallest, the original included', () => {
    expect(chooseEncoding(opaque, [c('image/jpeg', 310 * KB), c('image/jpeg', 900 * KB, true)], 'note')).toEqual(c('image/jpeg', 310 * KB));
    expect(chooseEncoding(opaque, [c('image/jpeg', 950 * KB), c('image/jpeg', 900 * KB, true)], 'note')).toEqual(c('image/jpeg', 900 * KB, true));
  });

  it('keeps transparency while it costs at most four times the "small" size, then takes JPEG on white', () => {
    expect(chooseEncoding(clear, [c('image/png', 700 * KB), c('image/jpeg', 200 * KB)], 'note')!.mime).toBe('image/png');
    expect(chooseEncoding(clear, [c('image/png', 1300 * KB), c('image/jpeg', 200 * KB)], 'note')!.mime).toBe('image/jpeg');
  });

  it('stores nothing over the asset limit', () => {
    expect(chooseEncoding(opaque, [c('image/jpeg', LIMITS.maxAssetBytes + 1)], 'note')).toBeNull();
  });
});

describe('assetName', () => {
  it('keeps the file name within 200 characters, by code point, and leaves out an empty one', () => {
    expect(assetName(' wall.jpg ')).toBe('wall.jpg');
    expect([...assetName('📷'.repeat(250))!]).toHaveLength(200);
    expect(assetName('   ')).toBeUndefined();
  });
});

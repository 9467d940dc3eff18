// How big a picture is stored, and as what: the decisions behind shrinking a
// dropped or picked picture before it goes into the map, kept pure so they
// are tested without a canvas (renderer/pictures/shrinkPicture.ts only
// decodes, draws and encodes as told here).
//
// Sizes, by what the picture is for:
// - A note's picture (a photo of the paper wall, a screenshot, evidence) is
//   at most 1600 px on its long side. On the card it is a 184 px thumbnail,
//   but opened large on a 1920 × 1080 projector 1600 px keeps the handwriting
//   on photographed sticky notes legible, and as JPEG at quality 0.85 it is a
//   few hundred KB (a 24-megapixel phone photo ends near 300 KB), so a map
//   with dozens of them still opens quickly from a shared drive.
// - A persona photo is at most 512 px: the strip draws it 48 px across and a
//   poster exported at 4× about 200 px, so 512 stays sharp everywhere at
//   some 30–60 KB.
// A picture already within its size, the right way up, of a type the map
// may hold and small in bytes is kept exactly as it came: re-encoding it
// would only lose quality. Otherwise it is redrawn at the target size and
// the smallest good encoding wins, the original included while it is within
// every rule, so what is stored is never larger than what was given.
import { LIMITS } from '../format/schema';
import type { AssetMime } from '../format/types';
import { STORABLE_KINDS, type ImageHeader, type PictureKind } from './imageHeader';

export type PicturePurpose = 'note' | 'persona';

export const PICTURE_RULES: Record<PicturePurpose, { longSide: number; keepBytes: number }> = {
  note: { longSide: 1600, keepBytes: 300 * 1024 },
  persona: { longSide: 512, keepBytes: 64 * 1024 },
};

/** JPEG quality for photos: no visible loss on a projector, about a tenth of the bytes of quality 1. */
export const JPEG_QUALITY = 0.85;

/** Larger pictures are refused before decoding: 100 megapixels is 400 MB of pixels in memory, beyond any phone's camera. */
export const MAX_SOURCE_PIXELS = 100_000_000;

export type PictureRefusalReason = 'svg' | 'heic' | 'avif' | 'unknown' | 'unreadable' | 'too-many-pixels' | 'too-large';

export type EncodeType = Extract<AssetMime, 'image/png' | 'image/jpeg'>;

export interface PictureFacts {
  kind: PictureKind;
  /** The file's size in bytes. */
  bytes: number;
  /** The picture as displayed (orientation applied), from its header or from decoding it. */
  header: ImageHeader;
}

export type PicturePlan =
  | { action: 'refuse'; reason: PictureRefusalReason }
  /** Store the file's own bytes, as this type. */
  | { action: 'keep'; mime: AssetMime }
  /**
   * Redraw at width × height and encode as each of `types` (PNG is tried
   * where it may be the better choice: see-through pictures, drawings and
   * screenshots, which JPEG blurs); `original` is the file's own type when
   * its bytes may still be stored as they are, should they be the smallest.
   */
  | { action: 'encode'; width: number; height: number; types: EncodeType[]; original: AssetMime | null; alpha: boolean };

/**
 * Refusals that are known from the kind alone, before any header is read.
 * AVIF is refused too: its size sits deep in nested boxes, and a picture is
 * never decoded before its size is known to be safe.
 */
export function refusalForKind(kind: PictureKind): PictureRefusalReason | null {
  return kind === 'svg' || kind === 'heic' || kind === 'avif' || kind === 'unknown' ? kind : null;
}

/** The target size: the long side at most `longSide`, never enlarged, proportions kept. */
export function targetSize(width: number, height: number, longSide: number): { width: number; height: number } {
  const scale = Math.min(1, longSide / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

export function planPicture(facts: PictureFacts, purpose: PicturePurpose): PicturePlan {
  const refused = refusalForKind(facts.kind);
  if (refused) return { action: 'refuse', reason: refused };
  const { width, height, orientation, alpha } = facts.header;
  if (width * height > MAX_SOURCE_PIXELS) return { action: 'refuse', reason: 'too-many-pixels' };
  const rules = PICTURE_RULES[purpose];
  const storable = STORABLE_KINDS[facts.kind];
  const withinSize = Math.max(width, height) <= rules.longSide;
  // Only the browser turns a JPEG by its EXIF orientation; the exporters draw it as stored, so a turned one is redrawn upright.
  const upright = orientation === 1;
  const original = storable && withinSize && upright && facts.bytes <= LIMITS.maxAssetBytes ? storable : null;
  if (original && facts.bytes <= rules.keepBytes) return { action: 'keep', mime: original };
  const target = targetSize(width, height, rules.longSide);
  // Photos become JPEG. PNG is tried for what may be see-through (JPEG has no transparency) and for
  // pictures that came as PNG, GIF or BMP: drawings and screenshots, often smaller and always crisper as PNG.
  const drawing = facts.kind === 'png' || facts.kind === 'gif' || facts.kind === 'bmp';
  const types: EncodeType[] = alpha || drawing ? ['image/png', 'image/jpeg'] : ['image/jpeg'];
  return { action: 'encode', ...target, types, original, alpha };
}

export interface EncodedCandidate {
  mime: AssetMime;
  bytes: number;
  /** The file's own bytes rather than a redrawing. */
  original: boolean;
}

/**
 * Which encoding to store. A see-through picture keeps its transparency
 * (PNG, or its own PNG or WebP) while that costs no more than four times the
 * "small" size of its purpose; past that a JPEG on white is stored, because a
 * map that no longer opens quickly is worse than a white background. Among
 * the rest the smallest wins. Null when nothing fits the asset limit.
 */
export function chooseEncoding(plan: Extract<PicturePlan, { action: 'encode' }>, candidates: readonly EncodedCandidate[], purpose: PicturePurpose): EncodedCandidate | null {
  const fitting = candidates.filter((c) => c.bytes <= LIMITS.maxAssetBytes);
  const smallest = (list: readonly EncodedCandidate[]) => list.reduce<EncodedCandidate | null>((best, c) => (best === null || c.bytes < best.bytes ? c : best), null);
  if (plan.alpha) {
    const clear = smallest(fitting.filter((c) => c.mime !== 'image/jpeg'));
    if (clear && clear.bytes <= 4 * PICTURE_RULES[purpose].keepBytes) return clear;
  }
  return smallest(fitting);
}

/** The file name kept with the asset (docs/format.md: at most 200 characters), by code point so no character is cut in half. */
export function assetName(name: string): string | undefined {
  const trimmed = name.trim();
  if (!trimmed) return undefined;
  const chars = [...trimmed];
  return chars.length <= 200 ? trimmed : chars.slice(0, 200).join('');
}

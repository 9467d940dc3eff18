// Whether a picture stored in a map may be decoded, decided from its header
// alone. A .cjm comes from a shared drive and is not to be trusted: a 249 KB
// PNG can say it is 16000 × 16000 and cost 1 GB once decoded. Dropped
// pictures are checked before they are shrunk (picturePlan.ts); stored ones
// here, before the board, a panel, the viewer or an exporter decodes them,
// and the scene shows a grey card in the place of one refused.
import type { Asset } from '../format/types';
import { base64Source } from './byteSource';
import { KIND_BYTES, pictureKind, readImageHeader, STORABLE_KINDS, type PictureKind } from './imageHeader';
import { MAX_SOURCE_PIXELS } from './picturePlan';

/**
 * The longest side drawn: Chromium's canvas and ImageBitmap stop at 32,767
 * px, and a picture longer than that within 100 megapixels is a sliver no
 * card could show anyway.
 */
export const MAX_PICTURE_SIDE = 32_767;

export type StoredPictureRefusal =
  /** Beyond MAX_SOURCE_PIXELS or MAX_PICTURE_SIDE; the size as displayed. */
  | { usable: false; reason: 'too-large'; width: number; height: number }
  /** Bytes of a kind a map may not hold (AVIF, HEIC, SVG, GIF, BMP, or nothing known). */
  | { usable: false; reason: 'unsupported'; kind: PictureKind }
  /** A kind a map may hold whose header cannot be read, or which is not the type the asset names. */
  | { usable: false; reason: 'unreadable' };

export type StoredPictureCheck = { usable: true; width: number; height: number } | StoredPictureRefusal;

// Assets are immutable values: the asset object is the cache key, and a replaced picture is checked afresh.
const checked = new WeakMap<Asset, StoredPictureCheck>();

/** Reads only the base64 characters that hold the kind and the header, never the whole picture. */
export function checkStoredPicture(asset: Asset): StoredPictureCheck {
  let result = checked.get(asset);
  if (!result) {
    result = check(asset);
    checked.set(asset, result);
  }
  return result;
}

function check(asset: Asset): StoredPictureCheck {
  const source = base64Source(asset.data);
  const kind = pictureKind(source.read(0, KIND_BYTES), '');
  const storable = STORABLE_KINDS[kind];
  if (!storable) return { usable: false, reason: 'unsupported', kind };
  // Decoders go by the named type (a data URL) or by the bytes (Skia, pdfkit): both must say the same.
  if (storable !== asset.mime) return { usable: false, reason: 'unreadable' };
  const header = readImageHeader(source, kind);
  if (!header) return { usable: false, reason: 'unreadable' };
  const { width, height } = header;
  if (width * height > MAX_SOURCE_PIXELS || Math.max(width, height) > MAX_PICTURE_SIDE) return { usable: false, reason: 'too-large', width, height };
  return { usable: true, width, height };
}

/** The asset of this id when the map has it and it may be decoded; null otherwise. */
export function usablePicture(assets: Readonly<Record<string, Asset>> | undefined, assetId: string): Asset | null {
  const asset = assets && Object.hasOwn(assets, assetId) ? assets[assetId]! : undefined;
  return asset && checkStoredPicture(asset).usable ? asset : null;
}

/** Every stored picture that will not be decoded, by asset id in the file's order, with why. */
export function picturesNotShown(assets: Readonly<Record<string, Asset>> | undefined): { assetId: string; refusal: StoredPictureRefusal }[] {
  const refused: { assetId: string; refusal: StoredPictureRefusal }[] = [];
  for (const assetId of Object.keys(assets ?? {})) {
    const result = checkStoredPicture(assets![assetId]!);
    if (!result.usable) refused.push({ assetId, refusal: result });
  }
  return refused;
}

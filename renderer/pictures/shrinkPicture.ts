// A dropped or picked picture made ready for the map: recognised, decoded by
// the browser (which also turns a phone photo upright by its EXIF
// orientation), redrawn at the size shared/pictures/picturePlan.ts decides
// and encoded as it says, or refused with the reason. Only the canvas work
// is here; every decision is in the pure, tested plan.
import { encodeBase64 } from '../../shared/format/base64';
import { sniffImageMime } from '../../shared/format/imageBytes';
import type { Asset, AssetMime } from '../../shared/format/types';
import { KIND_BYTES, pictureKind, readImageHeader } from '../../shared/pictures/imageHeader';
import {
  assetName,
  chooseEncoding,
  JPEG_QUALITY,
  planPicture,
  refusalForKind,
  type EncodedCandidate,
  type EncodeType,
  type PicturePlan,
  type PicturePurpose,
  type PictureRefusalReason,
} from '../../shared/pictures/picturePlan';

export type PreparedPicture =
  | {
      ok: true;
      asset: Asset;
      width: number;
      height: number;
      /** The original's size, when the picture was redrawn smaller. */
      shrunkFrom: { width: number; height: number } | null;
    }
  | { ok: false; reason: PictureRefusalReason; megapixels?: number };

const refuse = (reason: PictureRefusalReason, megapixels?: number): PreparedPicture => ({ ok: false, reason, ...(megapixels === undefined ? {} : { megapixels }) });

export async function preparePicture(bytes: Uint8Array, name: string, purpose: PicturePurpose): Promise<PreparedPicture> {
  const kind = pictureKind(bytes.subarray(0, KIND_BYTES), name);
  const early = refusalForKind(kind);
  if (early) return refuse(early);
  // Nothing is decoded before its header says a size that is safe to decode: a picture whose header cannot be read is refused.
  const header = readImageHeader(bytes, kind);
  if (!header) return refuse('unreadable');
  const before = planPicture({ kind, bytes: bytes.length, header }, purpose);
  if (before.action === 'refuse') return refuse(before.reason, Math.round((header.width * header.height) / 1e6));
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([bytes as BlobPart]), { imageOrientation: 'from-image' });
  } catch {
    return refuse('unreadable');
  }
  try {
    // The decoded size is the displayed one: the browser has applied the orientation.
    const facts = { kind, bytes: bytes.length, header: { ...header, width: bitmap.width, height: bitmap.height } };
    const plan = planPicture(facts, purpose);
    if (plan.action === 'refuse') return refuse(plan.reason, Math.round((bitmap.width * bitmap.height) / 1e6));
    if (plan.action === 'keep') return stored(plan.mime, encodeBase64(bytes), name, bitmap.width, bitmap.height, null);
    return await encodeAsPlanned(plan, bitmap, bytes, name, purpose);
  } finally {
    bitmap.close();
  }
}

async function encodeAsPlanned(plan: Extract<PicturePlan, { action: 'encode' }>, bitmap: ImageBitmap, bytes: Uint8Array, name: string, purpose: PicturePurpose): Promise<PreparedPicture> {
  const resized = await resize(bitmap, plan.width, plan.height);
  const encoded: (EncodedCandidate & { data: Uint8Array })[] = [];
  try {
    for (const type of plan.types) {
      const data = await encode(resized, plan.width, plan.height, type);
      // The bytes say what they are: a browser that cannot write a type writes PNG instead.
      const mime = sniffImageMime(data.subarray(0, 16));
      if (mime) encoded.push({ mime, bytes: data.length, original: false, data });
    }
  } finally {
    if (resized !== bitmap) resized.close();
  }
  const candidates: (EncodedCandidate & { data: Uint8Array })[] = [...encoded];
  if (plan.original) candidates.push({ mime: plan.original, bytes: bytes.length, original: true, data: bytes });
  const chosen = chooseEncoding(plan, candidates, purpose) as (EncodedCandidate & { data: Uint8Array }) | null;
  if (!chosen) return refuse('too-large');
  const shrunk = !chosen.original && (plan.width !== bitmap.width || plan.height !== bitmap.height);
  const size = chosen.original ? { width: bitmap.width, height: bitmap.height } : { width: plan.width, height: plan.height };
  return stored(chosen.mime, encodeBase64(chosen.data), name, size.width, size.height, shrunk ? { width: bitmap.width, height: bitmap.height } : null);
}

function stored(mime: AssetMime, data: string, name: string, width: number, height: number, shrunkFrom: { width: number; height: number } | null): PreparedPicture {
  const kept = assetName(name);
  return { ok: true, asset: { mime, data, ...(kept ? { name: kept } : {}) }, width, height, shrunkFrom };
}

/** The browser's own high-quality resampling; a plain redraw where it is not offered. */
async function resize(bitmap: ImageBitmap, width: number, height: number): Promise<ImageBitmap> {
  if (width === bitmap.width && height === bitmap.height) return bitmap;
  try {
    return await createImageBitmap(bitmap, { resizeWidth: width, resizeHeight: height, resizeQuality: 'high' });
  } catch {
    return bitmap;
  }
}

async function encode(source: ImageBitmap, width: number, height: number, type: EncodeType): Promise<Uint8Array> {
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d')!;
  // JPEG has no transparency: see-through parts become white, as on the card, not black.
  if (type === 'image/jpeg') {
    ctx.fillStyle = '#FFFFFF';
    ctx.fillRect(0, 0, width, height);
  }
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(source, 0, 0, width, height);
  const blob = await canvas.convertToBlob(type === 'image/jpeg' ? { type, quality: JPEG_QUALITY } : { type });
  return new Uint8Array(await blob.arrayBuffer());
}

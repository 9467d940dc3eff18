// The magic numbers of the image types a map may carry. docs/format.md allows
// PNG, JPEG and WebP only (no SVG: it can carry script), and an asset's bytes
// must begin as its declared type says.
import type { AssetMime } from './types';

const startsWith = (bytes: Uint8Array, prefix: number[], at = 0) => prefix.every((b, i) => bytes[at + i] === b);

const SIGNATURES: Record<AssetMime, (bytes: Uint8Array) => boolean> = {
  'image/png': (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  'image/jpeg': (b) => startsWith(b, [0xff, 0xd8, 0xff]),
  // "RIFF", four bytes of size, "WEBP".
  'image/webp': (b) => startsWith(b, [0x52, 0x49, 0x46, 0x46]) && startsWith(b, [0x57, 0x45, 0x42, 0x50], 8),
};

/** How many leading bytes are enough to tell the types apart. */
export const SIGNATURE_BYTES = 12;

export function bytesMatchMime(bytes: Uint8Array, mime: AssetMime): boolean {
  return SIGNATURES[mime](bytes);
}

/** The image type the bytes are, or null if they are none Jejak accepts. */
export function sniffImageMime(bytes: Uint8Array): AssetMime | null {
  for (const mime of Object.keys(SIGNATURES) as AssetMime[]) if (SIGNATURES[mime](bytes)) return mime;
  return null;
}

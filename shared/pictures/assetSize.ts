// The displayed size of a picture stored in a map, read from its header (no
// decoding), once per asset: assets are immutable values, so the asset
// object itself is the cache key and a replaced picture is read afresh.
import type { Asset } from '../format/types';
import { base64Source } from './byteSource';
import { KIND_BYTES, pictureKind, readImageHeader } from './imageHeader';

const sizes = new WeakMap<Asset, { width: number; height: number } | null>();

/** Width and height as displayed, or null for bytes whose header cannot be read. */
export function assetSize(asset: Asset): { width: number; height: number } | null {
  let size = sizes.get(asset);
  if (size === undefined) {
    const source = base64Source(asset.data);
    const header = readImageHeader(source, pictureKind(source.read(0, KIND_BYTES), asset.name ?? ''));
    size = header ? { width: header.width, height: header.height } : null;
    sizes.set(asset, size);
  }
  return size;
}

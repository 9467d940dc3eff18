// Pictures stored in the map (persona photos, note pictures), decoded once
// per asset for the canvas. Decoding takes a moment: until a picture is
// ready the board draws its place without it, and once it is, the board is
// told (onPictureDecoded) to draw again. A large picture (a 1600 px photo of
// the paper wall) is drawn from a copy resampled once to at most 800 px,
// enough for its 184 px band at the board's largest zoom: redrawing the full
// picture small on every frame would be slower and shimmer. Decoded
// pictures are kept by their asset object (assets are immutable values),
// so they go when no map, undo step or view holds that asset any more.
import type { Asset, JourneyMap } from '../../shared/format/types';
import { usablePicture } from '../../shared/pictures/storedPicture';
import type { ImageSource } from './paint';

/** The long side of the copy the board draws a large picture from. */
const DRAWN_LONG_SIDE = 800;

interface Decoded {
  image: HTMLImageElement;
  drawn: CanvasImageSource | null;
}

const decoded = new WeakMap<Asset, Decoded>();
const listeners = new Set<() => void>();

/** Calls `listener` whenever a picture finishes decoding; returns the unsubscribe. */
export function onPictureDecoded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const told = () => listeners.forEach((listener) => listener());

function decode(src: string): Decoded {
  const entry: Decoded = { image: new Image(), drawn: null };
  entry.image.onload = () => {
    const { naturalWidth: width, naturalHeight: height } = entry.image;
    const scale = DRAWN_LONG_SIDE / Math.max(width, height);
    if (scale >= 1) {
      entry.drawn = entry.image;
      return told();
    }
    createImageBitmap(entry.image, { resizeWidth: Math.round(width * scale), resizeHeight: Math.round(height * scale), resizeQuality: 'high' })
      .then((bitmap) => (entry.drawn = bitmap))
      .catch(() => (entry.drawn = entry.image))
      .finally(told);
  };
  entry.image.src = src;
  return entry;
}

export function imageSource(map: JourneyMap): ImageSource {
  return (assetId) => {
    // Only a picture whose header says it is safe to decode: the scene shows a grey card for the others.
    const asset = usablePicture(map.assets, assetId);
    if (!asset) return null;
    let entry = decoded.get(asset);
    if (!entry) {
      entry = decode(`data:${asset.mime};base64,${asset.data}`);
      decoded.set(asset, entry);
    }
    return entry.drawn;
  };
}

// Pictures stored in the map (persona photos, note pictures), decoded once
// per asset for the canvas.
import type { JourneyMap } from '../../shared/format/types';
import type { ImageSource } from './paint';

const decoded = new Map<string, HTMLImageElement>();

export function imageSource(map: JourneyMap): ImageSource {
  return (assetId) => {
    const asset = map.assets?.[assetId];
    if (!asset) return null;
    const key = `${assetId}:${asset.data.length}:${asset.data.slice(0, 32)}`;
    let image = decoded.get(key);
    if (!image) {
      image = new Image();
      image.src = `data:${asset.mime};base64,${asset.data}`;
      decoded.set(key, image);
    }
    return image.complete && image.naturalWidth > 0 ? image : null;
  };
}

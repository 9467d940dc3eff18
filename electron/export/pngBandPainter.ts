// Draws one horizontal band of a PNG export on a Skia canvas with the board's
// own paint code: the canvas shifted by whole output pixels, only the items
// that reach into the band, and OVERLAP board px drawn above and below and
// thrown away (Skia rasterises a shape the canvas edge cuts a little
// differently, which showed as faint seams). Runs in a worker thread, or in
// the exporting thread where no worker can be had.
import { createCanvas, GlobalFonts, loadImage, type Image } from '@napi-rs/canvas';
import type { Asset } from '../../shared/format/types';
import { itemBounds } from '../../shared/export/sceneForExport';
import { paintItem, type Canvas2D } from '../../shared/layout/paintCanvas';
import type { SceneItem } from '../../shared/layout/sceneTypes';
import { usablePicture } from '../../shared/pictures/storedPicture';
import { FONT_FAMILY } from '../../shared/layout/textMetrics';
import { EXPORT_FONTS } from './fonts';
import { assetBytes } from '../services/base64';

/** Board px drawn above and below each band and thrown away. */
const OVERLAP = 32;
/** Antialiasing and half a stroke reach past an item's box; a band takes items this far (board px) beyond what it draws. */
const BAND_MARGIN = 4;

/** Everything a painter needs, plain data (it crosses to a worker thread). */
export interface BandSetup {
  items: SceneItem[];
  /** The pictures the items draw (assetsToDraw). */
  assets: Record<string, Asset>;
  width: number;
  height: number;
  scale: number;
  bandRows: number;
  background: 'white' | 'transparent';
}

/** One band's rows: straight RGBA, `rows` × width, starting at byte `offset` of `pixels`. */
export interface DrawnBand {
  index: number;
  pixels: Uint8Array;
  rows: number;
  offset: number;
}

let fontsRegistered = false;

/** Inter (both weights) and Noto Emoji, once per thread, under the names the paint code asks for. */
function registerFonts(): void {
  if (fontsRegistered) return;
  GlobalFonts.registerFromPath(EXPORT_FONTS.inter400.path, FONT_FAMILY);
  GlobalFonts.registerFromPath(EXPORT_FONTS.inter600.path, FONT_FAMILY);
  GlobalFonts.registerFromPath(EXPORT_FONTS.emoji.path, EXPORT_FONTS.emoji.family);
  fontsRegistered = true;
}

/**
 * The pictures the items draw, and only those that may be decoded
 * (storedPicture.ts): each drawing thread decodes what it is given, so a
 * picture no item draws, or one too large to decode safely, is never sent.
 */
export function assetsToDraw(items: readonly SceneItem[], assets: Readonly<Record<string, Asset>> | undefined): Record<string, Asset> {
  const drawn: Record<string, Asset> = Object.create(null) as Record<string, Asset>;
  const take = (assetId: string) => {
    const asset = usablePicture(assets, assetId);
    if (asset) drawn[assetId] = asset;
  };
  for (const item of items) {
    if (item.type === 'image') take(item.assetId);
    else if (item.type === 'note' && item.picture && !item.pictureCard) take(item.picture.assetId);
  }
  return drawn;
}

/** The pictures decoded for Skia (PNG, JPEG and WebP alike); one that will not decode is left out, as the board leaves it. */
async function decodedImages(assets: Record<string, Asset>): Promise<Map<string, Image>> {
  const decoded = new Map<string, Image>();
  for (const id of Object.keys(assets)) {
    // Asked again here, where the decoding is: the header decides before Skia allocates a pixel.
    const asset = usablePicture(assets, id);
    if (!asset) continue;
    try {
      decoded.set(id, await loadImage(assetBytes(asset.data)));
    } catch {
      // A picture Skia cannot read: the persona keeps its place, without the photo.
    }
  }
  return decoded;
}

export class BandPainter {
  private readonly spans: Float64Array;
  private readonly overlap: number;
  private readonly canvas;
  private readonly ctx;

  private constructor(
    private readonly setup: BandSetup,
    private readonly images: Map<string, Image>,
  ) {
    registerFonts();
    this.spans = new Float64Array(setup.items.length * 2);
    setup.items.forEach((item, i) => {
      const box = itemBounds(item);
      this.spans[2 * i] = box.y;
      this.spans[2 * i + 1] = box.y + box.height;
    });
    this.overlap = Math.ceil(OVERLAP * setup.scale);
    this.canvas = createCanvas(setup.width, setup.bandRows + 2 * this.overlap);
    this.ctx = this.canvas.getContext('2d');
  }

  static async create(setup: BandSetup): Promise<BandPainter> {
    return new BandPainter(setup, await decodedImages(setup.assets));
  }

  /** Draws band `index`. The pixels are the canvas's own until the next band is drawn: copy them out first. */
  draw(index: number): DrawnBand {
    const { width, height, scale, bandRows, background, items } = this.setup;
    const { ctx, canvas, overlap, spans } = this;
    const top = index * bandRows;
    const rows = Math.min(bandRows, height - top);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    if (background === 'white') {
      ctx.fillStyle = '#FFFFFF';
      ctx.fillRect(0, 0, width, canvas.height);
    } else ctx.clearRect(0, 0, width, canvas.height);
    // A whole number of output pixels down, so every band's pixels fall where the picture's do.
    ctx.setTransform(scale, 0, 0, scale, 0, overlap - top);
    const from = (top - overlap) / scale - BAND_MARGIN;
    const to = (top + rows + overlap) / scale + BAND_MARGIN;
    const paint = ctx as unknown as Canvas2D<Image>;
    const imageOf = (assetId: string) => this.images.get(assetId) ?? null;
    for (let i = 0; i < items.length; i++) if (spans[2 * i + 1]! >= from && spans[2 * i]! <= to) paintItem(paint, items[i]!, imageOf);
    const pixels = canvas.data();
    const offset = overlap * width * 4;
    // Skia's pixels are premultiplied; on white every pixel is opaque, so they already are PNG's.
    if (background === 'transparent') unpremultiply(pixels.subarray(offset, offset + rows * width * 4));
    return { index, pixels, rows, offset };
  }
}

/** Skia's pixels are premultiplied; PNG's are not. Only edges and see-through pixels change. */
function unpremultiply(pixels: Uint8Array): void {
  for (let i = 3; i < pixels.length; i += 4) {
    const a = pixels[i]!;
    if (a === 255 || a === 0) continue;
    const half = a >> 1;
    pixels[i - 3] = Math.min(255, Math.floor((pixels[i - 3]! * 255 + half) / a));
    pixels[i - 2] = Math.min(255, Math.floor((pixels[i - 2]! * 255 + half) / a));
    pixels[i - 1] = Math.min(255, Math.floor((pixels[i - 1]! * 255 + half) / a));
  }
}

// The PNG export: the scene drawn by Skia (@napi-rs/canvas) with the very
// paint code the board runs in the browser (shared/layout/paintCanvas), at 1
// to 4 output pixels per board pixel, on white or on nothing. Skia is the
// rasteriser Chromium draws the board with, and it caches glyphs: resvg,
// drawing the SVG export, shaped every glyph afresh and took 17 s for a
// 5,000-note map at 2×, against about 5 s here. Skia gets Jejak's own font
// files, so every machine draws the same picture.
//
// There is no size limit: the picture is drawn in horizontal bands, each on
// a canvas shifted by whole output pixels, from only the items that reach
// into it, and the rows go straight into a streaming encoder, which
// compresses one band while the next is drawn.
// Each band reports progress; a cancel is honoured between bands.
import { createCanvas, GlobalFonts, loadImage, type Image } from '@napi-rs/canvas';
import { writeCjm } from '../../shared/format/writer';
import { ExportCancelled, PNG_SCALES, throwIfCancelled, type ExportControl } from '../../shared/export/options';
import { flatSceneItems, itemBounds, type PreparedExport } from '../../shared/export/sceneForExport';
import { paintItem, type Canvas2D } from '../../shared/layout/paintCanvas';
import type { SceneItem } from '../../shared/layout/sceneTypes';
import { FONT_FAMILY } from '../../shared/layout/textMetrics';
import { PNG_MAP_KEYWORD } from './embeddedMap';
import { EXPORT_FONTS } from './fonts';
import { PngWriter } from './pngWriter';

export interface PngExportOptions {
  /** Output pixels per board pixel, 1 to 4. */
  scale: number;
  /** White, or see-through where the map has no card, header or line. */
  background: 'white' | 'transparent';
  /** Carry the exported map (the .cjm) in an iTXt chunk. */
  embedMap: boolean;
  /** Pixels drawn at once (rows × width); the default keeps a band near 32 MB of RGBA. Tests make it small to see the seams. */
  bandPixels?: number;
}

const DEFAULT_BAND_PIXELS = 8 * 1024 * 1024;
/**
 * Up to this many pixels (a sample map at 4× has about 100 million) the
 * image data is deflated at zlib's level 6, past it at level 3: on a band of
 * a 5,000-note map at 2×, level 6 deflates 2.4 times slower for 16% less.
 */
const SMALL_PICTURE = 250_000_000;
/** Antialiasing and half a stroke reach past an item's box; a band takes items this far (board px) beyond what it draws. */
const BAND_MARGIN = 4;
/**
 * Board px drawn above and below each band and thrown away. Skia rasterises
 * a shape the canvas edge cuts through a little differently (a glyph or a
 * round corner straddling it came out a few levels of antialiasing off),
 * which showed as faint seams; cut well away from the rows kept, every band
 * draws its rows as the picture drawn whole would.
 */
const OVERLAP = 32;

let fontsRegistered = false;

/** Inter (both weights) and Noto Emoji, once per process, under the names the paint code asks for. */
function registerFonts(): void {
  if (fontsRegistered) return;
  GlobalFonts.registerFromPath(EXPORT_FONTS.inter400.path, FONT_FAMILY);
  GlobalFonts.registerFromPath(EXPORT_FONTS.inter600.path, FONT_FAMILY);
  GlobalFonts.registerFromPath(EXPORT_FONTS.emoji.path, EXPORT_FONTS.emoji.family);
  fontsRegistered = true;
}

/** The map's pictures decoded for Skia (PNG, JPEG and WebP alike); one that will not decode is left out, as the board leaves it. */
async function decodedImages({ map }: PreparedExport): Promise<Map<string, Image>> {
  const decoded = new Map<string, Image>();
  for (const [id, asset] of Object.entries(map.assets ?? {})) {
    try {
      decoded.set(id, await loadImage(Buffer.from(asset.data, 'base64')));
    } catch {
      // A picture Skia cannot read: the persona keeps its place, without the photo.
    }
  }
  return decoded;
}

export async function exportPng(prepared: PreparedExport, options: PngExportOptions, control: ExportControl = {}): Promise<Uint8Array> {
  const { scale } = options;
  if (!Number.isFinite(scale) || scale < PNG_SCALES.min || scale > PNG_SCALES.max) throw new RangeError(`PNG scale ${scale} is outside ${PNG_SCALES.min}–${PNG_SCALES.max}`);
  throwIfCancelled(control.signal);
  registerFonts();
  const { scene, map } = prepared;
  const width = Math.max(1, Math.ceil(scene.width * scale));
  const height = Math.max(1, Math.ceil(scene.height * scale));
  const items = paintedItems(prepared, options.background);
  const spans = verticalSpans(items);
  const bandRows = Math.max(1, Math.min(height, Math.floor((options.bandPixels ?? DEFAULT_BAND_PIXELS) / width)));
  const bands = Math.ceil(height / bandRows);
  const images = await decodedImages(prepared);
  const overlap = Math.ceil(OVERLAP * scale);
  const canvas = createCanvas(width, bandRows + 2 * overlap);
  const ctx = canvas.getContext('2d');
  const paint = ctx as unknown as Canvas2D<Image>;
  const imageOf = (assetId: string) => images.get(assetId) ?? null;

  /** Draws band `index` and returns its pixels, straight RGBA, rows × width. */
  /** Draws band `index` (with its overlap) and says where its rows are: straight RGBA, `rows` × width from byte `offset`. */
  const drawBand = (index: number): { pixels: Uint8Array; rows: number; offset: number } => {
    const top = index * bandRows;
    const rows = Math.min(bandRows, height - top);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    if (options.background === 'white') {
      ctx.fillStyle = '#FFFFFF';
      ctx.fillRect(0, 0, width, canvas.height);
    } else ctx.clearRect(0, 0, width, canvas.height);
    // A whole number of output pixels down, so every band's pixels fall where the picture's do.
    ctx.setTransform(scale, 0, 0, scale, 0, overlap - top);
    const from = (top - overlap) / scale - BAND_MARGIN;
    const to = (top + rows + overlap) / scale + BAND_MARGIN;
    for (let i = 0; i < items.length; i++) if (spans[2 * i + 1]! >= from && spans[2 * i]! <= to) paintItem(paint, items[i]!, imageOf);
    const pixels = canvas.data();
    const offset = overlap * width * 4;
    // Skia's pixels are premultiplied; on white every pixel is opaque, so they already are PNG's.
    if (options.background === 'transparent') unpremultiply(pixels.subarray(offset, offset + rows * width * 4));
    return { pixels, rows, offset };
  };

  const texts = options.embedMap ? [{ keyword: PNG_MAP_KEYWORD, text: new TextEncoder().encode(writeCjm(map)) }] : [];
  const writer = new PngWriter(width, height, texts, width * height <= SMALL_PICTURE ? 6 : 3);
  try {
    control.onProgress?.(0, bands);
    // One band compresses (in zlib's thread) while the next is drawn (here).
    let compressing: Promise<void> = Promise.resolve();
    for (let index = 0; index < bands; index++) {
      throwIfCancelled(control.signal);
      const { pixels, rows, offset } = drawBand(index);
      await compressing;
      throwIfCancelled(control.signal);
      compressing = writer.addRows(pixels, rows, offset);
      compressing.catch(() => undefined);
      control.onProgress?.(index + 1, bands);
    }
    await compressing;
    throwIfCancelled(control.signal);
    return await writer.finish();
  } catch (error) {
    writer.abandon();
    if (control.signal?.aborted) throw new ExportCancelled();
    throw error;
  }
}

/**
 * The items in paint order, less the paper: the page behind the board is
 * the picture's background (white, or none), and on a transparent picture
 * the lane bands go too, so the notes, headers and lines stand on whatever
 * the picture is placed on.
 */
function paintedItems({ scene }: PreparedExport, background: PngExportOptions['background']): SceneItem[] {
  const isPage = (item: SceneItem) => item.type === 'rect' && item.x <= 0 && item.y <= 0 && item.width >= scene.width && item.height >= scene.height;
  const paper = scene.background.filter((item) => (background === 'transparent' ? item.type === 'rect' : isPage(item)));
  return flatSceneItems({ ...scene, background: scene.background.filter((item) => !paper.includes(item)) });
}

/** Each item's top and bottom, side by side in one array, for quick band culling. */
function verticalSpans(items: readonly SceneItem[]): Float64Array {
  const spans = new Float64Array(items.length * 2);
  items.forEach((item, i) => {
    const box = itemBounds(item);
    spans[2 * i] = box.y;
    spans[2 * i + 1] = box.y + box.height;
  });
  return spans;
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

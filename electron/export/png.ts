// The PNG export: the scene drawn by resvg from the same SVG items the SVG
// export writes, at 1 to 4 output pixels per board pixel, on white or on
// nothing. resvg gets Jejak's own font files and no system fonts, so every
// machine draws the same picture.
//
// There is no size limit: the picture is drawn in horizontal bands, each an
// SVG of only the items that reach into it, its coordinates shifted so the
// band starts at 0 (renderers draw in 32-bit floats, which lose sub-pixel
// precision a few hundred thousand pixels down a tall map), and the rows go
// straight into a streaming encoder. Bands start on whole output pixels and
// are drawn with an overlap that is cut off, so the seams do not show. Each
// band reports progress; a cancel is honoured between bands.
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { writeCjm } from '../../shared/format/writer';
import { ExportCancelled, PNG_SCALES, throwIfCancelled, type ExportControl } from '../../shared/export/options';
import { flatSceneItems, itemBounds, type PreparedExport } from '../../shared/export/sceneForExport';
import type { SceneItem } from '../../shared/layout/sceneTypes';
import { FONT_FAMILY } from '../../shared/layout/textMetrics';
import { PNG_MAP_KEYWORD } from './embeddedMap';
import { EXPORT_FONTS } from './fonts';
import { PngWriter } from './pngWriter';
import { assetImages, idCounter, svgDocument } from './svgItems';

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

// Three bands are in memory at once (two being drawn, one being encoded),
// each several copies deep; bands of twice this size exported a 5,000-note
// map at 2× hardly faster and peaked 160 MB higher.
const DEFAULT_BAND_PIXELS = 8 * 1024 * 1024;
/**
 * Up to this many pixels (a sample map at 4× has about 100 million) the
 * image data is deflated at zlib's level 6, past it at level 3. Measured:
 * level 6 makes a sample's PNG at 2× 30% smaller for a fraction of a
 * second, while on a band of a 5,000-note map at 2× it deflates 2.4 times
 * slower for 16% less, which on a poster of tens of thousands of notes is
 * minutes of waiting.
 */
const SMALL_PICTURE = 250_000_000;
/** Bands drawn ahead of the one being encoded: resvg draws on libuv's threads while this thread filters. */
const BANDS_AHEAD = 2;
/** resvg decodes PNG and JPEG (and GIF); WebP photos stand as a quiet disc in the picture. */
const PNG_IMAGE_TYPES = ['image/png', 'image/jpeg'];
/** Antialiasing and half a stroke reach past an item's box; a band takes items this far (board px) beyond its edges. */
const BAND_MARGIN = 4;
/**
 * Board px drawn beyond each edge of a band and thrown away. resvg clips a
 * path at the edge of what it draws by cutting its curves there, which
 * changes how they are flattened into lines all along the cut curve: a
 * glyph or a round corner straddling an edge came out a few levels of
 * antialiasing different from the same shape drawn whole, a faint seam; and
 * a stroke half outside the picture (the lane headers' at its left edge)
 * came out paler than the board draws it. Cut well away from the pixels
 * kept (further than any curve of the scene is long), they are drawn as
 * the board draws them.
 */
const OVERLAP = 32;

export async function exportPng(prepared: PreparedExport, options: PngExportOptions, control: ExportControl = {}): Promise<Uint8Array> {
  const { scale } = options;
  if (!Number.isFinite(scale) || scale < PNG_SCALES.min || scale > PNG_SCALES.max) throw new RangeError(`PNG scale ${scale} is outside ${PNG_SCALES.min}–${PNG_SCALES.max}`);
  throwIfCancelled(control.signal);
  const { scene, map } = prepared;
  const width = Math.max(1, Math.ceil(scene.width * scale));
  const height = Math.max(1, Math.ceil(scene.height * scale));
  const items = paintedItems(prepared, options.background);
  const spans = verticalSpans(items);
  const step = bandStep(scale);
  const bandRows = Math.max(step.rows, Math.min(height, roundDown(Math.floor((options.bandPixels ?? DEFAULT_BAND_PIXELS) / width), step.rows)));
  const bands = Math.ceil(height / bandRows);
  const images = assetImages(map, PNG_IMAGE_TYPES);
  const renderOptions: ResvgRenderOptions = {
    fitTo: { mode: 'original' },
    font: { loadSystemFonts: false, fontFiles: [EXPORT_FONTS.inter400.path, EXPORT_FONTS.inter600.path, EXPORT_FONTS.emoji.path], defaultFontFamily: FONT_FAMILY },
    // resvg notes each fallback to the emoji font as a warning; it is the plan, not a problem.
    logLevel: 'error',
    ...(options.background === 'white' ? { background: '#FFFFFF' } : {}),
  };
  const family = `${FONT_FAMILY}, '${EXPORT_FONTS.emoji.family}'`;

  // Every band is drawn with a margin on all four sides that is then cut off
  // (see OVERLAP), the picture's own edges included.
  const margin = roundDown(Math.ceil(OVERLAP * scale) + step.rows - 1, step.rows);
  const drawnWidth = width + 2 * margin;
  const drawBand = (index: number) => {
    const top = index * bandRows;
    const rows = Math.min(bandRows, height - top);
    const drawnRows = rows + 2 * margin;
    const from = (top - margin) / scale - BAND_MARGIN;
    const to = (top + rows + margin) / scale + BAND_MARGIN;
    const inBand = items.filter((_, i) => spans[2 * i + 1]! >= from && spans[2 * i]! <= to);
    const svg = svgDocument({
      width: drawnWidth,
      height: drawnRows,
      scale,
      items: inBand,
      context: { originX: -margin / scale, originY: (top - margin) / scale, image: images, nextId: idCounter() },
      family,
    });
    return renderAsync(svg, renderOptions).then((image) => {
      if (image.width !== drawnWidth || image.height !== drawnRows) throw new Error(`band ${index} drew ${image.width} × ${image.height}, not ${drawnWidth} × ${drawnRows}`);
      const drawn = image.pixels;
      const kept = new Uint8Array(rows * width * 4);
      for (let r = 0; r < rows; r++) {
        const start = ((margin + r) * drawnWidth + margin) * 4;
        kept.set(drawn.subarray(start, start + width * 4), r * width * 4);
      }
      return { pixels: kept, rows };
    });
  };

  const texts = options.embedMap ? [{ keyword: PNG_MAP_KEYWORD, text: new TextEncoder().encode(writeCjm(map)) }] : [];
  const writer = new PngWriter(width, height, texts, width * height <= SMALL_PICTURE ? 6 : 3);
  const pending: ReturnType<typeof drawBand>[] = [];
  const queue = (index: number) => {
    if (index >= bands) return;
    const band = drawBand(index);
    // A band drawn ahead may fail after an earlier one stopped the export; nobody waits for it then.
    band.catch(() => undefined);
    pending.push(band);
  };
  try {
    control.onProgress?.(0, bands);
    for (let i = 0; i < BANDS_AHEAD; i++) queue(i);
    for (let index = 0; index < bands; index++) {
      throwIfCancelled(control.signal);
      const { pixels, rows } = await pending.shift()!;
      queue(index + BANDS_AHEAD);
      throwIfCancelled(control.signal);
      if (options.background === 'transparent') unpremultiply(pixels);
      await writer.addRows(pixels, rows);
      control.onProgress?.(index + 1, bands);
    }
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

/**
 * Bands start on rows that are a whole number of board px down (at 1.5×,
 * every third row), so each band's origin is a whole board coordinate and
 * the shifted coordinates are exactly the scene's: two bandings of one map
 * then draw the same pixels. A scale with no small such step falls back to
 * single rows (and origins rounded to a thousandth of a board px).
 */
function bandStep(scale: number): { rows: number } {
  for (let board = 1; board <= 16; board++) {
    const rows = scale * board;
    if (Math.abs(rows - Math.round(rows)) < 1e-9) return { rows: Math.round(rows) };
  }
  return { rows: 1 };
}

function roundDown(value: number, step: number): number {
  return Math.floor(value / step) * step;
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

/** resvg's pixels are premultiplied; PNG's are not. Only edges and see-through pixels change. */
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

// The PNG export: the scene drawn by Skia (@napi-rs/canvas) with the very
// paint code the board runs in the browser (shared/layout/paintCanvas), at 1
// to 4 output pixels per board pixel, on white or on nothing. Skia is the
// rasteriser Chromium draws the board with, and it caches glyphs: resvg,
// drawing the SVG export, shaped every glyph afresh and took 17 s for a
// 5,000-note map at 2×. Skia gets Jejak's own font files, so every machine
// draws the same picture.
//
// There is no size limit: the picture is drawn in horizontal bands
// (pngBandPainter), by worker threads where the machine has cores to spare,
// and the rows go in order into a streaming encoder that compresses one band
// while the next ones are drawn. Progress is reported per band; a cancel is
// honoured between bands.
import { writeCjm } from '../../shared/format/writer';
import { ExportCancelled, PNG_SCALES, throwIfCancelled, type ExportControl } from '../../shared/export/options';
import { flatSceneItems, type PreparedExport } from '../../shared/export/sceneForExport';
import type { SceneItem } from '../../shared/layout/sceneTypes';
import { PNG_MAP_KEYWORD } from './embeddedMap';
import { bandDrawers } from './pngBandDrawers';
import { assetsToDraw, type DrawnBand } from './pngBandPainter';
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
 * image data is deflated at zlib's level 6, past it at level 1. Measured on
 * a 5,000-note map at 2× (927 million pixels, two cores): level 6 deflates
 * 2.4 times slower than 3, and level 1 saves another 0.8 s of 9.9 (the
 * compressing thread shares the cores with the drawing ones) for a file 10%
 * larger.
 */
const SMALL_PICTURE = 250_000_000;

export async function exportPng(prepared: PreparedExport, options: PngExportOptions, control: ExportControl = {}): Promise<Uint8Array> {
  const { scale } = options;
  if (!Number.isFinite(scale) || scale < PNG_SCALES.min || scale > PNG_SCALES.max) throw new RangeError(`PNG scale ${scale} is outside ${PNG_SCALES.min}–${PNG_SCALES.max}`);
  throwIfCancelled(control.signal);
  const { scene, map } = prepared;
  const width = Math.max(1, Math.ceil(scene.width * scale));
  const height = Math.max(1, Math.ceil(scene.height * scale));
  const bandRows = Math.max(1, Math.min(height, Math.floor((options.bandPixels ?? DEFAULT_BAND_PIXELS) / width)));
  const bands = Math.ceil(height / bandRows);
  const items = paintedItems(prepared, options.background);
  const drawers = await bandDrawers({ items, assets: assetsToDraw(items, map.assets), width, height, scale, bandRows, background: options.background }, bands);
  const texts = options.embedMap ? [{ keyword: PNG_MAP_KEYWORD, text: new TextEncoder().encode(writeCjm(map)) }] : [];
  const writer = new PngWriter(width, height, texts, width * height <= SMALL_PICTURE ? 6 : 1);
  const inFlight: Promise<DrawnBand>[] = [];
  const ask = (index: number) => {
    if (index >= bands) return;
    const band = drawers.draw(index);
    // A band asked for ahead may fail after the export stopped; nobody waits for it then.
    band.catch(() => undefined);
    inFlight.push(band);
  };
  try {
    control.onProgress?.(0, bands);
    for (let i = 0; i < drawers.parallel; i++) ask(i);
    // One band compresses (in zlib's thread) while the next ones are drawn.
    let compressing: Promise<void> = Promise.resolve();
    for (let index = 0; index < bands; index++) {
      throwIfCancelled(control.signal);
      const { pixels, rows, offset } = await inFlight.shift()!;
      await compressing;
      throwIfCancelled(control.signal);
      // The rows are copied out here, at once: the band's canvas may draw the next band.
      compressing = writer.addRows(pixels, rows, offset);
      compressing.catch(() => undefined);
      ask(index + drawers.parallel);
      control.onProgress?.(index + 1, bands);
    }
    await compressing;
    throwIfCancelled(control.signal);
    return await writer.finish();
  } catch (error) {
    writer.abandon();
    if (control.signal?.aborted) throw new ExportCancelled();
    throw error;
  } finally {
    await drawers.close();
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

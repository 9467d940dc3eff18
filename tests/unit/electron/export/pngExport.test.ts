// The PNG export, decoded with pngjs: the scene's size times the scale, white
// or see-through, cards in their colours where the layout puts them, no seam
// where bands meet, the picture the SVG export draws, emoji
// drawn, private notes and hidden lanes nowhere (not in the pixels, not in
// the map it carries), the map read back from it, progress per band, and a
// cancel that stops it.
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { ExportCancelled } from '../../../../shared/export/options';
import { prepareExport, type PreparedExport } from '../../../../shared/export/sceneForExport';
import { writeCjm } from '../../../../shared/format/writer';
import { GEOMETRY } from '../../../../shared/layout/geometry';
import { cellKey } from '../../../../shared/layout/layout';
import { embeddedMapOf } from '../../../../electron/export/embeddedMap';
import { exportPng } from '../../../../electron/export/png';
import { exportSvg } from '../../../../electron/export/svg';
import {
  HIDDEN_LANE_COLOR,
  HIDDEN_LANE_NOTE,
  HIDDEN_LANE_TITLE,
  HIDDEN_NOTE,
  HIDDEN_NOTE_COLOR,
  PHOTO_COLOR,
  hasColour,
  hex,
  inkIn,
  pictureMap,
  pixel,
  readMap,
  renderSvg,
  sample,
  spanOf,
  textItem,
} from './pictureMaps';

const decode = (bytes: Uint8Array) => PNG.sync.read(Buffer.from(bytes));

/** A point inside a note's card that no text or mark reaches: just inside its right edge, halfway down. */
function cardPoint(prepared: PreparedExport, id: string): { x: number; y: number; fill: string } {
  const note = prepared.scene.notes.find((n) => n.id === id);
  if (!note) throw new Error(`note ${id} is not in the scene`);
  return { x: note.x + note.width - 4, y: note.y + note.height / 2, fill: note.fill };
}

/** A point of a lane band where no note is: below the notes of the cell with the most room. */
function emptyPoint(prepared: PreparedExport): { x: number; y: number } {
  let best = { room: 0, x: 0, y: 0 };
  for (const row of prepared.layout.rows) {
    for (const column of prepared.layout.columns) {
      const below = row.y + row.bandHeight + (prepared.layout.cells.get(cellKey(row.lane.id, column.stage.id))?.contentHeight ?? 0);
      const room = row.y + row.height - below;
      if (row.lane.kind !== 'emotions' && room > best.room) best = { room, x: column.x + column.width / 2, y: (below + row.y + row.height) / 2 };
    }
  }
  expect(best.room, 'room below the notes of some cell').toBeGreaterThan(20);
  return best;
}

/** Channel by channel, colours weighted by their alpha (a nearly clear pixel's colour is nearly invisible). */
function difference(a: PNG, b: PNG): { share: number; worst: number } {
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  let differing = 0;
  let worst = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const alphaA = a.data[i + 3]!;
    const alphaB = b.data[i + 3]!;
    for (let c = 0; c < 4; c++) {
      const d = c === 3 ? Math.abs(alphaA - alphaB) : Math.abs((a.data[i + c]! * alphaA - b.data[i + c]! * alphaB) / 255);
      if (d >= 1) differing++;
      worst = Math.max(worst, d);
    }
  }
  return { share: differing / a.data.length, worst: Math.round(worst) };
}

describe('the PNG export', () => {
  const english = prepareExport(sample('b2b-software-purchase.en.cjm'), false);

  it('is the scene times the scale, cards in their colours where the layout puts them', async () => {
    for (const scale of [1, 2]) {
      const png = decode(await exportPng(english, { scale, background: 'white', embedMap: false }));
      expect([png.width, png.height]).toEqual([english.scene.width * scale, english.scene.height * scale]);
      for (const note of english.scene.notes.slice(0, 12)) {
        const p = cardPoint(english, note.id);
        expect(pixel(png, p.x * scale, p.y * scale).slice(0, 3), `note ${note.id}`).toEqual(hex(p.fill));
      }
      // A stage title in the header's colour, a lane header too.
      const header = english.layout.columns[0]!;
      expect(pixel(png, (header.x + 4) * scale, (english.layout.personaStripHeight + 4) * scale).slice(0, 3)).toEqual(hex(header.stage.color ?? english.theme.headerFill));
    }
    // Fractional scales round the size up to whole pixels.
    const odd = decode(await exportPng(english, { scale: 1.5, background: 'white', embedMap: false }));
    expect([odd.width, odd.height]).toEqual([Math.ceil(english.scene.width * 1.5), Math.ceil(english.scene.height * 1.5)]);
  });

  it('refuses a scale outside 1 to 4', async () => {
    for (const scale of [0, 0.5, 4.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      await expect(exportPng(english, { scale, background: 'white', embedMap: false })).rejects.toThrow(RangeError);
    }
  });

  it('on white, the bands are the board’s; transparent, only the cards, headers and lines are drawn', async () => {
    const empty = emptyPoint(english);
    const white = decode(await exportPng(english, { scale: 1, background: 'white', embedMap: false }));
    const clear = decode(await exportPng(english, { scale: 1, background: 'transparent', embedMap: false }));
    const band = english.layout.rows.find((r) => r.y <= empty.y && empty.y < r.y + r.height)!;
    expect(pixel(white, empty.x, empty.y)).toEqual([...hex(band.index % 2 ? english.theme.laneBandOdd : english.theme.laneBandEven), 255]);
    expect(pixel(clear, empty.x, empty.y)[3]).toBe(0);
    // Cards stay opaque and in their colours; a card's antialiased edge keeps its colour (not darkened by premultiplying).
    const p = cardPoint(english, english.scene.notes[0]!.id);
    expect(pixel(clear, p.x, p.y)).toEqual([...hex(p.fill), 255]);
    const note = english.scene.notes[0]!;
    const corner = pixel(clear, note.x + 1, note.y + 1);
    expect(corner[3]).toBeGreaterThan(0);
    expect(corner[3]).toBeLessThan(255);
    expect(corner.slice(0, 3).every((c, i) => Math.abs(c - hex(note.border)[i]!) < 40 || Math.abs(c - hex(note.fill)[i]!) < 40)).toBe(true);
    // The lane headers are opaque in both.
    expect(pixel(clear, GEOMETRY.laneHeaderWidth / 2, band.y + band.height - 3)[3]).toBe(255);
  });

  it('shows no seam where bands meet: two bandings draw the same picture, and the picture drawn whole', async () => {
    const prepared = prepareExport(pictureMap(), false);
    // Bands of about 37 and 53 board px (a band is drawn with 32 board px more above and below).
    for (const [scale, rows, background] of [
      [1, [37, 53], 'white'],
      [1, [37, 53], 'transparent'],
      [3, [111, 159], 'white'],
    ] as const) {
      const width = Math.ceil(prepared.scene.width * scale);
      const draw = async (band: number) => decode(await exportPng(prepared, { scale, background, embedMap: false, bandPixels: width * band }));
      const [whole, thin, thick] = [await draw(Number.MAX_SAFE_INTEGER), await draw(rows[0]), await draw(rows[1])];
      // Each banding's seams fall where the other has none: a seam would show
      // here as whole rows of differences. What differs is a pixel here and
      // there by a step or two of antialiasing, where a long curve (an
      // emotion curve) is cut by a band's drawn edge even with the overlap.
      const bands = difference(thin, thick);
      expect(bands.share, `${background} at ${scale}×, two bandings: share of channels that differ`).toBeLessThan(0.0001);
      expect(bands.worst, `${background} at ${scale}×, two bandings: the largest difference`).toBeLessThanOrEqual(32);
      // Drawn whole, a tall picture's coordinates lose a little float
      // precision that a band's small ones keep: likewise a step or two.
      const alone = difference(whole, thin);
      expect(alone.share, `${background} at ${scale}×, whole vs bands: share of channels that differ`).toBeLessThan(0.0005);
      expect(alone.worst, `${background} at ${scale}×, whole vs bands: the largest difference`).toBeLessThanOrEqual(32);
    }
  }, 180_000);

  it('is the SVG export drawn whole: one scene, two outputs, alike but for how two rasterisers smooth text', async () => {
    const prepared = prepareExport(pictureMap(), false);
    const png = decode(await exportPng(prepared, { scale: 1, background: 'white', embedMap: false }));
    const fromSvg = renderSvg(await exportSvg(prepared, { embedMap: false }));
    expect([fromSvg.width, fromSvg.height]).toEqual([png.width, png.height]);
    // Skia (the PNG, as the board) and resvg (the SVG) antialias glyph edges
    // differently; pixelmatch's threshold passes those and catches anything
    // drawn elsewhere or in another colour (a card 2 px off differs in far more).
    const differing = pixelmatch(png.data, fromSvg.data, undefined, png.width, png.height, { threshold: 0.1 });
    expect(differing / (png.width * png.height)).toBeLessThan(0.01);
    const shifted = new Uint8Array(png.data.length);
    shifted.set(png.data.subarray(2 * png.width * 4));
    expect(pixelmatch(shifted, fromSvg.data, undefined, png.width, png.height, { threshold: 0.1 }) / (png.width * png.height)).toBeGreaterThan(0.03);
  });

  it('draws Indonesian text, emoji and the persona photo', async () => {
    const prepared = prepareExport(pictureMap(), false);
    const png = decode(await exportPng(prepared, { scale: 2, background: 'white', embedMap: false }));
    const line = textItem(prepared, '😀');
    const scaled = (box: { x: number; y: number; width: number; height: number }) => ({ x: box.x * 2, y: box.y * 2, width: box.width * 2, height: box.height * 2 });
    expect(inkIn(png, scaled(spanOf(line, '😀')), hex('#DCEAFE'))).toBeGreaterThan(80);
    expect(inkIn(png, scaled(spanOf(line, 'senang')), hex('#DCEAFE'))).toBeGreaterThan(80);
    const title = textItem(prepared, 'Kedatangan & parkir');
    expect(inkIn(png, scaled({ ...title, width: 100, height: 20 }), hex(prepared.theme.headerFill))).toBe(0); // white text on the dark header: no darker ink
    expect(hasColour(png, PHOTO_COLOR, 0)).toBe(true);
  });

  it('leaves private notes and hidden lanes out of the pixels and of the map it carries; asked to, shows them', async () => {
    const map = pictureMap();
    const bytes = await exportPng(prepareExport(map, false), { scale: 1, background: 'white', embedMap: true });
    const png = decode(bytes);
    expect(hasColour(png, hex(HIDDEN_NOTE_COLOR))).toBe(false);
    expect(hasColour(png, hex(HIDDEN_LANE_COLOR))).toBe(false);
    const carried = new TextDecoder().decode(embeddedMapOf(bytes)!);
    for (const secret of [HIDDEN_NOTE, HIDDEN_LANE_TITLE, HIDDEN_LANE_NOTE]) expect(carried).not.toContain(secret);
    expect(Buffer.from(bytes).includes(Buffer.from('RAHASIA'))).toBe(false);

    const shown = decode(await exportPng(prepareExport(map, true), { scale: 1, background: 'white', embedMap: false }));
    expect(hasColour(shown, hex(HIDDEN_NOTE_COLOR))).toBe(true);
    expect(hasColour(shown, hex(HIDDEN_LANE_COLOR))).toBe(true);
  });

  it('round trip: the map it carries (an iTXt chunk) reads back as the map exported', async () => {
    for (const map of [pictureMap(), sample('hotel-check-in.id.cjm')]) {
      const prepared = prepareExport(map, false);
      const bytes = await exportPng(prepared, { scale: 1, background: 'transparent', embedMap: true });
      const back = readMap(embeddedMapOf(bytes)!);
      expect(back).toEqual(prepared.map);
      expect(writeCjm(back)).toBe(writeCjm(prepared.map));
      // The chunk comes before the image data: a reader finds it without reading the picture.
      expect(Buffer.from(bytes).indexOf('iTXt')).toBeLessThan(Buffer.from(bytes).indexOf('IDAT'));
    }
    const without = await exportPng(english, { scale: 1, background: 'white', embedMap: false });
    expect(embeddedMapOf(without)).toBeNull();
    expect(Buffer.from(without).includes(Buffer.from('iTXt'))).toBe(false);
  });

  it('reports progress band by band and stops when cancelled', async () => {
    const width = english.scene.width * 2;
    const seen: [number, number][] = [];
    await exportPng(english, { scale: 2, background: 'white', embedMap: false, bandPixels: width * 500 }, { onProgress: (done, total) => seen.push([done, total]) });
    const bands = Math.ceil((english.scene.height * 2) / 500);
    expect(seen).toEqual(Array.from({ length: bands + 1 }, (_, i) => [i, bands]));

    const before = new AbortController();
    before.abort();
    await expect(exportPng(english, { scale: 2, background: 'white', embedMap: false }, { signal: before.signal })).rejects.toBeInstanceOf(ExportCancelled);

    const during = new AbortController();
    let last = 0;
    const stopped = exportPng(english, { scale: 2, background: 'white', embedMap: false, bandPixels: width * 200 }, {
      signal: during.signal,
      onProgress: (done) => {
        last = done;
        if (done === 2) during.abort();
      },
    });
    await expect(stopped).rejects.toBeInstanceOf(ExportCancelled);
    expect(last).toBe(2);
  });
});

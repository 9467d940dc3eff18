// Maps and helpers for the picture export tests: the Indonesian sample with
// what a picture must handle added (emoji, a persona photo, markup
// characters, a note not yet revealed and a hidden lane, each in a colour
// nothing else uses, so their absence can be seen in pixels), plus decoding
// and pixel helpers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { PNG } from 'pngjs';
import { readCjm } from '../../../../shared/format/reader';
import type { JourneyMap } from '../../../../shared/format/types';
import { writeCjm } from '../../../../shared/format/writer';
import { flatSceneItems, type PreparedExport } from '../../../../shared/export/sceneForExport';
import type { SceneItem } from '../../../../shared/layout/sceneTypes';
import { measureText } from '../../../../shared/layout/textMetrics';

export const ROOT = join(import.meta.dirname, '../../../..');
export const SAMPLES = join(ROOT, 'shared/samples');
export const SAMPLE_FILES = ['b2b-software-purchase.en.cjm', 'hotel-check-in.id.cjm'] as const;

export function readMap(bytes: Uint8Array | string): JourneyMap {
  const read = readCjm(bytes);
  if (!read.ok) throw new Error(`not a map: ${JSON.stringify(read.problems).slice(0, 400)}`);
  return read.map;
}

export function sample(file: (typeof SAMPLE_FILES)[number]): JourneyMap {
  return readMap(readFileSync(join(SAMPLES, file)));
}

export const EMOJI_NOTE = 'Tamu senang 😀 check-in cepat, kamar siap';
export const MARKUP_NOTE = 'Harga <b>"Rp 1.250.000"</b> & pajak ]]> \u0007tanpa\ttanda';
export const HIDDEN_NOTE = 'RAHASIA: catatan fasilitator belum dibuka';
export const HIDDEN_LANE_TITLE = 'Jalur tersembunyi';
export const HIDDEN_LANE_NOTE = 'Catatan di jalur tersembunyi';
/** Colours no other part of the map uses: the hidden note and the hidden lane's note. */
export const HIDDEN_NOTE_COLOR = '#FF00FF';
export const HIDDEN_LANE_COLOR = '#00FFFF';
/** The persona photo: a PNG of one colour nothing else uses. */
export const PHOTO_COLOR = [0xee, 0x11, 0x22] as const;

function photoPng(): string {
  const png = new PNG({ width: 16, height: 16 });
  for (let i = 0; i < png.data.length; i += 4) png.data.set([...PHOTO_COLOR, 255], i);
  return PNG.sync.write(png).toString('base64');
}

/** The Indonesian sample, with emoji, markup characters, a persona photo, a hidden note and a hidden lane. */
export function pictureMap(): JourneyMap {
  const map = sample('hotel-check-in.id.cjm');
  const first = map.stages[0]!.id;
  const second = map.stages[1]!.id;
  const extra: JourneyMap = {
    ...map,
    personas: map.personas.map((p, i) => (i === 0 ? { ...p, photo: 'img-andi' } : p)),
    lanes: [...map.lanes.slice(0, 2), { id: 'ln-secret', kind: 'text', title: HIDDEN_LANE_TITLE, hidden: true }, ...map.lanes.slice(2)],
    notes: [
      { id: 'nt-emoji', lane: 'ln-actions', stage: first, text: EMOJI_NOTE },
      { id: 'nt-markup', lane: 'ln-actions', stage: second, text: MARKUP_NOTE },
      { id: 'nt-hidden', lane: 'ln-actions', stage: first, text: HIDDEN_NOTE, hidden: true, color: HIDDEN_NOTE_COLOR },
      { id: 'nt-secret', lane: 'ln-secret', stage: first, text: HIDDEN_LANE_NOTE, color: HIDDEN_LANE_COLOR },
      ...map.notes,
    ],
    assets: { 'img-andi': { mime: 'image/png', data: photoPng(), name: 'andi.png' } },
  };
  // Through the reader: the fixture is a valid map, as any map given to an export is.
  return readMap(writeCjm(extra));
}

/** Straight RGBA of one pixel. */
export function pixel(png: PNG, x: number, y: number): [number, number, number, number] {
  const i = (Math.floor(y) * png.width + Math.floor(x)) * 4;
  return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!, png.data[i + 3]!];
}

export function hex(color: string): [number, number, number] {
  return [parseInt(color.slice(1, 3), 16), parseInt(color.slice(3, 5), 16), parseInt(color.slice(5, 7), 16)];
}

/** Whether any pixel is within `tolerance` of the colour on every channel (and opaque). */
export function hasColour(png: PNG, rgb: readonly number[], tolerance = 2): boolean {
  for (let i = 0; i < png.data.length; i += 4) {
    if (png.data[i + 3] === 255 && Math.abs(png.data[i]! - rgb[0]!) <= tolerance && Math.abs(png.data[i + 1]! - rgb[1]!) <= tolerance && Math.abs(png.data[i + 2]! - rgb[2]!) <= tolerance) return true;
  }
  return false;
}

/** Pixels in a box noticeably darker than the given background colour. */
export function inkIn(png: PNG, box: { x: number; y: number; width: number; height: number }, background: readonly number[]): number {
  let ink = 0;
  for (let y = Math.floor(box.y); y < Math.ceil(box.y + box.height); y++) {
    for (let x = Math.floor(box.x); x < Math.ceil(box.x + box.width); x++) {
      const [r, g, b] = pixel(png, x, y);
      if (background[0]! - r + (background[1]! - g) + (background[2]! - b) > 150) ink++;
    }
  }
  return ink;
}

/** Pixels in a box that differ between two pictures of one size. */
export function differingPixels(a: PNG, b: PNG, box: { x: number; y: number; width: number; height: number }): number {
  let count = 0;
  for (let y = Math.floor(box.y); y < Math.ceil(box.y + box.height); y++) {
    for (let x = Math.floor(box.x); x < Math.ceil(box.x + box.width); x++) if (pixel(a, x, y).some((v, i) => v !== pixel(b, x, y)[i])) count++;
  }
  return count;
}

/** The first text item (in paint order) whose text contains `part`. */
export function textItem(prepared: PreparedExport, part: string): Extract<SceneItem, { type: 'text' }> {
  const found = flatSceneItems(prepared.scene).find((item): item is Extract<SceneItem, { type: 'text' }> => item.type === 'text' && item.text.includes(part));
  if (!found) throw new Error(`no line of the scene says "${part}"`);
  return found;
}

/** Where in a left-aligned text line `part` is drawn (board px): from its start to its end, the line box's height. */
export function spanOf(item: Extract<SceneItem, { type: 'text' }>, part: string): { x: number; y: number; width: number; height: number } {
  const at = item.text.indexOf(part);
  const x = item.x + measureText(item.text.slice(0, at), item.font);
  return { x, y: item.y, width: measureText(part, item.font), height: item.font.size * 1.35 };
}

const require = createRequire(import.meta.url);
/** Jejak's own export fonts, as paths for resvg. */
export const FONT_FILES = [
  require.resolve('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'),
  require.resolve('@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf'),
  require.resolve('@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf'),
];

/** An SVG drawn by resvg with Jejak's fonts only (throws if it is not well-formed XML), decoded. */
export function renderSvg(svg: string, fontFiles: string[] = FONT_FILES): PNG {
  const rendered = new Resvg(svg, { font: { loadSystemFonts: false, fontFiles, defaultFontFamily: 'Inter' }, background: '#FFFFFF', logLevel: 'off' }).render();
  return PNG.sync.read(rendered.asPng());
}

/** The character data of every <text> element, unescaped. */
export function svgTexts(svg: string): string[] {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) =>
    m[1]!.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (_, name: string) =>
      name.startsWith('#x') ? String.fromCodePoint(parseInt(name.slice(2), 16)) : name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (entities[name] ?? `&${name};`),
    ),
  );
}

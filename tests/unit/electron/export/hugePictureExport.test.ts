// A map from a shared drive whose notes carry a 16000 × 16000 and a
// 30000 × 30000 picture (real, whole PNGs of 1 MB and 3.5 MB: 1 GB and
// 3.6 GB once decoded), and whose persona's photo is the first of them: every
// export finishes, the notes show the grey card saying "Picture too large"
// with the size (PNG pixels read back, the PDF rendered by pdftoppm, the SVG
// by resvg), the SVG carries no data URL for them, the persona shows its
// initials, a usable picture beside them is still drawn, and the process's
// peak memory grows by far less than one decoded picture would take. The
// PNG and the PDF's first page are left in test-results/huge-pictures/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultExportOptions, type ExportFormat, type ExportOptions } from '../../../../shared/export/options';
import { prepareExport, type PreparedExport } from '../../../../shared/export/sceneForExport';
import { encodeBase64 } from '../../../../shared/format/base64';
import type { JourneyMap } from '../../../../shared/format/types';
import { writeCjm } from '../../../../shared/format/writer';
import { MISSING_PICTURE_FILL } from '../../../../shared/layout/pictureCard';
import { runExport } from '../../../../electron/export/runExport';
import { blankPng, picture } from '../../shared/pictures/pictureFiles';
import { pdfText } from './pdf/poppler';
import { hex, inkIn, pixel, readMap, renderSvg, ROOT, sample, svgTexts } from './pictureMaps';

const GREY = hex(MISSING_PICTURE_FILL);
/** The usable picture's colour, which nothing else on the map has. */
const TEAL = [0x12, 0xc4, 0x9a] as const;
/** Peak memory may grow by this much across every export: one decoded 16000² picture alone is 1 GB. */
const MEMORY_BOUND = 400 * 1024 * 1024;
/** Where the pictures are left for people to look at (git ignores test-results/). */
const SHOTS = join(ROOT, 'test-results/huge-pictures');

function mapWithHugePictures(): JourneyMap {
  const map = sample('b2b-software-purchase.en.cjm');
  const [a, b, c] = map.notes.filter((n) => !n.hidden);
  const images: Record<string, string> = { [a!.id]: 'wall-16k', [b!.id]: 'wall-30k', [c!.id]: 'fine' };
  const crafted: JourneyMap = {
    ...map,
    personas: map.personas.map((p, i) => (i === 0 ? { ...p, photo: 'wall-16k' } : p)),
    notes: map.notes.map((n) => (images[n.id] ? { ...n, image: images[n.id] } : n)),
    assets: {
      'wall-16k': { mime: 'image/png', data: encodeBase64(blankPng(16000, 16000, 'rgba')), name: 'wall.png' },
      'wall-30k': { mime: 'image/png', data: encodeBase64(blankPng(30000, 30000, 'rgba')), name: 'poster.png' },
      fine: { mime: 'image/png', data: encodeBase64(picture(400, 300, 'png', { flat: TEAL })), name: 'fine.png' },
    },
  };
  // Through the writer and the reader: a valid map, as any map given to an export is.
  return readMap(writeCjm(crafted));
}

const peakRss = () => process.resourceUsage().maxRSS * 1024;

function band(prepared: PreparedExport, assetId: string): { x: number; y: number; width: number; height: number } {
  const note = prepared.scene.notes.find((n) => n.picture?.assetId === assetId);
  if (!note?.picture) throw new Error(`no note shows ${assetId}`);
  return { x: note.x + note.picture.x, y: note.y + note.picture.y, width: note.picture.width, height: note.picture.height };
}

/** Where the map is drawn on a picture: `scale` pixels a board px, its top-left corner at (x, y). */
interface Placement {
  scale: number;
  x: number;
  y: number;
}

const onPicture = (box: { x: number; y: number; width: number; height: number }, at: Placement) => ({
  x: at.x + box.x * at.scale,
  y: at.y + box.y * at.scale,
  width: box.width * at.scale,
  height: box.height * at.scale,
});

/** The share of a box's pixels (inset by 2 board px) within `tolerance` of the colour. */
function share(png: PNG, box: { x: number; y: number; width: number; height: number }, colour: readonly number[], at: Placement, tolerance = 3): number {
  const inset = 2 * at.scale;
  const { x, y, width, height } = onPicture(box, at);
  let hits = 0;
  let all = 0;
  for (let py = Math.ceil(y + inset); py < Math.floor(y + height - inset); py++) {
    for (let px = Math.ceil(x + inset); px < Math.floor(x + width - inset); px++) {
      all++;
      if (colour.every((v, i) => Math.abs(pixel(png, px, py)[i]! - v) <= tolerance)) hits++;
    }
  }
  return all === 0 ? 0 : hits / all;
}

/** The card: mostly grey, with the dark words on it. */
function expectCard(png: PNG, box: { x: number; y: number; width: number; height: number }, at: Placement, what: string): void {
  expect(share(png, box, GREY, at), `${what}: grey`).toBeGreaterThan(0.6);
  expect(inkIn(png, onPicture(box, at), GREY), `${what}: words`).toBeGreaterThan(100 * at.scale * at.scale);
}

/** The placement of a map drawn with margins (a PDF page), from where the one teal picture landed. */
function placementBy(png: PNG, teal: { x: number; y: number; width: number; height: number }): Placement {
  let [left, top, right] = [Infinity, Infinity, -Infinity];
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      if (!TEAL.every((v, i) => Math.abs(pixel(png, x, y)[i]! - v) <= 6)) continue;
      left = Math.min(left, x);
      right = Math.max(right, x + 1);
      top = Math.min(top, y);
    }
  }
  const scale = (right - left) / teal.width;
  return { scale, x: left - teal.x * scale, y: top - teal.y * scale };
}

const ONE_TO_ONE: Placement = { scale: 1, x: 0, y: 0 };

/** Page 1 of a PDF rendered by poppler at `dpi`, left in SHOTS as `name`. */
function pdfPage(bytes: Uint8Array, dpi: number, name: string): PNG {
  const folder = mkdtempSync(join(tmpdir(), 'jejak-huge-picture-'));
  writeFileSync(join(folder, 'map.pdf'), bytes);
  execFileSync('/usr/bin/pdftoppm', ['-png', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', join(folder, 'map.pdf'), join(folder, 'page')]);
  const png = readFileSync(join(folder, 'page.png'));
  writeFileSync(join(SHOTS, name), png);
  return PNG.sync.read(png);
}

describe('a map carrying a 16000² and a 30000² picture', () => {
  const map = mapWithHugePictures();
  const prepared = prepareExport(map, false);
  const outputs = new Map<string, Uint8Array[]>();
  let growth = 0;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const options = (format: ExportFormat, changes: Partial<ExportOptions> = {}): ExportOptions => ({ ...defaultExportOptions(format, 'en', new Date('2026-11-23T12:00:00Z')), ...changes });
    const before = peakRss();
    const runs: [string, ExportOptions][] = [
      ['png', options('png', { scale: 1 })],
      ['svg', options('svg')],
      ['pdf', options('pdf')],
      ['handout', options('pdf', { handout: true })],
      ['html', options('html')],
      ['md', options('md')],
    ];
    for (const [name, chosen] of runs) outputs.set(name, (await runExport(map, chosen, `map.${chosen.format}`)).files.map((f) => f.bytes));
    growth = peakRss() - before;
    // Generous: should a picture be decoded after all, the memory bound says so rather than a timeout.
  }, 600_000);

  it('exports every format with the process’s peak memory growing far less than one decoded picture', () => {
    expect([...outputs.keys()]).toEqual(['png', 'svg', 'pdf', 'handout', 'html', 'md']);
    expect(growth).toBeLessThan(MEMORY_BOUND);
  });

  it('shows the grey card on both notes in the PNG, and still the usable picture', () => {
    writeFileSync(join(SHOTS, 'map.png'), outputs.get('png')![0]!);
    const png = PNG.sync.read(Buffer.from(outputs.get('png')![0]!));
    expectCard(png, band(prepared, 'wall-16k'), ONE_TO_ONE, '16000²');
    expectCard(png, band(prepared, 'wall-30k'), ONE_TO_ONE, '30000²');
    expect(share(png, band(prepared, 'fine'), TEAL, ONE_TO_ONE)).toBeGreaterThan(0.95);
  });

  it('shows the same card in the PDF poster, rendered back to pixels by pdftoppm, with its words as text', () => {
    const pdf = outputs.get('pdf')![0]!;
    const text = pdfText(pdf);
    expect(text.split('Picture too large')).toHaveLength(3);
    expect(text).toContain('16,000 × 16,000 px');
    expect(text).toContain('30,000 × 30,000 px');
    // The poster has a title above the map and a legend below: the teal picture says where the map is.
    const page = pdfPage(pdf, 72, 'poster.png');
    const at = placementBy(page, band(prepared, 'fine'));
    expect(at.scale).toBeGreaterThan(0.5);
    expectCard(page, band(prepared, 'wall-16k'), at, 'PDF 16000²');
    expectCard(page, band(prepared, 'wall-30k'), at, 'PDF 30000²');
  });

  it('draws the card in the SVG and carries no data URL for either picture: a viewer decodes what an SVG carries', () => {
    const svg = new TextDecoder().decode(outputs.get('svg')![0]!);
    const images = [...svg.matchAll(/<image\b[^>]*xlink:href="data:([^;]+);base64,([^"]{0,64})/g)];
    expect(images).toHaveLength(1);
    expect(map.assets!.fine!.data.startsWith(images[0]![2]!)).toBe(true);
    expect(svgTexts(svg)).toEqual(expect.arrayContaining(['Picture too large', '16,000 × 16,000 px', '30,000 × 30,000 px']));
    const png = renderSvg(svg);
    expectCard(png, band(prepared, 'wall-16k'), ONE_TO_ONE, 'SVG 16000²');
    expectCard(png, band(prepared, 'wall-30k'), ONE_TO_ONE, 'SVG 30000²');
  });

  it('gives the persona its initials, not the photo, in the strip, the handout and the HTML report', () => {
    const persona = map.personas[0]!;
    const initials = persona.name.split(/\s+/).map((w) => w[0]).join('').slice(0, 2).toUpperCase();
    expect(prepared.scene.personaStrip.some((i) => i.type === 'image')).toBe(false);
    expect(prepared.scene.personaStrip.some((i) => i.type === 'text' && i.text === initials)).toBe(true);
    expect(pdfText(outputs.get('handout')![0]!)).toContain(initials);
    const html = new TextDecoder().decode(outputs.get('html')![0]!);
    expect(html).not.toContain('class="photo"');
    expect(html).not.toContain(map.assets!['wall-16k']!.data.slice(0, 200));
  });

  it('shows the card in the Markdown report’s picture', () => {
    const [, picturePng] = outputs.get('md')!;
    const png = PNG.sync.read(Buffer.from(picturePng!));
    const scale = png.width / prepared.scene.width;
    expectCard(png, band(prepared, 'wall-16k'), { scale, x: 0, y: 0 }, 'Markdown picture');
  });
});

// A note's picture in every export: the PNG (Skia, the board's own paint
// code), the PDF (rendered back to pixels with poppler's pdftoppm) and the
// SVG (rendered with resvg) show the picture's pixels at its band on the
// card; a picture that cannot be read leaves a quiet grey box (the board's,
// the PNG's and the PDF's), never a failed export.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { prepareExport, type PreparedExport } from '../../../../shared/export/sceneForExport';
import { encodeBase64 } from '../../../../shared/format/base64';
import type { JourneyMap } from '../../../../shared/format/types';
import { exportPdf } from '../../../../electron/export/pdf/exportPdf';
import { exportPng } from '../../../../electron/export/png';
import { exportSvg } from '../../../../electron/export/svg';
import { picture } from '../../shared/pictures/pictureFiles';
import { pdfOptions } from './pdf/poppler';
import { hasColour, pixel, readMap, renderSvg, sample } from './pictureMaps';

/** The pictures' colours: nothing else on a map is this green or this violet. */
const PNG_COLOUR = [0x12, 0xc4, 0x9a] as const;
const JPEG_COLOUR = [0x6d, 0x28, 0xd9] as const;

/** The English sample with a PNG picture on one note, a JPEG on another and an unreadable one on a third. */
function mapWithPictures(): JourneyMap {
  const map = sample('b2b-software-purchase.en.cjm');
  const [a, b, c] = map.notes;
  const images: Record<string, string> = { [a!.id]: 'pic-png', [b!.id]: 'pic-jpeg', [c!.id]: 'pic-broken' };
  const withImages: JourneyMap = {
    ...map,
    notes: map.notes.map((n) => (images[n.id] ? { ...n, image: images[n.id] } : n)),
    assets: {
      'pic-png': { mime: 'image/png', data: encodeBase64(picture(400, 300, 'png', { flat: PNG_COLOUR })), name: 'wall.png' },
      'pic-jpeg': { mime: 'image/jpeg', data: encodeBase64(picture(300, 400, 'jpeg', { flat: JPEG_COLOUR, quality: 95 })), name: 'board.jpg' },
      // A PNG's signature and header, then nothing: it sizes, but no decoder can draw it.
      'pic-broken': { mime: 'image/png', data: encodeBase64(picture(200, 100, 'png').subarray(0, 40)) },
    },
  };
  return readMap(new TextEncoder().encode(JSON.stringify(withImages)));
}

function band(prepared: PreparedExport, assetId: string): { x: number; y: number; width: number; height: number } {
  const note = prepared.scene.notes.find((n) => n.picture?.assetId === assetId);
  if (!note?.picture) throw new Error(`no note shows ${assetId}`);
  return { x: note.x + note.picture.x, y: note.y + note.picture.y, width: note.picture.width, height: note.picture.height };
}

const near = (got: readonly number[], want: readonly number[], tolerance: number) => want.every((v, i) => Math.abs(got[i]! - v) <= tolerance);

/** The share of a box's pixels (inset by 2 px, scaled) within `tolerance` of the colour. */
function coverage(png: PNG, box: { x: number; y: number; width: number; height: number }, colour: readonly number[], scale: number, tolerance: number): number {
  let hits = 0;
  let all = 0;
  for (let y = Math.ceil((box.y + 2) * scale); y < Math.floor((box.y + box.height - 2) * scale); y++) {
    for (let x = Math.ceil((box.x + 2) * scale); x < Math.floor((box.x + box.width - 2) * scale); x++) {
      all++;
      if (near(pixel(png, x, y), colour, tolerance)) hits++;
    }
  }
  return all === 0 ? 0 : hits / all;
}

/** Page 1 of the PDF poster, rendered by poppler at 72 dpi (a pixel a point). */
async function pdfPage(prepared: PreparedExport): Promise<PNG> {
  const pdf = await exportPdf(prepared, pdfOptions({ page: 'poster' }));
  const folder = mkdtempSync(join(tmpdir(), 'jejak-note-picture-'));
  writeFileSync(join(folder, 'map.pdf'), pdf.bytes);
  execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '72', '-f', '1', '-l', '1', '-singlefile', join(folder, 'map.pdf'), join(folder, 'page')]);
  return PNG.sync.read(readFileSync(join(folder, 'page.png')));
}

/** Page pixels per board px, at most: the poster fits the whole map on the page. */
function pdfPageScale(page: PNG, prepared: PreparedExport): { width: number; height: number } {
  const s = Math.min(page.width / prepared.scene.width, page.height / prepared.scene.height);
  return { width: s, height: s };
}

function countColour(png: PNG, colour: readonly number[], tolerance: number): number {
  let count = 0;
  for (let i = 0; i < png.data.length; i += 4) if (near([png.data[i]!, png.data[i + 1]!, png.data[i + 2]!], colour, tolerance)) count++;
  return count;
}

describe('a note’s picture', () => {
  const prepared = prepareExport(mapWithPictures(), false);

  it('is on the card in the PNG export, at 1× and 2×', async () => {
    for (const scale of [1, 2]) {
      const png = PNG.sync.read(Buffer.from(await exportPng(prepared, { scale, background: 'white', embedMap: false })));
      expect(coverage(png, band(prepared, 'pic-png'), PNG_COLOUR, scale, 2), `PNG at ${scale}×`).toBeGreaterThan(0.98);
      expect(coverage(png, band(prepared, 'pic-jpeg'), JPEG_COLOUR, scale, 8), `JPEG at ${scale}×`).toBeGreaterThan(0.95);
    }
  });

  it('is on the card in the SVG export', async () => {
    const svg = await exportSvg(prepared, { embedMap: false });
    const png = renderSvg(svg);
    expect(coverage(png, band(prepared, 'pic-png'), PNG_COLOUR, 1, 2)).toBeGreaterThan(0.98);
    expect(coverage(png, band(prepared, 'pic-jpeg'), JPEG_COLOUR, 1, 8)).toBeGreaterThan(0.95);
  });

  it('is on the card in the PDF poster, read back as pixels by pdftoppm', async () => {
    const page = await pdfPage(prepared);
    expect(hasColour(page, PNG_COLOUR, 3)).toBe(true);
    expect(hasColour(page, JPEG_COLOUR, 10)).toBe(true);
  });

  it('that cannot be read leaves a grey box on the card in the PNG and PDF, and every export still finishes', async () => {
    const grey = [0xae, 0xb8, 0xc4];
    const box = band(prepared, 'pic-broken');
    // The SVG carries the bytes as they are; whoever views it decides (resvg draws nothing there).
    const svg = renderSvg(await exportSvg(prepared, { embedMap: false }));
    expect(coverage(svg, box, PNG_COLOUR, 1, 2)).toBe(0);
    // The curve's neutral line is that grey too: count the grey against the same map without the broken picture.
    const without = prepareExport({ ...prepared.map, notes: prepared.map.notes.map((n) => (n.image === 'pic-broken' ? { ...n, image: undefined } : n)) }, false);
    const page = await pdfPage(prepared);
    const greyWith = countColour(page, grey, 3);
    const greyWithout = countColour(await pdfPage(without), grey, 3);
    const { width, height } = pdfPageScale(page, prepared);
    expect(greyWith - greyWithout).toBeGreaterThan(0.8 * box.width * box.height * width * height);
    const png = PNG.sync.read(Buffer.from(await exportPng(prepared, { scale: 1, background: 'white', embedMap: false })));
    expect(coverage(png, box, grey, 1, 2)).toBeGreaterThan(0.95);
  });
});

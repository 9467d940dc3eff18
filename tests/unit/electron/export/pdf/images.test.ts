// Persona photos in the PDF: a PNG is embedded once however many pages show
// it, clipped round; a WebP that cannot be redrawn (the resvg at hand has no
// WebP decoder) leaves the persona's initials on their colour instead of
// failing the export.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { expect, it } from 'vitest';
import type { JourneyMap } from '../../../../../shared/format/types';
import { prepareExport } from '../../../../../shared/export/sceneForExport';
import { exportPdf } from '../../../../../electron/export/pdf/exportPdf';
import { webpAsPng } from '../../../../../electron/export/pdf/pdfImages';
import { pdfInfo, pdfOptions, sample } from './poppler';

// 20 × 12 px, made with cwebp from a PNG: lossy (VP8) and lossless (VP8L).
const WEBP_LOSSY = 'UklGRmAAAABXRUJQVlA4IFQAAAAQBACdASoUAAwAPpE4l0eloyIhMAgAsBIJZACdMoRwN6AARmoU72jRMAD+6dWJ4peoNuUl8lRTf+e8JKz/jV2WTvNkvlV3G7uVE0vbD5/bkisAAAA=';
const WEBP_LOSSLESS = 'UklGRiYAAABXRUJQVlA4TBoAAAAvE8ACAJmM6H9ASEDI/o/W1EEenpgAlhLWAA==';

function png(): string {
  const image = new PNG({ width: 24, height: 24 });
  for (let i = 0; i < 24 * 24; i++) image.data.set([200, (i % 24) * 10, 60, 255], i * 4);
  return PNG.sync.write(image).toString('base64');
}

function withPhotos(): JourneyMap {
  const map = sample('hotel-check-in.id');
  return {
    ...map,
    personas: map.personas.map((p, i) => ({ ...p, photo: i === 0 ? 'as-png' : 'as-webp' })),
    assets: { 'as-png': { mime: 'image/png', data: png() }, 'as-webp': { mime: 'image/webp', data: WEBP_LOSSY } },
  };
}

function imageObjects(bytes: Uint8Array): { page: number; object: number }[] {
  const path = join(mkdtempSync(join(tmpdir(), 'jejak-pdf-images-')), 'out.pdf');
  writeFileSync(path, bytes);
  return execFileSync('/usr/bin/pdfimages', ['-list', path], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols[2] === 'image')
    .map((cols) => ({ page: Number(cols[0]), object: Number(cols[10]) }));
}

it('redraws a WebP as a PNG, and says so when a file does not decode', () => {
  for (const webp of [WEBP_LOSSY, WEBP_LOSSLESS]) {
    const png = webpAsPng(Buffer.from(webp, 'base64'))!;
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([20, 12]);
  }
  expect(webpAsPng(Buffer.from('RIFF\0\0\0\0WEBPVP8 broken'))).toBeNull();
});

it('embeds each photo, PNG and WebP, once across tile pages', async () => {
  const prepared = prepareExport(withPhotos(), false);
  const pdf = await exportPdf(prepared, pdfOptions({ page: 'a4', orientation: 'landscape' }));
  const images = imageObjects(pdf.bytes);
  // The overview shows the photos too; every page that shows one uses the same embedded object.
  expect(images.length).toBeGreaterThanOrEqual(2);
  expect(new Set(images.map((i) => i.object)).size).toBe(2);
  expect(pdfInfo(pdf.bytes).pages).toBeGreaterThan(2);
});

it('shows the photos on the poster and the handout', async () => {
  const prepared = prepareExport(withPhotos(), false);
  for (const changes of [{ page: 'poster' as const }, { handout: true }]) {
    const pdf = await exportPdf(prepared, pdfOptions(changes));
    expect(imageObjects(pdf.bytes).length).toBeGreaterThanOrEqual(1);
  }
});

// A 5,000-note map in every shape of PDF: each opens in a real reader with
// pages of the right size. The time each takes is printed, not asserted
// (docs/architecture.md: tests never assert a time); the goal is 10 s or less on a
// 2-core machine, and the figures here are how that is checked by eye.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ExportOptions, PaperSize } from '../../../../../shared/export/options';
import { prepareExport, type PreparedExport } from '../../../../../shared/export/sceneForExport';
import { MAX_PAGE_POINTS, paperPoints } from '../../../../../shared/export/tiles';
import { exportPdf } from '../../../../../electron/export/pdf/exportPdf';
import { bigMap } from '../../../../support/bigMap';
import { pdfInfo, pdfOptions } from './poppler';

const MODES: [string, Partial<ExportOptions>][] = [
  ['poster', { page: 'poster' }],
  ['fit, A4 landscape', { page: 'fit', paper: 'a4', orientation: 'landscape' }],
  ['A4 landscape tiles', { page: 'a4', orientation: 'landscape' }],
  ['A3 portrait tiles', { page: 'a3', orientation: 'portrait' }],
  ['Letter portrait tiles', { page: 'letter', orientation: 'portrait' }],
  ['handout, A4 portrait', { handout: true, paper: 'a4', orientation: 'portrait' }],
];

const map = bigMap({ notes: 5000 });
const times: string[] = [];
let prepareMs = 0;
let prepared: PreparedExport;

beforeAll(() => {
  const start = performance.now();
  prepared = prepareExport(map, false);
  prepareMs = performance.now() - start;
});

afterAll(() => {
  console.log(`PDF of a 5,000-note map (prepareExport: ${prepareMs.toFixed(0)} ms, once):\n${times.join('\n')}`);
});

it.each(MODES)('%s', async (name, changes) => {
  const options = pdfOptions(changes);
  const start = performance.now();
  const pdf = await exportPdf(prepared, options);
  const ms = performance.now() - start;
  const info = pdfInfo(pdf.bytes);
  times.push(`  ${name.padEnd(24)} ${ms.toFixed(0).padStart(6)} ms  ${String(info.pages).padStart(4)} pages  ${(pdf.bytes.length / 1e6).toFixed(1)} MB`);
  expect(info.sizes).toHaveLength(info.pages);
  if (changes.page === 'poster') {
    expect(info.pages).toBe(1);
    expect(pdf.scaledTo).toBeLessThan(1);
    expect(Math.max(info.sizes[0]!.width, info.sizes[0]!.height)).toBeLessThanOrEqual(MAX_PAGE_POINTS);
  } else {
    // Tiles name their paper; fit and the handout use the chosen one.
    const paper = paperPoints(changes.handout || changes.page === 'fit' ? options.paper : (changes.page as PaperSize), options.orientation);
    for (const size of info.sizes) {
      expect(size.width).toBeCloseTo(paper.width, 1);
      expect(size.height).toBeCloseTo(paper.height, 1);
    }
    if (changes.page === 'fit') expect(info.pages).toBe(1);
    else expect(info.pages).toBeGreaterThan(10);
  }
});

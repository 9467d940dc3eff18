// Page sizes and counts as a real reader (pdfinfo) sees them: a poster the
// size of the map, shrunk to PDF's largest page when it must be and saying
// so; tiles on the chosen paper, turned as asked; one page for "fit"; the
// handout on its paper.
import { describe, expect, it } from 'vitest';
import { prepareExport } from '../../../../../shared/export/sceneForExport';
import { planSheets } from '../../../../../shared/export/sheetPlan';
import { MAX_PAGE_POINTS, POINTS_PER_BOARD_PX, tileGrid } from '../../../../../shared/export/tiles';
import { formatPercent, words } from '../../../../../shared/i18n/languages';
import { exportPdf } from '../../../../../electron/export/pdf/exportPdf';
import { createMap } from '../../../../../shared/templates';
import { bigMap } from '../../../../support/bigMap';
import { pdfInfo, pdfOptions, pdfPages, pdfText, sample } from './poppler';

const A4 = { width: 595.28, height: 841.89 };
const close = (a: number, b: number) => Math.abs(a - b) < 0.02;

describe('poster', () => {
  it('is one page the size of the map at 100% (0.75 pt per board px) with room for title and legend', async () => {
    const prepared = prepareExport(sample('b2b-software-purchase.en'), false);
    const pdf = await exportPdf(prepared, pdfOptions({ page: 'poster' }));
    const info = pdfInfo(pdf.bytes);
    expect(info.pages).toBe(1);
    expect(pdf.scaledTo).toBeUndefined();
    const map = { width: prepared.scene.width * POINTS_PER_BOARD_PX, height: prepared.scene.height * POINTS_PER_BOARD_PX };
    const page = info.sizes[0]!;
    expect(page.width).toBeGreaterThanOrEqual(map.width);
    expect(page.width).toBeLessThan(map.width + 250);
    expect(page.height).toBeGreaterThanOrEqual(map.height);
    expect(page.height).toBeLessThan(map.height + 400);
  });

  it('shrinks a map taller than 200 inches to fit, reports the factor and prints it on the page', async () => {
    const prepared = prepareExport(bigMap({ notes: 1500, stages: 2 }), false);
    expect(prepared.scene.height * POINTS_PER_BOARD_PX).toBeGreaterThan(MAX_PAGE_POINTS);
    const pdf = await exportPdf(prepared, pdfOptions({ page: 'poster' }));
    const page = pdfInfo(pdf.bytes).sizes[0]!;
    expect(page.height).toBeLessThanOrEqual(MAX_PAGE_POINTS);
    expect(page.width).toBeLessThanOrEqual(MAX_PAGE_POINTS);
    expect(pdf.scaledTo).toBeGreaterThan(0);
    expect(pdf.scaledTo).toBeLessThan(1);
    // The map itself fills the page's height, less the header and legend.
    expect(prepared.scene.height * POINTS_PER_BOARD_PX * pdf.scaledTo!).toBeGreaterThan(MAX_PAGE_POINTS - 400);
    expect(pdfText(pdf.bytes)).toContain(words('en').pdf.scaledToFit(formatPercent(pdf.scaledTo!, 'en')));
  });
});

describe('tiles', () => {
  it('A4 landscape: every page 841.89 × 595.28 pt, an overview and then one page per label', async () => {
    const prepared = prepareExport(sample('b2b-software-purchase.en'), false);
    const pdf = await exportPdf(prepared, pdfOptions({ page: 'a4', orientation: 'landscape' }));
    const info = pdfInfo(pdf.bytes);
    for (const size of info.sizes) expect(close(size.width, A4.height) && close(size.height, A4.width)).toBe(true);
    const pages = pdfPages(pdf.bytes);
    const labels = pages.slice(1).map((text) => /Row ([A-Z]+), column (\d+)/.exec(text)!);
    const rows = new Set(labels.map((m) => m[1]));
    const columns = new Set(labels.map((m) => m[2]));
    expect(info.pages).toBe(1 + rows.size * columns.size);
    expect(rows.size * columns.size).toBeGreaterThan(1);
    // The very grid the export dialog's preview computes.
    const grid = tileGrid(prepared.scene, 'a4', 'landscape');
    expect([rows.size, columns.size]).toEqual([grid.rows, grid.columns]);
    // A1, A2 … row by row.
    expect(labels.map((m) => `${m[1]}${m[2]}`)).toEqual([...rows].flatMap((r) => [...columns].map((c) => `${r}${c}`)));
  });

  it('Letter portrait and A3 portrait pages are those sizes', async () => {
    const prepared = prepareExport(sample('hotel-check-in.id'), false);
    const letter = pdfInfo((await exportPdf(prepared, pdfOptions({ page: 'letter', orientation: 'portrait' }))).bytes);
    expect(letter.sizes.every((s) => s.width === 612 && s.height === 792)).toBe(true);
    const a3 = pdfInfo((await exportPdf(prepared, pdfOptions({ page: 'a3', orientation: 'portrait' }))).bytes);
    expect(a3.sizes.every((s) => close(s.width, 841.89) && close(s.height, 1190.55))).toBe(true);
    expect(a3.pages).toBeLessThan(letter.pages);
    // The very count the export dialog shows.
    expect(letter.pages).toBe(1 + planSheets(prepared.scene, 'letter', 'portrait', null).printed.length);
    expect(a3.pages).toBe(1 + planSheets(prepared.scene, 'a3', 'portrait', null).printed.length);
  });
});

describe('fit and handout', () => {
  it('fit puts the whole map on one page of the chosen paper', async () => {
    const prepared = prepareExport(sample('hotel-check-in.id'), false);
    const info = pdfInfo((await exportPdf(prepared, pdfOptions({ page: 'fit', paper: 'a4', orientation: 'portrait' }))).bytes);
    expect(info.pages).toBe(1);
    expect(close(info.sizes[0]!.width, A4.width) && close(info.sizes[0]!.height, A4.height)).toBe(true);
    const letter = pdfInfo((await exportPdf(prepared, pdfOptions({ page: 'fit', paper: 'letter', orientation: 'landscape' }))).bytes);
    expect(letter).toEqual({ pages: 1, sizes: [{ width: 792, height: 612 }] });
  });

  it('the handout is a title page and at least a page per stage, on the chosen paper', async () => {
    const prepared = prepareExport(sample('b2b-software-purchase.en'), false);
    const pdf = await exportPdf(prepared, pdfOptions({ handout: true, paper: 'letter', orientation: 'portrait' }));
    const info = pdfInfo(pdf.bytes);
    expect(info.sizes.every((s) => s.width === 612 && s.height === 792)).toBe(true);
    expect(info.pages).toBeGreaterThanOrEqual(1 + prepared.map.stages.length);
    const pages = pdfPages(pdf.bytes);
    // Numbered once the count is known.
    pages.forEach((text, i) => expect(text).toContain(`Page ${i + 1} of ${info.pages}`));
    for (const [i, stage] of prepared.map.stages.entries()) {
      const first = pages.findIndex((text) => text.includes(`Stage ${i + 1} of ${prepared.map.stages.length}`));
      expect(first).toBeGreaterThan(0);
      expect(pages[first]).toContain(stage.title);
    }
  });
});

describe('edge cases', () => {
  it('shrinks a map wider than 200 inches by its width', async () => {
    const prepared = prepareExport(bigMap({ notes: 300, stages: 50 }), false);
    expect(prepared.scene.width * POINTS_PER_BOARD_PX).toBeGreaterThan(MAX_PAGE_POINTS);
    const pdf = await exportPdf(prepared, pdfOptions({ page: 'poster' }));
    const page = pdfInfo(pdf.bytes).sizes[0]!;
    expect(page.width).toBeLessThanOrEqual(MAX_PAGE_POINTS);
    expect(pdf.scaledTo).toBeLessThan(1);
    // Less only the margins either side.
    expect(prepared.scene.width * POINTS_PER_BOARD_PX * pdf.scaledTo!).toBeGreaterThan(MAX_PAGE_POINTS - 300);
  });

  it('exports a new map with no notes, and one with no stages or lanes at all, in every shape', async () => {
    const fresh = createMap({ type: 'service-blueprint', locale: 'id', now: '2026-11-23T09:00:00Z', id: 'm1' });
    for (const map of [fresh, { ...fresh, stages: [], lanes: [], personas: [] }]) {
      const prepared = prepareExport(map, false);
      for (const changes of [{ page: 'poster' }, { page: 'fit' }, { page: 'letter' }, { handout: true }] as const) {
        const pdf = await exportPdf(prepared, pdfOptions(changes, 'id'));
        expect(pdfInfo(pdf.bytes).pages).toBeGreaterThanOrEqual(1);
        expect(pdfText(pdf.bytes)).toContain(map.title);
      }
    }
  });
});

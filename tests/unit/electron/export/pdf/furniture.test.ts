// What every page carries besides the map: the title, the export date in the
// export's language, a legend (evidence marks as the notes print them,
// votes, the emotion scale, curve and lane colours) and, on tiles, the page
// labels; in English and in Indonesian.
import { describe, expect, it } from 'vitest';
import type { ExportOptions } from '../../../../../shared/export/options';
import { prepareExport } from '../../../../../shared/export/sceneForExport';
import { exportPdf } from '../../../../../electron/export/pdf/exportPdf';
import { pdfOptions, pdfPages, sample, squash } from './poppler';

const MODES: Partial<ExportOptions>[] = [{ page: 'poster' }, { page: 'fit' }, { page: 'a4' }, { handout: true }];

describe.each([
  ['en', 'Exported 23 November 2026', 'Legend', ['Evidence:', '● 3 = 3 votes', 'Emotion: −2 very negative … 0 … +2 very positive', 'Lanes:', 'Pain points']],
  ['id', 'Diekspor 23 November 2026', 'Keterangan', ['Bukti:', '● 3 = 3 suara', 'Emosi: −2 sangat negatif … 0 … +2 sangat positif', 'Lajur:', 'Poin hambatan']],
] as const)('export language %s', (language, date, legend, legendWords) => {
  it.each(MODES)('every page of %o has the title, the date and the legend', async (changes) => {
    const prepared = prepareExport(sample('b2b-software-purchase.en'), false);
    const pages = pdfPages((await exportPdf(prepared, pdfOptions(changes, language))).bytes).map(squash);
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      // The title may be cut short with an ellipsis in a narrow header; its start is always there.
      expect(page).toContain(prepared.map.title.slice(0, 40));
      expect(page).toContain(date);
      expect(page).toContain(legend);
      for (const word of legendWords) expect(page).toContain(word);
    }
  });
});

it('the legend quotes the evidence marks as an Indonesian map prints them, explained in the export language', async () => {
  const prepared = prepareExport(sample('hotel-check-in.id'), false);
  const english = squash(pdfPages((await exportPdf(prepared, pdfOptions({ page: 'fit' }, 'en'))).bytes)[0]!);
  expect(english).toContain('Evidence: Asumsi (assumption) · Diamati (observed) · Terukur (measured)');
  const indonesian = squash(pdfPages((await exportPdf(prepared, pdfOptions({ page: 'fit' }, 'id'))).bytes)[0]!);
  expect(indonesian).toContain('Bukti: Asumsi · Diamati · Terukur');
  // The colours of the emotion curves, named by their lanes.
  for (const lane of prepared.map.lanes.filter((l) => l.kind === 'emotions')) expect(indonesian).toContain(lane.title);
});

it('labels tiles A1, A2 … B1 with their place and their neighbours, after an overview that tells how to assemble them', async () => {
  const prepared = prepareExport(sample('b2b-software-purchase.en'), false);
  const pages = pdfPages((await exportPdf(prepared, pdfOptions({ page: 'a4', orientation: 'portrait' }))).bytes).map(squash);
  expect(pages[0]).toMatch(/How the \d+ sheets fit together \(\d+ across, \d+ down\)/);
  expect(pages[0]).toContain('Print every page at 100%');
  for (const label of ['A1', 'A2', 'B1', 'B2']) expect(pages[0]).toContain(label);
  const a2 = pages.findIndex((p) => p.includes('Row A, column 2'));
  expect(pages[a2]).toContain(`Page ${a2 + 1} of ${pages.length}`);
  // Its neighbours: A1 to the left, A3 (if any) to the right, B2 below.
  expect(pages[a2]).toContain('← A1');
  expect(pages[a2]).toContain('↓ B2');
  const indonesian = pdfPages((await exportPdf(prepared, pdfOptions({ page: 'a4', orientation: 'portrait' }, 'id'))).bytes).map(squash);
  expect(indonesian[0]).toMatch(/Susunan \d+ lembar/);
  expect(indonesian.some((p) => p.includes('Baris B, kolom 1'))).toBe(true);
});

it('the handout title page has the type, goal, scenario, personas with their goals and an emotion chart per persona', async () => {
  for (const [name, language, type, headings] of [
    ['b2b-software-purchase.en', 'en', 'Map type: Current state', ['Goal', 'Scenario', 'Personas', 'Goals:', 'Emotion curve']],
    ['hotel-check-in.id', 'id', 'Jenis peta: Cetak biru layanan', ['Tujuan', 'Skenario', 'Persona', 'Yang ingin dicapai:', 'Kurva emosi']],
  ] as const) {
    const prepared = prepareExport(sample(name), false);
    const pages = pdfPages((await exportPdf(prepared, pdfOptions({ handout: true }, language))).bytes).map(squash);
    const front = pages.slice(0, pages.findIndex((p) => p.includes(language === 'en' ? 'Stage 1 of' : 'Tahap 1 dari'))).join(' ');
    expect(front).toContain(type);
    for (const heading of headings) expect(front).toContain(heading);
    expect(front).toContain(squash(prepared.map.goal!));
    for (const persona of prepared.map.personas) {
      expect(front).toContain(persona.name);
      for (const goal of persona.goals ?? []) expect(front).toContain(squash(goal));
    }
    for (const lane of prepared.map.lanes.filter((l) => l.kind === 'emotions')) expect(front).toContain(lane.title);
  }
});

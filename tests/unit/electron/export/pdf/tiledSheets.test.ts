// A tiled PDF prints the sheets planSheets counts and no others: a page with
// nothing drawn on it is left out, the assembly guide names it and marks its
// place "not printed", the pages around it do not point to it, and a map
// fitted to so many sheets says its scale. Read back with pdfinfo and
// pdftotext, as a person's reader would.
import { describe, expect, it } from 'vitest';
import { prepareExport } from '../../../../../shared/export/sceneForExport';
import { planSheets } from '../../../../../shared/export/sheetPlan';
import { scalePercent } from '../../../../../shared/export/tiles';
import { exportPdf } from '../../../../../electron/export/pdf/exportPdf';
import { fiveStageMap } from '../../../../support/fiveStageMap';
import { pdfInfo, pdfOptions, pdfPages, squash } from './poppler';

const prepared = prepareExport(fiveStageMap(), false);

describe('the five-stage map tiled on A3 landscape', () => {
  it('at full size prints the guide and three sheets, leaving B2 out and saying so', async () => {
    const pdf = await exportPdf(prepared, pdfOptions({ page: 'a3', orientation: 'landscape' }));
    const info = pdfInfo(pdf.bytes);
    expect(info.pages).toBe(1 + planSheets(prepared.scene, 'a3', 'landscape', null).printed.length);
    expect(info.pages).toBe(4);
    const pages = pdfPages(pdf.bytes).map(squash);
    expect(pages[0]).toContain('How the 3 sheets fit together (2 across, 2 down)');
    expect(pages[0]).toContain('Not printed, nothing is drawn there: B2. Leave its place empty.');
    expect(pages[0]).toContain('not printed');
    expect(pages[0]).toContain('A1–B1');
    expect(pages[0]).not.toContain('of full size');
    expect(pages.slice(1).map((text) => /Row ([A-Z]+), column (\d+)/.exec(text)!.slice(1).join(''))).toEqual(['A1', 'A2', 'B1']);
    pages.forEach((text, i) => expect(text).toContain(`Page ${i + 1} of 4`));
    // A2 points left to A1 but not down to B2, which is not printed; B1 points up to A1 but not right to B2.
    expect(pages[2]).toContain('← A1');
    expect(pages[2]).not.toContain('↓ B2');
    expect(pages[3]).toContain('↑ A1');
    expect(pages[3]).not.toContain('B2 →');
  });

  it('fitted to two sheets wide and one tall prints two, and the guide gives the scale', async () => {
    const fitTo = { pagesWide: 2, pagesTall: 1 };
    const pdf = await exportPdf(prepared, pdfOptions({ page: 'a3', orientation: 'landscape', fitTo }));
    expect(pdfInfo(pdf.bytes).pages).toBe(3);
    const pages = pdfPages(pdf.bytes).map(squash);
    const percent = scalePercent(planSheets(prepared.scene, 'a3', 'landscape', fitTo).grid);
    expect(percent).toBeLessThan(100);
    expect(pages[0]).toContain('How the 2 sheets fit together (2 across, 1 down)');
    expect(pages[0]).toContain(`The map is printed at ${percent}% of full size.`);
    expect(pages[0]).not.toContain('not printed');
    // The map's words are on the sheets, drawn at the fitted scale.
    expect(pages.slice(1).join(' ')).toContain('Sees a friend post about the new savings account');
  });

  it('says it in Indonesian too', async () => {
    const pdf = await exportPdf(prepared, pdfOptions({ page: 'a3', orientation: 'landscape' }, 'id'));
    const guide = squash(pdfPages(pdf.bytes)[0]!);
    expect(guide).toContain('Susunan 3 lembar (2 mendatar, 2 menurun)');
    expect(guide).toContain('Tidak dicetak karena kosong: B2.');
    expect(guide).toContain('tidak dicetak');
  });
});

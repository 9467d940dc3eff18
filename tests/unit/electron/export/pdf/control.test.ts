// A long PDF export reports how far it got and stops when cancelled, in
// every shape: with ExportCancelled (reported as "cancelled", not failed).
import { describe, expect, it } from 'vitest';
import { ExportCancelled, type ExportOptions } from '../../../../../shared/export/options';
import { prepareExport } from '../../../../../shared/export/sceneForExport';
import { exportPdf } from '../../../../../electron/export/pdf/exportPdf';
import { bigMap } from '../../../../support/bigMap';
import { pdfOptions, sample } from './poppler';

const MODES: Partial<ExportOptions>[] = [{ page: 'poster' }, { page: 'fit' }, { page: 'a3' }, { handout: true }];

describe.each(MODES)('%o', (changes) => {
  it('reports progress that only grows and ends at its total', async () => {
    const reports: [number, number][] = [];
    await exportPdf(prepareExport(sample('hotel-check-in.id'), false), pdfOptions(changes), { onProgress: (done, total) => reports.push([done, total]) });
    expect(reports.length).toBeGreaterThanOrEqual(2);
    const total = reports[0]![1];
    expect(reports.every(([, t]) => t === total)).toBe(true);
    for (let i = 1; i < reports.length; i++) expect(reports[i]![0]).toBeGreaterThanOrEqual(reports[i - 1]![0]);
    expect(reports[reports.length - 1]).toEqual([total, total]);
  });

  it('stops with ExportCancelled when aborted part way', async () => {
    const controller = new AbortController();
    const prepared = prepareExport(bigMap({ notes: 1500 }), false);
    let last = 0;
    const run = exportPdf(prepared, pdfOptions(changes), {
      signal: controller.signal,
      onProgress: (done, total) => {
        last = done;
        if (done > 0 && done < total) controller.abort();
      },
    });
    await expect(run).rejects.toBeInstanceOf(ExportCancelled);
    expect(last).toBeGreaterThan(0);
  });

  it('does not start when already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(exportPdf(prepareExport(sample('hotel-check-in.id'), false), pdfOptions(changes), { signal: controller.signal })).rejects.toBeInstanceOf(ExportCancelled);
  });
});

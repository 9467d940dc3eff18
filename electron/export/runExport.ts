// One door to every export: the format picks the exporter; pictures, PDFs and
// reports draw the one prepared scene, sheets list the exported map's notes.
// Libraries are loaded when first needed, so the command line and the app
// start without them.
import { basename, extname } from 'node:path';
import type { JourneyMap } from '../../shared/format/types';
import { throwIfCancelled, type ExportControl, type ExportOptions } from '../../shared/export/options';
import { prepareExport } from '../../shared/export/sceneForExport';
import type { ExportOutput } from './exportJobs';

const utf8 = (text: string) => new TextEncoder().encode(text);

/**
 * The files an export writes besides the one asked for: a Markdown report's
 * picture, named apart from a PNG export of the same map ("Hotel.md" beside
 * "Hotel-map.png", not over "Hotel.png").
 */
export function companionNames(options: Pick<ExportOptions, 'format'>, name: string): string[] {
  return options.format === 'md' ? [`${basename(name, extname(name))}-map.png`] : [];
}

export async function runExport(map: JourneyMap, options: ExportOptions, name: string, control: ExportControl = {}): Promise<ExportOutput> {
  throwIfCancelled(control.signal);
  const one = (bytes: Uint8Array, scaledTo: number | null = null): ExportOutput => ({ files: [{ name, bytes }], scaledTo });
  switch (options.format) {
    case 'csv': {
      const { exportCsv } = await import('./csv');
      return one(exportCsv(map, options));
    }
    case 'xlsx': {
      const { exportXlsx } = await import('./xlsx');
      return one(await exportXlsx(map, options));
    }
    default:
      break;
  }
  const prepared = prepareExport(map, options.includeHidden);
  switch (options.format) {
    case 'svg': {
      const { exportSvg } = await import('./svg');
      return one(utf8(await exportSvg(prepared, { embedMap: true })));
    }
    case 'png': {
      const { exportPng } = await import('./png');
      return one(await exportPng(prepared, { scale: options.scale, background: options.background, embedMap: true }, control));
    }
    case 'pdf': {
      const { exportPdf } = await import('./pdf/exportPdf');
      const pdf = await exportPdf(prepared, options, control);
      return one(pdf.bytes, pdf.scaledTo ?? null);
    }
    case 'html': {
      const { exportHtml } = await import('./report/html');
      return one(utf8(await exportHtml(prepared, options, control)));
    }
    case 'md': {
      const { exportMarkdown } = await import('./report/markdown');
      const [pictureName] = companionNames(options, name);
      const report = await exportMarkdown(prepared, options, pictureName!, control);
      return { files: [{ name, bytes: utf8(report.markdown) }, { name: report.picture.name, bytes: report.picture.bytes }], scaledTo: null };
    }
  }
}

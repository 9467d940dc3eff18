// One door to every export: the format picks the exporter; pictures, PDFs and
// reports draw the one prepared scene, sheets list the exported map's notes.
// Libraries are loaded when first needed, so the command line and the app
// start without them.
import { basename, extname } from 'node:path';
import { readCjm } from '../../shared/format/reader';
import type { JourneyMap } from '../../shared/format/types';
import { throwIfCancelled, type ExportControl, type ExportOptions } from '../../shared/export/options';
import { withoutAuthors } from '../../shared/export/mapForExport';
import { prepareExport } from '../../shared/export/sceneForExport';
import type { ExportOutput, ExportRunner } from './exportJobs';

const utf8 = (text: string) => new TextEncoder().encode(text);

/**
 * The files an export writes besides the one asked for: a Markdown report's
 * picture, named apart from a PNG export of the same map ("Hotel.md" beside
 * "Hotel-map.png", not over "Hotel.png").
 */
export function companionNames(options: Pick<ExportOptions, 'format'>, name: string): string[] {
  return options.format === 'md' ? [`${basename(name, extname(name))}-map.png`] : [];
}

/** Each format's exporter, loaded when first needed (and ahead of the map, by a job's worker: loadExporter). */
const EXPORTERS = {
  csv: () => import('./csv'),
  xlsx: () => import('./xlsx'),
  svg: () => import('./svg'),
  png: () => import('./png'),
  pdf: () => import('./pdf/exportPdf'),
  html: () => import('./report/html'),
  md: () => import('./report/markdown'),
} satisfies Record<ExportOptions['format'], () => Promise<unknown>>;

/** Loads the libraries an export of `format` draws on, so that runExport finds them ready. */
export async function loadExporter(format: ExportOptions['format']): Promise<void> {
  await EXPORTERS[format]();
}

/**
 * An export from the map's .cjm bytes in the calling thread (the command
 * line's, or an app running from source): read, then exported; bytes that
 * are not a map fail the export.
 */
export const exportInThisThread: ExportRunner = Object.assign(
  async (bytes: Uint8Array, options: ExportOptions, name: string, control: ExportControl = {}) => {
    const read = readCjm(bytes);
    if (!read.ok) throw new Error('the map to export is not a map Jejak can read');
    return runExport(read.map, options, name, control);
  },
  { prepare: (format: ExportOptions['format']) => loadExporter(format).then(() => undefined, () => undefined) },
);

export async function runExport(given: JourneyMap, options: ExportOptions, name: string, control: ExportControl = {}): Promise<ExportOutput> {
  throwIfCancelled(control.signal);
  // Left out here, before any exporter sees the map, so no format (nor the map an SVG or PNG carries) names anyone.
  const map = options.leaveAuthorsOut ? withoutAuthors(given) : given;
  const one = (bytes: Uint8Array, scaledTo: number | null = null): ExportOutput => ({ files: [{ name, bytes }], scaledTo });
  switch (options.format) {
    case 'csv': {
      const { exportCsv } = await EXPORTERS.csv();
      return one(exportCsv(map, options));
    }
    case 'xlsx': {
      const { exportXlsx } = await EXPORTERS.xlsx();
      return one(await exportXlsx(map, options));
    }
    default:
      break;
  }
  const prepared = prepareExport(map, options.includeHidden);
  switch (options.format) {
    case 'svg': {
      const { exportSvg } = await EXPORTERS.svg();
      return one(utf8(await exportSvg(prepared, { embedMap: true })));
    }
    case 'png': {
      const { exportPng } = await EXPORTERS.png();
      return one(await exportPng(prepared, { scale: options.scale, background: options.background, embedMap: true }, control));
    }
    case 'pdf': {
      const { exportPdf } = await EXPORTERS.pdf();
      const pdf = await exportPdf(prepared, options, control);
      return one(pdf.bytes, pdf.scaledTo ?? null);
    }
    case 'html': {
      const { exportHtml } = await EXPORTERS.html();
      return one(utf8(await exportHtml(prepared, options, control)));
    }
    case 'md': {
      const { exportMarkdown } = await EXPORTERS.md();
      const [pictureName] = companionNames(options, name);
      const report = await exportMarkdown(prepared, options, pictureName!, control);
      return { files: [{ name, bytes: utf8(report.markdown) }, { name: report.picture.name, bytes: report.picture.bytes }], scaledTo: null };
    }
  }
}

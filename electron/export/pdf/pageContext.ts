// What every page of one export shares: the drawing context, the map and
// its flattened scene, the export's words and date, and the legend's
// content.
import type { ExportOptions } from '../../../shared/export/options';
import type { PreparedExport } from '../../../shared/export/sceneForExport';
import { formatLongDate, words as wordsOf } from '../../../shared/i18n/languages';
import type { PdfWords } from '../../../shared/i18n/words';
import { legendChunks, type LegendChunk } from './legend';
import type { PdfContext } from './pdfDocument';
import { personaInitials } from '../../../shared/layout/personaInitials';

export interface PageContext {
  ctx: PdfContext;
  prepared: PreparedExport;
  options: ExportOptions;
  words: PdfWords;
  /** "Exported 23 November 2026", in the export's language. */
  exported: string;
  /** What kind of map this is, in the export's language. */
  mapType: string;
  legend: LegendChunk[];
}

export function pageContext(ctx: PdfContext, prepared: PreparedExport, options: ExportOptions): PageContext {
  const words = wordsOf(options.language).pdf;
  const { theme } = prepared;
  prepared.map.personas.forEach((persona, i) => {
    if (persona.photo) ctx.standIns.set(persona.photo, { initials: personaInitials(persona.name), color: theme.curve[i % theme.curve.length]! });
  });
  return {
    ctx,
    prepared,
    options,
    words,
    exported: words.exported(formatLongDate(options.now, options.language)),
    mapType: words.mapTypes[prepared.map.type],
    legend: legendChunks(prepared, words, options.language),
  };
}

// What an export is asked for: the format and the choices that go with it,
// the same for the export dialog, the command line and the services.
import type { Language } from '../i18n/languages';

export const EXPORT_FORMATS = ['svg', 'png', 'pdf', 'csv', 'xlsx', 'html', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A PDF's pages: the whole map on one page its own size, on one page of a paper size, or tiled over many. */
export const PDF_PAGES = ['poster', 'fit', 'a4', 'a3', 'letter'] as const;
export type PdfPage = (typeof PDF_PAGES)[number];

export const PAPER_SIZES = ['a4', 'a3', 'letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** Paper sizes in PDF points (1/72 inch), portrait. */
export const PAPER_POINTS: Record<PaperSize, { width: number; height: number }> = {
  a4: { width: 595.28, height: 841.89 },
  a3: { width: 841.89, height: 1190.55 },
  letter: { width: 612, height: 792 },
};

export type Orientation = 'portrait' | 'landscape';

/**
 * Tiled pages: the map scaled so it spans exactly this many sheets across
 * and/or down (given both, the tighter wins). Null for full size (100%).
 */
export interface PageFit {
  pagesWide: number | null;
  pagesTall: number | null;
}

/** How many sheets across or down a fit may ask for: past 20 a wall is no longer a print. */
export const FIT_PAGES = { min: 1, max: 20 } as const;

/** What is wrong with a fit: a count that is not a whole number in FIT_PAGES, or neither count given. */
export function pageFitProblem(fit: PageFit): 'pagesWide' | 'pagesTall' | 'noCount' | null {
  const bad = (n: number | null) => n !== null && !(Number.isInteger(n) && n >= FIT_PAGES.min && n <= FIT_PAGES.max);
  if (bad(fit.pagesWide)) return 'pagesWide';
  if (bad(fit.pagesTall)) return 'pagesTall';
  if (fit.pagesWide === null && fit.pagesTall === null) return 'noCount';
  return null;
}

export const PNG_SCALES = { min: 1, max: 4 } as const;

/**
 * Past this many pixels a PNG is suggested at 1×: a picture of a few
 * hundred million pixels is for zooming into, not for a slide, and 2×
 * would take four times as long to make and to open.
 */
const SUGGESTED_PNG_PIXELS = 60_000_000;

/** The PNG scale offered first: 2× (sharp when projected or printed) unless the picture would be huge. */
export function suggestedPngScale(size: { width: number; height: number }): number {
  return size.width * size.height * 4 <= SUGGESTED_PNG_PIXELS ? 2 : 1;
}

export interface ExportOptions {
  format: ExportFormat;
  /** PDF: poster, fit or tiled on a paper size. */
  page: PdfPage;
  /** PDF: the paper for `fit` and for the handout (tiled pages name their own). */
  paper: PaperSize;
  orientation: Orientation;
  /** PDF tiled on a paper size: fit the map to so many sheets, or null to print it at full size. */
  fitTo: PageFit | null;
  /** PNG: pixels per board pixel, 1 to 4. */
  scale: number;
  /** PNG: a white page or see-through. */
  background: 'white' | 'transparent';
  /** PDF: a title page and one page per stage instead of the map itself. */
  handout: boolean;
  /** Notes not yet revealed and hidden lanes are left out unless this is set. */
  includeHidden: boolean;
  /** Who wrote each note (`author`) is left out of everything the export writes, for a map shared outside the room. */
  leaveAuthorsOut: boolean;
  /** The language of the words an export adds (legend, page labels, report headings, sheet columns). */
  language: Language;
  /** The date an export carries. */
  now: Date;
}

export function defaultExportOptions(format: ExportFormat, language: Language, now = new Date()): ExportOptions {
  return { format, page: 'poster', paper: 'a4', orientation: 'landscape', fitTo: null, scale: 2, background: 'white', handout: false, includeHidden: false, leaveAuthorsOut: false, language, now };
}

/** The file name ending for a format. */
export const FORMAT_EXTENSIONS: Record<ExportFormat, string> = { svg: 'svg', png: 'png', pdf: 'pdf', csv: 'csv', xlsx: 'xlsx', html: 'html', md: 'md' };

/** The part of an AbortSignal an export reads (shared/ declares no DOM or Node types). */
export interface CancelSignal {
  readonly aborted: boolean;
}

/** Reports progress (`done` of `total` steps) and can stop a long export. */
export interface ExportControl {
  onProgress?: (done: number, total: number) => void;
  signal?: CancelSignal;
}

/** Thrown (and reported as "cancelled", not as a failure) when the signal aborts an export. */
export class ExportCancelled extends Error {
  constructor() {
    super('export cancelled');
    this.name = 'ExportCancelled';
  }
}

export function throwIfCancelled(signal: CancelSignal | undefined): void {
  if (signal?.aborted) throw new ExportCancelled();
}

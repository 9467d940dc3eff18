// The export dialog's choices as a Host call carries them, checked field by
// field: the page is not trusted to send a sane request (shared/host/protocol.ts).
import { BadArgument, flag, numberIn, oneOf, shape, type Check } from '../host/argumentChecks';
import type { ExportChoices } from '../host/host';
import { LANGUAGES } from '../i18n/languages';
import { EXPORT_FORMATS, FIT_PAGES, PAPER_SIZES, PDF_PAGES, PNG_SCALES, pageFitProblem, type PageFit } from './options';

const count = (value: unknown): number | null => (value === null ? null : typeof value === 'number' ? value : NaN);

/** Tiled pages fitted to so many sheets, or null (or left out, as callers before fitting sent it) for full size. */
const fitTo: Check<PageFit | null> = (value, name) => {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'object' || Array.isArray(value)) throw new BadArgument(`"${name}" must be null or an object.`);
  const raw = value as Record<string, unknown>;
  const fit = { pagesWide: count(raw.pagesWide ?? null), pagesTall: count(raw.pagesTall ?? null) };
  const problem = pageFitProblem(fit);
  if (problem === 'noCount') throw new BadArgument(`"${name}" must give pagesWide, pagesTall or both.`);
  if (problem) throw new BadArgument(`"${name}.${problem}" must be null or a whole number from ${FIT_PAGES.min} to ${FIT_PAGES.max}.`);
  return fit;
};

/** Leave authors out: false when left out, as callers from before authors sent it. */
const leaveAuthorsOut: Check<boolean> = (value, name) => (value === undefined ? false : flag(value, name));

export const exportChoices: Check<ExportChoices> = shape<ExportChoices>({
  format: oneOf(EXPORT_FORMATS),
  page: oneOf(PDF_PAGES),
  paper: oneOf(PAPER_SIZES),
  orientation: oneOf(['portrait', 'landscape']),
  fitTo,
  scale: numberIn(PNG_SCALES.min, PNG_SCALES.max),
  background: oneOf(['white', 'transparent']),
  handout: flag,
  includeHidden: flag,
  leaveAuthorsOut,
  language: oneOf(LANGUAGES),
});

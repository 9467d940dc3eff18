// The export dialog's choices as a Host call carries them, checked field by
// field: the page is not trusted to send a sane request (shared/host/protocol.ts).
import { flag, numberIn, oneOf, shape, type Check } from '../host/argumentChecks';
import type { ExportChoices } from '../host/host';
import { LANGUAGES } from '../i18n/languages';
import { EXPORT_FORMATS, PAPER_SIZES, PDF_PAGES, PNG_SCALES } from './options';

export const exportChoices: Check<ExportChoices> = shape<ExportChoices>({
  format: oneOf(EXPORT_FORMATS),
  page: oneOf(PDF_PAGES),
  paper: oneOf(PAPER_SIZES),
  orientation: oneOf(['portrait', 'landscape']),
  scale: numberIn(PNG_SCALES.min, PNG_SCALES.max),
  background: oneOf(['white', 'transparent']),
  handout: flag,
  includeHidden: flag,
  language: oneOf(LANGUAGES),
});

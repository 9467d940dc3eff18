// Whether the choices ask for tiled sheets, and what is wrong with the sheet
// counts they ask for: the dialog's Export waits, and its preview says why.
import { pageFitProblem, type PaperSize } from '../../shared/export/options';
import type { ExportChoices } from '../../shared/host/host';

/** The paper a tiled PDF is cut into, or null when the choices are not for tiles. */
export function tiledPaper(choices: ExportChoices): PaperSize | null {
  if (choices.format !== 'pdf' || choices.handout || choices.page === 'poster' || choices.page === 'fit') return null;
  return choices.page;
}

export function tiledFitProblem(choices: ExportChoices): ReturnType<typeof pageFitProblem> {
  return tiledPaper(choices) !== null && choices.fitTo ? pageFitProblem(choices.fitTo) : null;
}

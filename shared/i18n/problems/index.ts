// One line per problem, in the reader's language: "PATH: message". The CLI,
// the board and the open-file dialog all show problems through this.
import type { Problem } from '../../format/problems';
import type { Language } from '../language';
import type { ProblemCatalogue, ProblemOf } from './catalogue';
import { en } from './en';
import { id } from './id';

const CATALOGUES: Record<Language, ProblemCatalogue> = { en, id };

/** The message alone, without the path. */
export function problemMessage(problem: Problem, language: Language): string {
  const render = CATALOGUES[language].messages[problem.code] as (p: ProblemOf<typeof problem.code>) => string;
  return render(problem as ProblemOf<typeof problem.code>);
}

/** `notes[12].emotion: expected an integer from -2 to 2, found 7` */
export function formatProblem(problem: Problem, language: Language): string {
  const message = problemMessage(problem, language);
  return problem.path === '' ? message : `${problem.path}: ${message}`;
}

// One line per problem, in the reader's language: "PATH: message". The CLI,
// the board and the open-file dialog all show problems through this; the
// words are each language's problems.ts.
import type { Problem, ProblemCode } from '../format/problems';
import { words, type Language } from './languages';
import { problemText } from './phrasing';

export type ProblemOf<C extends ProblemCode> = Extract<Problem, { code: C }>;

/** The message alone, without the path. */
export function problemMessage(problem: Problem, language: Language): string {
  return problemText(words(language).problems, problem);
}

/** `notes[12].emotion: expected an integer from -2 to 2, found 7` */
export function formatProblem(problem: Problem, language: Language): string {
  const message = problemMessage(problem, language);
  return problem.path === '' ? message : `${problem.path}: ${message}`;
}

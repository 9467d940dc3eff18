// Problems and file errors as --json shows them: the problem's own fields
// plus the message in the chosen language.
import type { Problem } from '../../shared/format/problems';
import { fileErrorMessage, type FileError } from '../../shared/i18n/fileErrors';
import { formatProblem } from '../../shared/i18n/problems';
import type { Language } from '../../shared/i18n/languages';

export function problemJson(problem: Problem, language: Language): Record<string, unknown> {
  return { ...problem, message: formatProblem(problem, language) };
}

export function fileErrorJson(error: FileError, language: Language): Record<string, unknown> {
  return { ...error, message: fileErrorMessage(error, language) };
}

// What the language folders share to put numbers and quoted text into their
// sentences. It imports nothing of theirs (nor the registry), so any folder
// may use it without a cycle: each passes its own locale.
import type { Problem } from '../format/problems';
import type { ProblemOf } from './problems';
import type { ProblemWords } from './words';

/** A whole number as the locale writes it: "12,000" (en-GB), "12.000" (id-ID). */
export function integer(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/** Bytes as mebibytes with at most one decimal: "1.5", "1,5". */
export function mebibytes(bytes: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024);
}

/** Quotes a value as it stands in the file. */
export const quote = (text: string): string => JSON.stringify(text);

export const IMAGE_NAMES: Record<string, string> = { 'image/png': 'PNG', 'image/jpeg': 'JPEG', 'image/webp': 'WebP' };

/**
 * A size found over a limit, rounded up to a tenth of a MiB, so that a file
 * one byte too large reads "256.1 MiB", never "256 MiB" beside a limit of 256.
 */
export const roundedUpToTenthMiB = (bytes: number): number => (Math.ceil((bytes * 10) / 1048576) * 1048576) / 10;

/** A problem's message in the problem words given (a folder's own, so its refusals can quote one). */
export function problemText(problems: ProblemWords, problem: Problem): string {
  const render = problems.messages[problem.code] as (p: ProblemOf<typeof problem.code>) => string;
  return render(problem as ProblemOf<typeof problem.code>);
}

/** A sheet's cell as a message quotes it: on one line, cut short past 40 characters, in single quotes. */
export function quotedCell(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const points = Array.from(flat);
  return `'${points.length <= 40 ? flat : `${points.slice(0, 39).join('')}…`}'`;
}

// The shape of a problem catalogue: one per language, keyed by problem code,
// so that a new code fails to compile until both languages say it.
import type { SyntaxDetail } from '../../format/jsonSyntax';
import type { Collection, Found, Problem, ProblemCode } from '../../format/problems';
import type { Rule } from '../../format/rules';

export type ProblemOf<C extends ProblemCode> = Extract<Problem, { code: C }>;

export interface ProblemCatalogue {
  /** "line 3, column 17" */
  at(line: number, column: number): string;
  expected(rule: Rule): string;
  found(found: Found): string;
  syntax(detail: SyntaxDetail): string;
  item(collection: Collection): string;
  messages: { [C in ProblemCode]: (problem: ProblemOf<C>) => string };
}

/** Quotes a value as it stands in the file. */
export const quote = (text: string): string => JSON.stringify(text);

export const IMAGE_NAMES: Record<string, string> = { 'image/png': 'PNG', 'image/jpeg': 'JPEG', 'image/webp': 'WebP' };

/**
 * A size found over a limit, rounded up to a tenth of a MiB, so that a file
 * one byte too large reads "256.1 MiB", never "256 MiB" beside a limit of 256.
 */
export const roundedUpToTenthMiB = (bytes: number): number => (Math.ceil((bytes * 10) / 1048576) * 1048576) / 10;

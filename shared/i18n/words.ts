// The shape of a language's words: English's (shared/i18n/en/index.ts). A
// language that misses a key, adds one, or gives a sentence with values
// other parameters than English's does not compile.
import type { en } from './en';

export type Words = typeof en;

export type { CommandHelp, ValidateCounts } from './en/cli';
export type { SinceParts } from './en/lock';
export type ProblemWords = Words['problems'];
export type PdfWords = Words['pdf'];
export type ReportWords = Words['report'];

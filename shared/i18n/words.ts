// The shape of a language's words: English's (shared/i18n/en/index.ts). A
// language that misses a key, adds one, or gives a sentence that takes other
// values than English's does not compile.
import type { en } from './en';

export type Words = typeof en;

// Types of the values some sentences take, and the areas other code names.
export type { SinceParts } from './en/lock';
export type ProblemWords = Words['problems'];
export type PdfWords = Words['pdf'];
export type ReportWords = Words['report'];

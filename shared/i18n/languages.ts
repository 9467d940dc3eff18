// The languages Jejak speaks. Each is one folder, shared/i18n/<code>/, that
// holds every word of it for every layer, plus its own facts (its name in
// itself, its locale, the codes that choose it); this file lists the
// folders, and everything else about languages derives from that list.
// docs/architecture.md, *Interface words*, says how a language is added.
import type { ActionWords } from '../actions/action';
import type { ActionId } from '../actions/registry';
import { en } from './en';
import { id } from './id';
import { integer, mebibytes } from './phrasing';
import type { Words } from './words';

/**
 * The languages each action's definition names it in, beside its keys and
 * its menu (shared/actions/definitions/). Two promises meet here: adding an
 * action is one file (its definition, with its names, issue 12 point 11),
 * and adding a language is one folder (point 14). So the team's own
 * languages keep their action names in the definitions, and any other
 * language's folder names every action in `actions` (its actions.ts): the
 * registry below refuses a folder that leaves one out, so a new language
 * without every action's name, or a new action not named in such a
 * language, does not compile. actionWords() looks in the definition first,
 * then in the folder.
 */
export type ActionLanguage = 'en' | 'id';

/** What a language's folder must give: every word, and every action's name unless the definitions carry it. */
export type LanguageFolder<Code> = Code extends ActionLanguage ? Words : Words & { actions: Record<ActionId, ActionWords> };

/** Checks each folder against what its code asks of it (LanguageFolder). */
export function languageRegistry<T extends { [Code in keyof T]: LanguageFolder<Code> }>(folders: T): T {
  return folders;
}

/** Every language: its code (ISO 639-1) and its folder. Adding a language is its folder and one entry here. */
export const WORDS = languageRegistry({ en, id });

export type Language = keyof typeof WORDS;

/** The languages in the order the pickers list them. */
export const LANGUAGES = Object.keys(WORDS) as readonly Language[];

/** The language of a locale that names none of Jejak's. */
export const FALLBACK_LANGUAGE: Language = 'en';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && Object.hasOwn(WORDS, value);
}

/** Every word of a language. */
export function words(language: Language): Words {
  return WORDS[language];
}

/**
 * The language a POSIX locale or BCP 47 tag such as `id_ID.UTF-8`,
 * `in_ID` (Java's old code for Indonesian) or `en-GB` chooses, by the
 * prefixes each folder lists; null when it names none of Jejak's.
 */
export function languageNamedBy(locale: string | undefined | null): Language | null {
  const primary = (locale ?? '').trim().toLowerCase().split(/[-_.@]/)[0] ?? '';
  return LANGUAGES.find((code) => WORDS[code].language.prefixes.includes(primary)) ?? null;
}

/** The interface language for a locale: the one it names, else English. */
export function languageOf(locale: string | undefined | null): Language {
  return languageNamedBy(locale) ?? FALLBACK_LANGUAGE;
}

/** The BCP 47 locale that writes a language's numbers and dates ("en-GB", "id-ID"). */
export function localeOf(language: Language): string {
  return WORDS[language].language.locale;
}

export function formatInteger(value: number, language: Language): string {
  return integer(value, localeOf(language));
}

export function formatMebibytes(bytes: number, language: Language): string {
  return mebibytes(bytes, localeOf(language));
}

/** A date as people write it: "23 November 2026", in the machine's time zone. */
export function formatLongDate(date: Date, language: Language): string {
  return new Intl.DateTimeFormat(localeOf(language), { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** A share as a percentage: "62.5%", "62,5%". */
export function formatPercent(share: number, language: Language): string {
  return new Intl.NumberFormat(localeOf(language), { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

// The two languages Jejak speaks, in the interface and in messages.
export const LANGUAGES = ['en', 'id'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * The interface language for a POSIX locale or BCP 47 tag such as
 * `id_ID.UTF-8`, `in_ID` (Java's old code for Indonesian) or `en-GB`;
 * English when it names neither language.
 */
export function languageOf(locale: string | undefined | null): Language {
  const primary = (locale ?? '').trim().toLowerCase().split(/[-_.@]/)[0];
  return primary === 'id' || primary === 'in' ? 'id' : 'en';
}

export function isLanguage(value: unknown): value is Language {
  return value === 'en' || value === 'id';
}

export function formatInteger(value: number, language: Language): string {
  return new Intl.NumberFormat(language === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 0 }).format(value);
}

export function formatMebibytes(bytes: number, language: Language): string {
  return new Intl.NumberFormat(language === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024);
}

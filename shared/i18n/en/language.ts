// English's own facts: its name as the language pickers show it, the
// locale that writes its numbers and dates, and the language codes of a
// system locale or a browser that choose it.
export const language = {
  name: 'English',
  /** BCP 47, for Intl: British spelling and day-month-year dates, as the words are written. */
  locale: 'en-GB',
  /** How a person types a date in this language (Jejak's own date field, typedDate.ts): the order of day, month and year, and the pattern shown. */
  dateOrder: 'dmy' as 'dmy' | 'mdy' | 'ymd',
  datePattern: 'dd/mm/yyyy',
  /** The primary subtags of a POSIX locale or BCP 47 tag that select English ("en_US.UTF-8", "en-GB"). */
  prefixes: ['en'],
};

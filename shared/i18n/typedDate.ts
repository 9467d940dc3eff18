// Dates as a person types and reads them in the interface language
// ("15/04/2027" in English and Indonesian alike, day first), for Jejak's own
// date field: the browser's date input follows the browser's locale, not
// Jejak's. The map keeps ISO dates (docs/format.md); this turns one into the
// other and says plainly what is wrong with a date it cannot take.
import { localeOf, words, type Language } from './languages';

export type TypedDate =
  /** `iso` is null for an empty field: the date is cleared. */
  | { ok: true; iso: string | null }
  | { ok: false; message: string };

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2027-04-15" as the language writes it: "15/04/2027". Anything that is not an ISO date is shown as it is. */
export function formatTypedDate(iso: string, language: Language): string {
  const match = ISO.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match as unknown as [string, string, string, string];
  const { dateOrder } = words(language).language;
  const parts = { d: day, m: month, y: year };
  return [...dateOrder].map((part) => parts[part as keyof typeof parts]).join('/');
}

/**
 * What was typed, read in the language's order: digits apart by "/", "-",
 * "." or spaces ("15/4/2027", "15-04-2027"), the month also by its name
 * ("15 Apr 2027", "15 Agu 2027"); an ISO date ("2027-04-15", pasted) too.
 */
export function parseTypedDate(typed: string, language: Language): TypedDate {
  const text = typed.trim();
  if (text === '') return { ok: true, iso: null };
  const w = words(language);
  const problems = w.inspector.dateProblems;
  const iso = ISO.exec(text);
  const parts = iso ? { y: iso[1]!, m: iso[2]!, d: iso[3]! } : inOrder(text.split(/[\s/.\-,]+/), w.language.dateOrder);
  const unreadable = () => ({ ok: false as const, message: problems.unreadable({ typed: text, pattern: w.language.datePattern, example: formatTypedDate(EXAMPLE, language) }) });
  if (!parts || !/^\d{1,2}$/.test(parts.d) || !/^\d+$/.test(parts.y)) return unreadable();
  const month = /^\d{1,2}$/.test(parts.m) ? Number(parts.m) : monthByName(parts.m, language);
  if (month === null) return unreadable();
  if (parts.y.length !== 4 || parts.y.startsWith('0')) return { ok: false, message: problems.year({ typed: text }) };
  if (month < 1 || month > 12) return { ok: false, message: problems.month({ typed: text, month }) };
  const year = Number(parts.y);
  const day = Number(parts.d);
  const days = daysIn(year, month);
  if (day < 1 || day > days) return { ok: false, message: problems.day({ typed: text, month: monthAndYear(year, month, language), days }) };
  return { ok: true, iso: `${parts.y}-${two(month)}-${two(day)}` };
}

const EXAMPLE = '2027-04-15';

function inOrder(pieces: string[], order: string): { d: string; m: string; y: string } | null {
  if (pieces.length !== 3) return null;
  const found: Record<string, string> = {};
  [...order].forEach((part, i) => (found[part] = pieces[i]!));
  return { d: found.d!, m: found.m!, y: found.y! };
}

/** A month by its name or its first three letters or more, in the language or in English ("Agu", "Aug", "Agustus"). */
function monthByName(name: string, language: Language): number | null {
  const typed = name.toLowerCase();
  if (typed.length < 3) return null;
  for (const locale of [localeOf(language), 'en-GB']) {
    for (let month = 1; month <= 12; month++) {
      const date = new Date(Date.UTC(2001, month - 1, 1));
      const long = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(date).toLowerCase();
      if (long.startsWith(typed.replace(/\.$/, ''))) return month;
    }
  }
  return null;
}

function monthAndYear(year: number, month: number, language: Language): string {
  return new Intl.DateTimeFormat(localeOf(language), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, 1)));
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}

// The value rules of docs/format.md, as data. The reader checks values against
// them and the messages describe them ("expected an integer from -2 to 2"),
// so a rule is stated once.

export type Rule =
  | { t: 'id' }
  | { t: 'text'; min: number; max: number; trimmed?: boolean }
  | { t: 'integer'; min: number; max: number }
  | { t: 'number' }
  | { t: 'boolean' }
  | { t: 'oneOf'; values: readonly string[] }
  | { t: 'color' }
  | { t: 'date' }
  | { t: 'timestamp' }
  | { t: 'languageTag' }
  | { t: 'textList'; maxItems: number; maxLength: number }
  | { t: 'tagList'; maxItems: number; maxLength: number }
  | { t: 'list'; min: number; max: number }
  | { t: 'object' }
  | { t: 'orNull'; rule: Rule }
  | { t: 'base64' };

const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const COLOR_PATTERN = /^#[0-9A-Fa-f]{6}$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|([+-])(\d{2}):(\d{2}))$/;

export function isId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}

export function isColor(value: string): boolean {
  return COLOR_PATTERN.test(value);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isCalendarDate(y: string, m: string, d: string): boolean {
  const month = Number(m);
  const day = Number(d);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(y), month);
}

/** A calendar date `YYYY-MM-DD` that exists (no 31 April). */
export function isDate(value: string): boolean {
  const m = DATE_PATTERN.exec(value);
  return m !== null && isCalendarDate(m[1]!, m[2]!, m[3]!);
}

/** RFC 3339 date-time, e.g. `2026-11-23T09:12:00+07:00`. */
export function isTimestamp(value: string): boolean {
  const m = TIMESTAMP_PATTERN.exec(value);
  if (m === null || !isCalendarDate(m[1]!, m[2]!, m[3]!)) return false;
  const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6])];
  if (hour > 23 || minute > 59 || second > 60) return false;
  if (m[9] !== undefined && (Number(m[10]) > 23 || Number(m[11]) > 59)) return false;
  return true;
}

/** Milliseconds since the epoch of a valid RFC 3339 timestamp (leap second read as :59). */
export function timestampMillis(value: string): number {
  return Date.parse(value.replace(/:60(?=[.Zz+-]|$)/, ':59').replace(/^(.{10})[t ]/, '$1T'));
}

export function isLanguageTag(value: string): boolean {
  if (value.length === 0 || value.length > 64) return false;
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

/**
 * Length in characters as a person counts them (code points), so an emoji
 * or an accented letter typed as one character counts once.
 */
export function textLength(value: string): number {
  let length = value.length;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        length--;
        i++;
      }
    }
  }
  return length;
}

/** Whether `value` is within `min`…`max` characters, cheaply for the common short case. */
export function textWithin(value: string, min: number, max: number): boolean {
  if (value.length <= max && value.length >= min * 2) return true;
  const length = textLength(value);
  return length >= min && length <= max;
}

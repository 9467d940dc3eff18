// Dates and numbers as a report writes them, in the report's language
// (15 April 2027 / 15 April 2027; 1.5 / 1,5), one place for both reports.

export interface ReportFormat {
  /** A `YYYY-MM-DD` date, e.g. "15 April 2027". */
  date(date: string): string;
  integer(value: number): string;
  /** An emotion mean to one decimal with its sign: "+1.5", "−0.5", "0". */
  signed(value: number): string;
  /** A metric's figure as written, up to two decimals. */
  figure(value: number): string;
  percent(value: number): string;
}

/** `locale`: the BCP 47 locale of the report's language (shared/i18n/languages.ts, localeOf). */
export function reportFormat(locale: string): ReportFormat {
  const dates = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const integers = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const oneDecimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const figures = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  return {
    date: (date) => {
      const time = Date.parse(`${date}T00:00:00Z`);
      return Number.isNaN(time) ? date : dates.format(new Date(time));
    },
    integer: (value) => integers.format(value),
    signed: (value) => {
      const rounded = Math.round(value * 10) / 10;
      // The typographic minus, as the board draws it; "−0" never appears.
      return `${rounded > 0 ? '+' : rounded < 0 ? '−' : ''}${oneDecimal.format(Math.abs(rounded))}`;
    },
    figure: (value) => figures.format(value),
    percent: (value) => `${integers.format(value)}%`,
  };
}

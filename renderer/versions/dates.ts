// Dates as the Versions panel and the Compare view show them, in the
// interface language: "3 Nov 2026, 14:05" / "3 Nov 2026 14.05".
import { localeOf } from '../../shared/i18n/languages';
import { currentLanguage } from '../words';

export function dateAndTime(rfc3339: string): string {
  const when = new Date(rfc3339);
  if (Number.isNaN(when.getTime())) return rfc3339;
  return new Intl.DateTimeFormat(localeOf(currentLanguage()), { dateStyle: 'medium', timeStyle: 'short' }).format(when);
}

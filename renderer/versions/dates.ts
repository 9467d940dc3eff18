// Dates as the Versions panel and the Compare view show them, in the
// interface language: "3 Nov 2026, 14:05" / "3 Nov 2026 14.05".
import { currentLanguage } from '../i18n';

export function dateAndTime(rfc3339: string): string {
  const when = new Date(rfc3339);
  if (Number.isNaN(when.getTime())) return rfc3339;
  return new Intl.DateTimeFormat(currentLanguage() === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(when);
}

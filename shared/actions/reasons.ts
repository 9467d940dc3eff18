// Why an action cannot run now: an action's `enabled` names one of these
// reasons, and each language's reasons.ts (shared/i18n/<code>/) words it,
// shown beside the greyed item in the menu bar and the palette (and the
// native menu's tooltip on macOS), and said when its key is pressed anyway.
import { words, WORDS, type Language } from '../i18n/languages';
import type { Words } from '../i18n/words';

export type Reason = keyof Words['reasons'];

export function isReason(value: unknown): value is Reason {
  return typeof value === 'string' && Object.hasOwn(WORDS.en.reasons, value);
}

export function reasonText(reason: Reason, language: Language): string {
  return words(language).reasons[reason];
}

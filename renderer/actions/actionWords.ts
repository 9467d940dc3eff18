// The registry's words in the interface language, for the menu bar, the
// palette, the cheat sheet and the messages that say why an action waits.
import { useTranslation } from 'react-i18next';
import { REASONS, type Reason } from '../../shared/actions/reasons';
import { actionWords, type ActionId } from '../../shared/actions/registry';
import type { Language } from '../../shared/i18n/language';

export interface ActionNames {
  language: Language;
  name(id: ActionId): string;
  reason(reason: Reason): string;
}

export function useActionNames(): ActionNames {
  const { i18n } = useTranslation();
  const language: Language = i18n.language === 'id' ? 'id' : 'en';
  return { language, name: (id) => actionWords(id, language).name, reason: (reason) => REASONS[reason][language] };
}

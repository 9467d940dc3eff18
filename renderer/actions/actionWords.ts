// The registry's words in the interface language, for the menu bar, the
// palette, the cheat sheet and the messages that say why an action waits.
import type { MenuGroupId } from '../../shared/actions/action';
import { reasonText, type Reason } from '../../shared/actions/reasons';
import { actionWords, type ActionId } from '../../shared/actions/registry';
import { words, type Language } from '../../shared/i18n/languages';
import { useLanguage } from '../words';

export interface ActionNames {
  language: Language;
  name(id: ActionId): string;
  reason(reason: Reason): string;
  menuGroup(group: MenuGroupId): string;
}

function actionNames(language: Language): ActionNames {
  return {
    language,
    name: (id) => actionWords(id, language).name,
    reason: (reason) => reasonText(reason, language),
    menuGroup: (group) => words(language).shell.menuGroups[group],
  };
}

export function useActionNames(): ActionNames {
  return actionNames(useLanguage());
}

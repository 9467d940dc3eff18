// The message for a refused operation, in the interface language.
import type { Refusal } from '../../ops/refusal';
import type { Language } from '../language';
import type { RefusalCatalogue, RefusalOf } from './catalogue';
import { en } from './en';
import { id } from './id';

const CATALOGUES: Record<Language, RefusalCatalogue> = { en, id };

export function refusalMessage(refusal: Refusal, language: Language): string {
  const render = CATALOGUES[language].messages[refusal.code] as (r: RefusalOf<typeof refusal.code>) => string;
  return render(refusal as RefusalOf<typeof refusal.code>);
}

export function fieldLabel(key: string, language: Language): string {
  return CATALOGUES[language].field(key);
}

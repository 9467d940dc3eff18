// The message for a refused operation, in the interface language; the
// words are each language's refusals.ts.
import type { Refusal } from '../ops/refusal';
import { words, type Language } from './languages';

export type RefusalOf<C extends Refusal['code']> = Extract<Refusal, { code: C }>;

export function refusalMessage(refusal: Refusal, language: Language): string {
  const render = words(language).refusals.messages[refusal.code] as (r: RefusalOf<typeof refusal.code>) => string;
  return render(refusal as RefusalOf<typeof refusal.code>);
}

export function fieldLabel(key: string, language: Language): string {
  return words(language).refusals.field(key);
}

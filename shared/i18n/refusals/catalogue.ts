// Why an operation was refused, in words for the person who tried it.
import type { Refusal } from '../../ops/refusal';

export type RefusalOf<C extends Refusal['code']> = Extract<Refusal, { code: C }>;

export interface RefusalCatalogue {
  /** A field's name as the inspector shows it; the key itself when it has none. */
  field(key: string): string;
  messages: { [C in Refusal['code']]: (refusal: RefusalOf<C>) => string };
}

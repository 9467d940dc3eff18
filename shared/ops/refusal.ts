// Operations keep a map valid by construction: a change that would break a
// rule of docs/format.md is refused with a reason, and the map stays as it was.
import type { Collection, Found, Problem } from '../format/problems';
import { describeFound } from '../format/problems';
import type { Rule } from '../format/rules';
import { Checker } from '../format/checker';

export type Refusal =
  | { code: 'invalid'; field: string; expected: Rule; found: Found }
  | { code: 'not-found'; collection: Collection; id: string }
  | { code: 'id-taken'; collection: Collection; id: string }
  | { code: 'too-many'; collection: Collection; limit: number }
  | { code: 'last-one'; collection: 'stages' | 'lanes' }
  | { code: 'lane-locked'; lane: string }
  /** The facilitator locked the map's stages and lanes (FacilitatorLocks). */
  | { code: 'structure-locked' }
  /** The map is open in read-only review mode. */
  | { code: 'review-mode' }
  | { code: 'bad-asset'; problem: Problem };

export class OpRefusal extends Error {
  constructor(readonly refusal: Refusal) {
    super(`operation refused: ${refusal.code}`);
  }
}

export function refuse(refusal: Refusal): never {
  throw new OpRefusal(refusal);
}

/** Refuses unless `value` keeps `rule`; `field` names it in the message. */
export function requireValid(field: string, rule: Rule, value: unknown): void {
  const checker = new Checker();
  if (!checker.check(field, rule, value)) refuse({ code: 'invalid', field, expected: rule, found: describeFound(value) });
}

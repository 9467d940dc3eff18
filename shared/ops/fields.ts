// Setting one key of an entity by the rule docs/format.md gives it: checked, and
// removed rather than stored when it holds its default.
import type { FieldSpec } from '../format/schema';
import { refuse, requireValid } from './refusal';

export function specOf(fields: readonly FieldSpec[], key: string): FieldSpec {
  const spec = fields.find((f) => f.key === key);
  if (!spec) throw new Error(`no field ${key} in this schema`);
  return spec;
}

/**
 * Sets `key` on `target` (a draft). `undefined` or `null`, an optional key's
 * default, or an empty text or list in an optional key removes it (clearing
 * an owner in the inspector leaves no `"owner": ""` behind); an invalid
 * value is refused.
 */
export function setField(target: object, fields: readonly FieldSpec[], key: string, value: unknown): void {
  const spec = specOf(fields, key);
  const record = target as Record<string, unknown>;
  const clearing = value === undefined || (value === null && spec.rule.t !== 'orNull');
  const t = spec.rule.t;
  const empty = (t === 'text' && value === '') || ((t === 'textList' || t === 'tagList') && Array.isArray(value) && value.length === 0);
  if (clearing || (!spec.required && (empty || spec.isDefault!(value)))) {
    if (spec.required) refuse({ code: 'invalid', field: key, expected: spec.rule, found: { kind: 'missing' } });
    delete record[key];
    return;
  }
  requireValid(key, spec.rule, value);
  record[key] = value;
}

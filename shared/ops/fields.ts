// Setting one key of an entity by the rule FORMAT.md gives it: checked, and
// removed rather than stored when it holds its default.
import type { FieldSpec } from '../format/schema';
import { refuse, requireValid } from './refusal';

export function specOf(fields: readonly FieldSpec[], key: string): FieldSpec {
  const spec = fields.find((f) => f.key === key);
  if (!spec) throw new Error(`no field ${key} in this schema`);
  return spec;
}

/**
 * Sets `key` on `target` (a draft). `undefined` or `null`, or an optional
 * key's default, removes it; an invalid value is refused.
 */
export function setField(target: object, fields: readonly FieldSpec[], key: string, value: unknown): void {
  const spec = specOf(fields, key);
  const record = target as Record<string, unknown>;
  const clearing = value === undefined || (value === null && spec.rule.t !== 'orNull');
  if (clearing || (!spec.required && spec.isDefault!(value))) {
    if (spec.required) refuse({ code: 'invalid', field: key, expected: spec.rule, found: { kind: 'missing' } });
    delete record[key];
    return;
  }
  requireValid(key, spec.rule, value);
  record[key] = value;
}

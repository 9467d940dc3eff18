// Comparing what the three sides hold, key by key, as the canonical writer
// would write it: a key that holds its stated default (votes 0, hidden
// false, …) is the same as no key at all.
import { OrderedObject } from '../format/json';
import type { FieldSpec } from '../format/schema';

type Entries = readonly (readonly [string, unknown])[];

function entriesOf(value: object): Entries {
  if (value instanceof OrderedObject) return value.entries;
  return Object.keys(value).map((k) => [k, (value as Record<string, unknown>)[k]] as const);
}

/** Deep equality of JSON data (extension values, tags, a metric). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  if (a instanceof OrderedObject || b instanceof OrderedObject) {
    // Key order is part of such an object's value (it is written as read).
    const x = entriesOf(a);
    const y = entriesOf(b);
    return x.length === y.length && x.every(([k, v], i) => k === y[i]![0] && sameValue(v, y[i]![1]));
  }
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (!Object.hasOwn(b, key) || !sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}

const specCache = new WeakMap<readonly FieldSpec[], Map<string, FieldSpec>>();

function specsByKey(fields: readonly FieldSpec[]): Map<string, FieldSpec> {
  let map = specCache.get(fields);
  if (!map) specCache.set(fields, (map = new Map(fields.map((f) => [f.key, f]))));
  return map;
}

/** An entity's value for `key`, undefined when absent or holding its stated default. */
export function fieldOf(entity: object | undefined, key: string, fields: readonly FieldSpec[]): unknown {
  if (entity === undefined) return undefined;
  const value = (entity as Record<string, unknown>)[key];
  if (value === undefined || !Object.hasOwn(entity, key)) return undefined;
  const spec = specsByKey(fields).get(key);
  return spec && !spec.required && spec.isDefault!(value) ? undefined : value;
}

/** The keys an entity holds: its schema's, then its extensions in their order. */
export function keysOf(entity: object | undefined, fields: readonly FieldSpec[]): string[] {
  if (entity === undefined) return [];
  const keys: string[] = [];
  for (const spec of fields) if (fieldOf(entity, spec.key, fields) !== undefined) keys.push(spec.key);
  for (const key of Object.keys(entity)) if (key.startsWith('x-') && fieldOf(entity, key, fields) !== undefined) keys.push(key);
  return keys;
}

/** Whether two versions of an entity would be written the same (extension order aside). */
export function sameEntity(a: object | undefined, b: object | undefined, fields: readonly FieldSpec[]): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  const keys = keysOf(a, fields);
  if (keys.length !== keysOf(b, fields).length) return false;
  return keys.every((key) => sameValue(fieldOf(a, key, fields), fieldOf(b, key, fields)));
}

/** How deep a JSON value nests (a scalar 0, `{}` 1), without recursion. */
export function depthOf(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    deepest = Math.max(deepest, depth + 1);
    for (const [, item] of Array.isArray(v) ? v.map((x, i) => [i, x] as const) : entriesOf(v)) stack.push([item, depth + 1]);
  }
  return deepest;
}

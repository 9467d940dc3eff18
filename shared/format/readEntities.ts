// Reads one entity (a note, a lane, …) from parsed JSON: checks each key of
// its schema, keeps `x-` extensions after the known keys, turns unknown keys
// into extensions (a repair), and builds a fresh object in canonical order.
import type { Checker } from './checker';
import { childPath } from './problems';
import type { FieldSpec } from './schema';

/** Reads a key's value itself; may record problems and set `out` however the rule needs. */
export type SpecialReader = (
  value: unknown,
  path: string,
  out: Record<string, unknown>,
  input: Record<string, unknown>,
) => void;

const knownKeysCache = new WeakMap<readonly FieldSpec[], Set<string>>();

function knownKeys(fields: readonly FieldSpec[]): Set<string> {
  let keys = knownKeysCache.get(fields);
  if (!keys) knownKeysCache.set(fields, (keys = new Set(fields.map((f) => f.key))));
  return keys;
}

/** The first of `base`, `base-2`, `base-3`, … that `taken` does not hold. */
export function freeKey(base: string, taken: (key: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function readEntity(
  checker: Checker,
  input: unknown,
  path: string,
  fields: readonly FieldSpec[],
  special: Readonly<Record<string, SpecialReader>> = {},
): Record<string, unknown> | null {
  if (!isPlainObject(input)) {
    checker.invalid(path, { t: 'object' }, input);
    return null;
  }
  const keys = Object.keys(input);
  checker.keysSeen += keys.length;
  const out: Record<string, unknown> = {};
  let known = 0;
  for (const spec of fields) {
    // Safe as a plain lookup: no key of the schema is a name Object.prototype has.
    const value = input[spec.key];
    if (value === undefined) {
      if (spec.required) checker.invalid(childPath(path, spec.key), spec.rule, undefined);
      continue;
    }
    known++;
    const read = special[spec.key];
    if (read) read(value, childPath(path, spec.key), out, input);
    else if (checker.check(childPath(path, spec.key), spec.rule, value)) {
      if (spec.required || !spec.isDefault!(value)) out[spec.key] = value;
    }
  }
  if (keys.length > known) readExtraKeys(checker, input, keys, path, knownKeys(fields), out);
  return out;
}

function readExtraKeys(
  checker: Checker,
  input: Record<string, unknown>,
  keys: string[],
  path: string,
  known: Set<string>,
  out: Record<string, unknown>,
): void {
  const taken = (key: string) => Object.hasOwn(input, key) || Object.hasOwn(out, key);
  for (const key of keys) {
    if (known.has(key)) continue;
    const value = input[key];
    const keyPath = childPath(path, key);
    if (!checker.checkExtension(keyPath, value)) continue;
    if (key.startsWith('x-')) {
      out[key] = value;
    } else {
      const keptAs = freeKey(`x-${key}`, taken);
      out[keptAs] = value;
      checker.repair(keyPath, { code: 'unknown-key', key, keptAs });
    }
  }
}

/**
 * Records a repair's original value as an extension beside it, e.g.
 * `x-original-emotion`, under a name neither the entity read so far nor its
 * input already uses.
 */
export function keepOriginal(
  out: Record<string, unknown>,
  key: string,
  value: unknown,
  input: Record<string, unknown> = out,
): string {
  const keptAs = freeKey(`x-original-${key}`, (k) => Object.hasOwn(out, k) || Object.hasOwn(input, k));
  out[keptAs] = value;
  return keptAs;
}

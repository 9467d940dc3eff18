// Reads one entity (a note, a lane, …) from parsed JSON: checks each key of
// its schema, keeps `x-` extensions after the known keys, turns unknown keys
// into extensions (a repair), and builds a fresh object in canonical order.
import type { Checker } from './checker';
import { childPath } from './problems';
import type { FieldSpec } from './schema';
import { isValid } from './validity';

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

export interface EntityReaders {
  /** Keys whose value this entity reads itself (a repair, a nested list). */
  special?: Readonly<Record<string, SpecialReader>>;
  /** Keys holding a nested entity (a note's metric), for the fast path. */
  nested?: Readonly<Record<string, readonly FieldSpec[]>>;
  /** Whether an entity that breaks no rule may be kept as parsed instead of copied. */
  fast?: boolean;
}

export function readEntity(
  checker: Checker,
  input: unknown,
  path: string,
  fields: readonly FieldSpec[],
  readers: EntityReaders = {},
): Record<string, unknown> | null {
  if (!isPlainObject(input)) {
    checker.invalid(path, { t: 'object' }, input);
    return null;
  }
  if (readers.fast && keepsEveryRule(checker, input, path, fields, readers.nested ?? {})) return input;
  return copyEntity(checker, input, path, fields, readers.special ?? {});
}

/**
 * The fast path for the common case, a note that breaks no rule and needs no
 * repair: it is checked without building paths or copying it, and kept as
 * parsed (the writer orders keys and drops defaults anyway). Anything else
 * falls back to copyEntity, which says what is wrong.
 */
function keepsEveryRule(
  checker: Checker,
  input: Record<string, unknown>,
  path: string,
  fields: readonly FieldSpec[],
  nested: Readonly<Record<string, readonly FieldSpec[]>>,
): boolean {
  // for…in instead of Object.keys: no array per note. Parsed JSON objects
  // inherit no enumerable keys, so this sees exactly the object's own keys.
  const known = knownKeys(fields);
  let keyCount = 0;
  let extensions = 0;
  for (const key in input) {
    keyCount++;
    if (known.has(key)) continue;
    // An extension is fine; any other key is a repair, which needs a copy.
    if (!key.startsWith('x-')) return false;
    extensions++;
  }
  let nestedKeys = 0;
  for (const spec of fields) {
    const value = input[spec.key];
    if (value === undefined) {
      if (spec.required) return false;
      continue;
    }
    const inner = nested[spec.key];
    if (inner) {
      if (!isPlainObject(value)) return false;
      const innerKeys = keepsEveryRuleFlat(value, inner);
      if (innerKeys < 0) return false;
      nestedKeys += innerKeys;
    } else if (!isValid(spec.rule, value)) return false;
  }
  checker.keysSeen += keyCount + nestedKeys;
  if (extensions > 0) {
    for (const key in input) if (key.startsWith('x-')) checker.checkExtension(childPath(path, key), input[key]);
  }
  return true;
}

/** The fast check for a nested entity without extensions (a metric): its key count, or -1. */
function keepsEveryRuleFlat(input: Record<string, unknown>, fields: readonly FieldSpec[]): number {
  const known = knownKeys(fields);
  let keyCount = 0;
  for (const key in input) {
    if (!known.has(key)) return -1;
    keyCount++;
  }
  for (const spec of fields) {
    const value = input[spec.key];
    if (value === undefined ? spec.required : !isValid(spec.rule, value)) return -1;
  }
  return keyCount;
}

/** Checks every key, reporting what is wrong, and builds the entity anew in canonical order. */
function copyEntity(
  checker: Checker,
  input: Record<string, unknown>,
  path: string,
  fields: readonly FieldSpec[],
  special: Readonly<Record<string, SpecialReader>>,
): Record<string, unknown> {
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
    else if (isValid(spec.rule, value)) {
      if (spec.required || !spec.isDefault!(value)) out[spec.key] = value;
    } else checker.explain(childPath(path, spec.key), spec.rule, value);
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

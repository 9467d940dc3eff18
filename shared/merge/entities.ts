// Three-way merge of one thing (the map's own fields, a persona, a note, …)
// key by key, and of a collection by id.
import type { Collection } from '../format/problems';
import type { FieldSpec } from '../format/schema';
import type { MergeCollection, MergeConflict, MergeNotice, Side } from './types';
import { fieldOf, keysOf, sameEntity, sameValue } from './values';

/** Keys that only make sense together, merged and reported as one field. */
export interface FieldGroup {
  name: string;
  keys: readonly string[];
}

export type ConflictDraft = Omit<MergeConflict, 'path' | 'kept'>;

/** What one merge run collects, and how it settles conflicts. */
export interface MergeContext {
  resolve(key: string): Side;
  conflicts: ConflictDraft[];
  notices: MergeNotice[];
}

export interface Versions<T> {
  base: T | undefined;
  mine: T | undefined;
  theirs: T | undefined;
}

type Rec = Record<string, unknown>;

/** The value of a field or of a group of keys (an object of those present). */
function valueOf(entity: object | undefined, field: string, group: FieldGroup | undefined, fields: readonly FieldSpec[]): unknown {
  if (!group) return fieldOf(entity, field, fields);
  const value: Rec = {};
  let any = false;
  for (const key of group.keys) {
    const v = fieldOf(entity, key, fields);
    if (v !== undefined) {
      value[key] = v;
      any = true;
    }
  }
  return any ? value : undefined;
}

/**
 * Merges one entity's fields: a field changed on one side takes that side's
 * value; changed on both to the same value, that value; changed differently,
 * a conflict, settled by `ctx.resolve`. `skip` names keys merged elsewhere.
 */
export function mergeFields(
  ctx: MergeContext,
  collection: MergeCollection,
  id: string,
  v: Versions<object>,
  fields: readonly FieldSpec[],
  groups: readonly FieldGroup[] = [],
  skip: ReadonlySet<string> = new Set(),
): Rec {
  const groupOf = new Map<string, FieldGroup>();
  for (const g of groups) for (const key of g.keys) groupOf.set(key, g);
  const names: string[] = [];
  const seen = new Set<string>();
  const add = (name: string) => {
    if (!seen.has(name) && !skip.has(name)) names.push(name);
    seen.add(name);
  };
  for (const spec of fields) add(groupOf.get(spec.key)?.name ?? spec.key);
  // Extensions in theirs' order, then any only mine or base holds.
  for (const side of [v.theirs, v.mine, v.base]) for (const key of keysOf(side, fields)) if (key.startsWith('x-')) add(key);

  const out: Rec = {};
  for (const name of names) {
    const group = groups.find((g) => g.name === name);
    const b = valueOf(v.base, name, group, fields);
    const m = valueOf(v.mine, name, group, fields);
    const t = valueOf(v.theirs, name, group, fields);
    let value: unknown;
    if (sameValue(m, t) || sameValue(b, t)) value = m;
    else if (sameValue(b, m)) value = t;
    else {
      const key = collection === 'map' ? `map/${name}` : `${collection}/${id}/${name}`;
      const resolution = ctx.resolve(key);
      ctx.conflicts.push({ key, id, collection, field: name, base: b, mine: m, theirs: t, resolution });
      value = resolution === 'mine' ? m : t;
    }
    if (value === undefined) continue;
    if (group) Object.assign(out, value);
    else out[name] = value;
  }
  return out;
}

export interface CollectionMerge<T> {
  /** What survives, by id, merged; in no particular order (see order.ts). */
  items: Map<string, T>;
  /** Deleted on one side, unchanged on the other: what a reference may bring back. */
  pool: Map<string, { value: T; deletedBy: Side }>;
  /** Ids base did not have: the first to make room when a limit is hit. */
  added: Set<string>;
}

export interface CollectionSides<T> {
  base: ReadonlyMap<string, T>;
  mine: ReadonlyMap<string, T>;
  theirs: ReadonlyMap<string, T>;
}

export function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) map.set(item.id, item);
  return map;
}

/**
 * Merges a collection by id: added on one side, added; deleted on one side
 * and unchanged on the other, deleted (but kept in the pool); deleted on one
 * side and changed on the other, kept as changed and reported; changed on
 * both, field by field. Added on both sides under one id: field by field
 * against nothing, so only what they disagree on is a conflict.
 */
export function mergeCollection<T extends object>(
  ctx: MergeContext,
  collection: Collection,
  sides: CollectionSides<T>,
  fields: readonly FieldSpec[],
  groups: readonly FieldGroup[] = [],
): CollectionMerge<T> {
  const items = new Map<string, T>();
  const pool = new Map<string, { value: T; deletedBy: Side }>();
  const added = new Set<string>();
  const same = (a: T | undefined, b: T | undefined) => sameEntity(a, b, fields);
  const merge = (id: string, v: Versions<T>) => mergeFields(ctx, collection, id, v, fields, groups) as T;

  const ids = new Set([...sides.base.keys(), ...sides.theirs.keys(), ...sides.mine.keys()]);
  for (const id of ids) {
    const base = sides.base.get(id);
    const mine = sides.mine.get(id);
    const theirs = sides.theirs.get(id);
    if (base === undefined) {
      added.add(id);
      if (mine !== undefined && theirs !== undefined) items.set(id, same(mine, theirs) ? mine : merge(id, { base, mine, theirs }));
      else items.set(id, (mine ?? theirs)!);
    } else if (mine !== undefined && theirs !== undefined) {
      if (same(mine, base)) items.set(id, theirs);
      else if (same(theirs, base) || same(mine, theirs)) items.set(id, mine);
      else items.set(id, merge(id, { base, mine, theirs }));
    } else if (mine !== undefined || theirs !== undefined) {
      const kept = (mine ?? theirs)!;
      const deletedBy: Side = mine === undefined ? 'mine' : 'theirs';
      if (same(kept, base)) pool.set(id, { value: kept, deletedBy });
      else {
        items.set(id, kept);
        ctx.notices.push({ code: 'kept-edited', collection, id, deletedBy });
      }
    }
  }
  return { items, pool, added };
}

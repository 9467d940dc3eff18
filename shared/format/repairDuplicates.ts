// Repair: an id given to two personas, stages, lanes or notes. The first
// keeps it (references resolve to it); later ones get new ids, `ID-2`, `ID-3`…
import type { Checker } from './checker';
import type { Collection } from './problems';

const MAX_ID_LENGTH = 64;

/** The map's lists as read: null for a list that is missing or has an item that could not be read. */
export type ReadLists = Record<Exclude<Collection, 'assets'>, { id: string }[] | null>;

export function renameDuplicateIds(c: Checker, lists: ReadLists): void {
  for (const [name, items] of Object.entries(lists) as [Exclude<Collection, 'assets'>, { id: string }[] | null][]) {
    if (items === null) continue;
    const taken = new Set<string>();
    let duplicates: number[] | null = null;
    items.forEach((item, i) => {
      if (taken.has(item.id)) (duplicates ??= []).push(i);
      taken.add(item.id);
    });
    for (const i of duplicates ?? []) {
      const item = items[i]!;
      const newId = nextFreeId(item.id, taken);
      taken.add(newId);
      c.repair(`${name}[${i}].id`, { code: 'duplicate-id', collection: name, id: item.id, newId });
      item.id = newId;
    }
  }
}

/** `id-2`, `id-3`, … the first not taken, shortened so it stays a valid id. */
export function nextFreeId(id: string, taken: ReadonlySet<string>): string {
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = id.slice(0, MAX_ID_LENGTH - suffix.length) + suffix;
    if (!taken.has(candidate)) return candidate;
  }
}

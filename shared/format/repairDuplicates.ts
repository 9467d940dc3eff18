// Repair: an id given to two personas, stages, lanes or notes. The first
// keeps it (references resolve to it); later ones get new ids, `ID-2`, `ID-3`…
import type { Checker } from './checker';
import type { Collection } from './problems';
import type { JourneyMap } from './types';

const MAX_ID_LENGTH = 64;

export function renameDuplicateIds(c: Checker, map: JourneyMap): void {
  const collections: [Exclude<Collection, 'assets'>, { id: string }[]][] = [
    ['personas', map.personas],
    ['stages', map.stages],
    ['lanes', map.lanes],
    ['notes', map.notes],
  ];
  for (const [name, items] of collections) {
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

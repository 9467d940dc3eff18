// Finding a stage or lane by what a sheet or list calls it: its id, or its
// title as people type it (any case, extra spaces, a composed or decomposed
// "é"). A title two lanes share cannot say which one is meant: the row is
// listed rather than guessed.
import type { Id } from '../format/types';

export function normaliseName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

export type NameLookup<T> = { ok: true; item: T } | { ok: false; code: 'unknown' | 'ambiguous' };

export class NameIndex<T extends { id: Id; title: string }> {
  private readonly ids = new Map<Id, T>();
  private readonly foldedIds = new Map<string, T[]>();
  private readonly titles = new Map<string, T[]>();

  constructor(items: readonly T[]) {
    for (const item of items) {
      this.ids.set(item.id, item);
      push(this.foldedIds, item.id.toLowerCase(), item);
      push(this.titles, normaliseName(item.title), item);
    }
  }

  find(name: string): NameLookup<T> {
    const trimmed = name.trim();
    const exact = this.ids.get(trimmed);
    if (exact) return { ok: true, item: exact };
    const byTitle = this.titles.get(normaliseName(trimmed));
    if (byTitle) return byTitle.length === 1 ? { ok: true, item: byTitle[0]! } : { ok: false, code: 'ambiguous' };
    const byId = this.foldedIds.get(trimmed.toLowerCase());
    if (byId) return byId.length === 1 ? { ok: true, item: byId[0]! } : { ok: false, code: 'ambiguous' };
    return { ok: false, code: 'unknown' };
  }

  /** Whether `name` names `item` (its id or its title), so a cell that still does is no move. */
  names(name: string, item: T): boolean {
    const trimmed = name.trim();
    return trimmed === item.id || normaliseName(trimmed) === normaliseName(item.title);
  }
}

function push<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

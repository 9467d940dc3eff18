// References stay valid. When one side deleted a lane, stage, persona or
// asset that the merged map still needs (a note kept in that lane, a lane
// that names that persona, a picture on a note), the deletion is undone
// and reported, rather than the note or reference being lost. So is the
// deletion of the last stage or lane.
import { keepOriginal } from '../format/readEntities';
import type { Asset, Lane, Note, Persona, Stage } from '../format/types';
import type { CollectionMerge, MergeContext } from './entities';
import type { MergeCollection } from './types';

export interface MergedCollections {
  personas: CollectionMerge<Persona>;
  stages: CollectionMerge<Stage>;
  lanes: CollectionMerge<Lane>;
  notes: CollectionMerge<Note>;
  assets: CollectionMerge<Asset>;
}

type Restorable = 'personas' | 'stages' | 'lanes' | 'assets';

/** Brings `id` back from the pool if it was deleted; false if it is nowhere. */
function ensure(ctx: MergeContext, merged: MergedCollections, collection: Restorable, id: string, because: { collection: MergeCollection; id: string } | null): boolean {
  const c = merged[collection] as CollectionMerge<unknown>;
  if (c.items.has(id)) return true;
  const deleted = c.pool.get(id);
  if (!deleted) return false;
  c.items.set(id, deleted.value);
  c.pool.delete(id);
  ctx.notices.push({ code: 'restored', collection, id, deletedBy: deleted.deletedBy, because });
  return true;
}

/** Keeps at least one of a collection: the first deleted one in the order given. */
function keepOne(ctx: MergeContext, merged: MergedCollections, collection: 'stages' | 'lanes', order: readonly string[]): void {
  if (merged[collection].items.size > 0) return;
  const first = order.find((id) => merged[collection].pool.has(id));
  if (first !== undefined) ensure(ctx, merged, collection, first, null);
}

/**
 * Makes every reference in the merged collections resolve. `notes` also
 * holds the marked copies. `top` is the merged map's own fields (for
 * primaryPersona), changed in place. `order` gives the sides' stage and lane
 * ids, theirs first, for choosing which last one to keep.
 */
export function keepReferencesValid(
  ctx: MergeContext,
  merged: MergedCollections,
  copies: Iterable<Note>,
  top: Record<string, unknown>,
  order: { stages: readonly string[]; lanes: readonly string[] },
): void {
  keepOne(ctx, merged, 'stages', order.stages);
  keepOne(ctx, merged, 'lanes', order.lanes);

  const notes = merged.notes.items;
  const checkNote = (note: Note, replace: (n: Note) => void) => {
    const because = { collection: 'notes' as const, id: note.id };
    let fixed = note;
    for (const [key, collection] of [['lane', 'lanes'], ['stage', 'stages']] as const) {
      if (ensure(ctx, merged, collection, fixed[key], because)) continue;
      // Only a side that broke docs/format.md could get here; keep the note, as the reader's repair would.
      fixed = { ...fixed };
      keepOriginal(fixed as unknown as Record<string, unknown>, key, fixed[key]);
      fixed[key] = merged[collection].items.keys().next().value!;
    }
    if (fixed !== note) replace(fixed);
  };
  for (const note of [...notes.values()]) checkNote(note, (n) => notes.set(n.id, n));
  for (const copy of copies) checkNote(copy, (n) => Object.assign(copy, n));

  const personaRef = (owner: Record<string, unknown>, key: string, because: { collection: MergeCollection; id: string }) => {
    const id = owner[key];
    if (typeof id !== 'string' || ensure(ctx, merged, 'personas', id, because)) return owner;
    const fixed = { ...owner };
    delete fixed[key];
    keepOriginal(fixed, key, id);
    return fixed;
  };
  for (const lane of [...merged.lanes.items.values()]) {
    merged.lanes.items.set(lane.id, personaRef(lane as unknown as Record<string, unknown>, 'persona', { collection: 'lanes', id: lane.id }) as unknown as Lane);
  }
  const primary = personaRef(top, 'primaryPersona', { collection: 'map', id: String(top.id) });
  if (primary !== top) {
    delete top.primaryPersona;
    Object.assign(top, primary);
  }

  const assetRef = <T extends Persona | Note>(items: Map<string, T>, key: 'photo' | 'image', collection: 'personas' | 'notes') => {
    for (const item of [...items.values()]) {
      const id = (item as unknown as Record<string, unknown>)[key];
      if (typeof id !== 'string' || ensure(ctx, merged, 'assets', id, { collection, id: item.id })) continue;
      const fixed = { ...item } as unknown as Record<string, unknown>;
      delete fixed[key];
      keepOriginal(fixed, key, id);
      items.set(item.id, fixed as unknown as T);
    }
  };
  assetRef(merged.personas.items, 'photo', 'personas');
  assetRef(merged.notes.items, 'image', 'notes');
}

// Three-way merge of journey maps, for a map on a shared drive that someone
// else saved while it was open here (docs/architecture.md, "Files on a shared drive"):
// base is the map as loaded, mine the map in memory, theirs the map now on
// disk. Everything is merged by id, field by field; what both sides changed
// differently is a conflict, settled provisionally (mine by default) and
// again by the user's choices with resolveConflicts. Pure: the inputs are
// never changed, and the same inputs and choices give the same map.
import { childPath } from '../format/problems';
import { timestampMillis } from '../format/rules';
import { ASSET_FIELDS, LANE_FIELDS, MAP_FIELDS, NOTE_FIELDS, PERSONA_FIELDS, STAGE_FIELDS } from '../format/schema';
import type { Asset, JourneyMap, Lane, Note, Persona, Stage } from '../format/types';
import { byId, mergeCollection, mergeFields, type CollectionMerge, type ConflictDraft, type MergeContext } from './entities';
import { keepWithinLimits, type OrderedLists } from './limits';
import { mergeOrder, orderNotes } from './order';
import { keepReferencesValid, type MergedCollections } from './references';
import { summarize } from './summary';
import { copyUnchosenNoteTexts, keepUnchosenPersonaTexts } from './texts';
import type { Choices, KeptText, MergeConflict, MergeOptions, MergeResult, Side } from './types';
import { sameValue } from './values';

/** The map's keys merged on their own terms, not as plain fields. */
const NOT_PLAIN_FIELDS = new Set(['format', 'version', 'id', 'createdAt', 'updatedAt', 'personas', 'stages', 'lanes', 'notes', 'assets']);

const CELL = [{ name: 'cell', keys: ['lane', 'stage'] }];
const ASSET_FILE = [{ name: 'file', keys: ['mime', 'data', 'name'] }];

/** One side's change wins; when both changed differently, `tie` decides (no conflict: nobody edits these). */
function quietly<T>(base: T, mine: T, theirs: T, tie: (mine: T, theirs: T) => T): T {
  if (sameValue(mine, theirs) || sameValue(base, mine)) return theirs;
  if (sameValue(base, theirs)) return mine;
  return tie(mine, theirs);
}

const assetsOf = (map: JourneyMap): Map<string, Asset> => new Map(Object.keys(map.assets ?? {}).map((id) => [id, map.assets![id]!]));
const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);

export function mergeMaps(base: JourneyMap, mine: JourneyMap, theirs: JourneyMap, options: MergeOptions = {}): MergeResult {
  const prefer = options.prefer ?? 'mine';
  const choices = options.choices ?? {};
  const ctx: MergeContext = {
    resolve: (key) => (Object.hasOwn(choices, key) ? choices[key]! : prefer),
    conflicts: [],
    notices: [],
  };

  // The map's own fields. Its identity and creation time are theirs if
  // both differ (the file on disk is what it is); its last change is the later.
  const id = quietly(base.id, mine.id, theirs.id, (_, t) => t);
  const createdAt = quietly(base.createdAt, mine.createdAt, theirs.createdAt, (_, t) => t);
  let updatedAt = quietly(base.updatedAt, mine.updatedAt, theirs.updatedAt, (m, t) => (timestampMillis(m) > timestampMillis(t) ? m : t));
  if (timestampMillis(updatedAt) < timestampMillis(createdAt)) updatedAt = createdAt;
  const fields = mergeFields(ctx, 'map', id, { base, mine, theirs }, MAP_FIELDS, [], NOT_PLAIN_FIELDS);
  const top: Record<string, unknown> = { format: 'cjm', version: 1, id, createdAt, updatedAt, ...fields };
  const locale = String(top.locale);

  const notes = { base: byId(base.notes), mine: byId(mine.notes), theirs: byId(theirs.notes) };
  const merged: MergedCollections = {
    personas: mergeCollection(ctx, 'personas', { base: byId(base.personas), mine: byId(mine.personas), theirs: byId(theirs.personas) }, PERSONA_FIELDS),
    stages: mergeCollection(ctx, 'stages', { base: byId(base.stages), mine: byId(mine.stages), theirs: byId(theirs.stages) }, STAGE_FIELDS),
    lanes: mergeCollection(ctx, 'lanes', { base: byId(base.lanes), mine: byId(mine.lanes), theirs: byId(theirs.lanes) }, LANE_FIELDS),
    notes: mergeCollection(ctx, 'notes', notes, NOTE_FIELDS, CELL),
    assets: mergeCollection(ctx, 'assets', { base: assetsOf(base), mine: assetsOf(mine), theirs: assetsOf(theirs) }, ASSET_FIELDS, ASSET_FILE),
  };

  // No text is lost to a conflict.
  const kept = keepUnchosenPersonaTexts(ctx.conflicts, merged.personas.items, locale);
  const takenNoteIds = new Set([...notes.base.keys(), ...notes.mine.keys(), ...notes.theirs.keys()]);
  const copies = copyUnchosenNoteTexts(ctx.conflicts, merged.notes.items, notes, locale, takenNoteIds);
  for (const [key, k] of copies.kept) kept.set(key, k);
  const copyList = [...copies.after.values()].flat();

  keepReferencesValid(ctx, merged, copyList, top, {
    stages: [...ids(theirs.stages), ...ids(mine.stages)],
    lanes: [...ids(theirs.lanes), ...ids(mine.lanes)],
  });

  const lists = orderLists(base, mine, theirs, notes.base, merged, copies.after);
  const added = {
    personas: merged.personas.added,
    stages: merged.stages.added,
    lanes: merged.lanes.added,
    notes: new Set([...merged.notes.added, ...copyList.map((c) => c.id)]),
  };
  const overflow = keepWithinLimits(ctx, lists, added, top);

  const map = { ...top, ...lists } as unknown as JourneyMap;
  if (merged.assets.items.size > 0) {
    // A null-prototype record, as the reader makes: an asset id "__proto__" is only a key.
    const assets = Object.create(null) as Record<string, Asset>;
    for (const [assetId, asset] of merged.assets.items) assets[assetId] = asset;
    map.assets = assets;
  }
  const conflicts = withPaths(ctx.conflicts, map, kept, overflow);
  return { map, conflicts, notices: ctx.notices, summary: summarize(mine, map, conflicts.length), sources: { base, mine, theirs, options } };
}

function orderLists(
  base: JourneyMap,
  mine: JourneyMap,
  theirs: JourneyMap,
  baseNotes: ReadonlyMap<string, Note>,
  merged: MergedCollections,
  copies: ReadonlyMap<string, Note[]>,
): OrderedLists {
  const ordered = <T extends { id: string }>(pick: (m: JourneyMap) => readonly T[], c: CollectionMerge<T>): T[] =>
    mergeOrder(ids(pick(base)), ids(pick(mine)), ids(pick(theirs)), (id) => c.items.has(id)).map((id) => c.items.get(id)!);
  const copyById = new Map<string, Note>();
  const copyIds = new Map<string, string[]>();
  for (const [original, list] of copies) {
    for (const copy of list) copyById.set(copy.id, copy);
    copyIds.set(original, list.map((c) => c.id));
  }
  const noteIds = orderNotes({
    base: base.notes,
    mine: mine.notes,
    theirs: theirs.notes,
    baseById: baseNotes,
    merged: merged.notes.items,
    copies: copyIds,
  });
  return {
    personas: ordered<Persona>((m) => m.personas, merged.personas),
    stages: ordered<Stage>((m) => m.stages, merged.stages),
    lanes: ordered<Lane>((m) => m.lanes, merged.lanes),
    notes: noteIds.map((noteId) => merged.notes.items.get(noteId) ?? copyById.get(noteId)!),
  };
}

/**
 * Each conflict with the path of its field in the merged map (the overflow
 * extension, for a thing kept there), and what was kept of the side not chosen.
 */
function withPaths(drafts: readonly ConflictDraft[], map: JourneyMap, kept: ReadonlyMap<string, KeptText>, overflow: string | null): MergeConflict[] {
  const index = {
    personas: new Map(map.personas.map((p, i) => [p.id, i])),
    stages: new Map(map.stages.map((s, i) => [s.id, i])),
    lanes: new Map(map.lanes.map((l, i) => [l.id, i])),
    notes: new Map(map.notes.map((n, i) => [n.id, i])),
  };
  return drafts.map((d) => {
    let path: string;
    if (d.collection === 'map') path = childPath('', d.field);
    else if (d.collection === 'assets') path = d.field === 'file' ? childPath('assets', d.id) : childPath(childPath('assets', d.id), d.field);
    else {
      const i = index[d.collection].get(d.id);
      const at = i === undefined ? childPath('', overflow ?? d.collection) : childPath(d.collection, i);
      path = d.field === 'cell' || i === undefined ? at : childPath(at, d.field);
    }
    const conflict: MergeConflict = { ...d, path };
    const k = kept.get(d.key);
    if (k) conflict.kept = k;
    return conflict;
  });
}

/**
 * Merges again with the user's choice for each conflict (`mine` or
 * `theirs`; all the same, by key, or by a function); conflicts not named
 * keep their resolution. The result's map is the final one.
 */
export function resolveConflicts(result: MergeResult, choices: Choices): MergeResult {
  const picked: Record<string, Side> = {};
  for (const c of result.conflicts) {
    if (typeof choices === 'string') picked[c.key] = choices;
    else if (typeof choices === 'function') picked[c.key] = choices(c);
    else picked[c.key] = Object.hasOwn(choices, c.key) ? choices[c.key]! : c.resolution;
  }
  const { base, mine, theirs, options } = result.sources;
  return mergeMaps(base, mine, theirs, { ...options, choices: picked });
}

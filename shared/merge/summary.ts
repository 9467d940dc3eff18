// Whether two maps are the same (as the canonical writer writes them), and
// what a merge changed in the map the user has open, in counts for the UI.
import { writeCjm } from '../format/writer';
import { ASSET_FIELDS, LANE_FIELDS, MAP_FIELDS, NOTE_FIELDS, PERSONA_FIELDS, STAGE_FIELDS, type FieldSpec } from '../format/schema';
import type { JourneyMap } from '../format/types';
import type { MergeSummary } from './types';
import { fieldOf, keysOf, sameEntity, sameValue } from './values';

/** The same map, byte for byte, once written canonically. */
export function mapsEqual(a: JourneyMap, b: JourneyMap): boolean {
  return a === b || writeCjm(a) === writeCjm(b);
}

const LISTS = new Set(['personas', 'stages', 'lanes', 'notes', 'assets']);

function countChanges(before: ReadonlyMap<string, object>, after: ReadonlyMap<string, object>, fields: readonly FieldSpec[], counts: MergeSummary): void {
  for (const [id, item] of after) {
    const old = before.get(id);
    if (old === undefined) counts.added++;
    else if (!sameEntity(old, item, fields)) counts.changed++;
  }
  for (const id of before.keys()) if (!after.has(id)) counts.removed++;
}

const listById = (items: readonly { id: string }[]) => new Map(items.map((i) => [i.id, i] as const));
const assetsById = (map: JourneyMap) => new Map(Object.keys(map.assets ?? {}).map((id) => [id, map.assets![id]!] as const));

/**
 * What the merged map adds, removes and changes compared with `mine` (the
 * map on screen): personas, stages, lanes, notes and assets each count once;
 * each of the map's own fields that differs counts as one change.
 */
export function summarize(mine: JourneyMap, merged: JourneyMap, conflicts: number): MergeSummary {
  const counts: MergeSummary = { added: 0, removed: 0, changed: 0, conflicts };
  const keys = new Set([...keysOf(mine, MAP_FIELDS), ...keysOf(merged, MAP_FIELDS)]);
  for (const key of keys) {
    if (!LISTS.has(key) && !sameValue(fieldOf(mine, key, MAP_FIELDS), fieldOf(merged, key, MAP_FIELDS))) counts.changed++;
  }
  countChanges(listById(mine.personas), listById(merged.personas), PERSONA_FIELDS, counts);
  countChanges(listById(mine.stages), listById(merged.stages), STAGE_FIELDS, counts);
  countChanges(listById(mine.lanes), listById(merged.lanes), LANE_FIELDS, counts);
  countChanges(listById(mine.notes), listById(merged.notes), NOTE_FIELDS, counts);
  countChanges(assetsById(mine), assetsById(merged), ASSET_FIELDS, counts);
  return counts;
}

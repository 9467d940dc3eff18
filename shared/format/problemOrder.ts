// Problems are listed in the order a reader of the file meets them (notes[0]
// before notes[2], a note's lane before its emotion), not in the order the
// checks happened to run, so a long report can be followed down the file.
import type { Problem } from './problems';
import { ASSET_FIELDS, LANE_FIELDS, MADE_FROM_FIELDS, MAP_FIELDS, METRIC_FIELDS, NOTE_FIELDS, PERSONA_FIELDS, STAGE_FIELDS } from './schema';

import type { FieldSpec } from './schema';

const rankOf = (fields: readonly FieldSpec[]) => new Map(fields.map((f, i) => [f.key, i]));
const RANKS = {
  map: rankOf(MAP_FIELDS),
  personas: rankOf(PERSONA_FIELDS),
  stages: rankOf(STAGE_FIELDS),
  lanes: rankOf(LANE_FIELDS),
  notes: rankOf(NOTE_FIELDS),
  metric: rankOf(METRIC_FIELDS),
  madeFrom: rankOf(MADE_FROM_FIELDS),
  assets: rankOf(ASSET_FIELDS),
};

/** The key order that applies at `depth` of a path (the entity's own field order). */
function ranksAt(path: readonly (string | number)[], depth: number): Map<string, number> | undefined {
  if (depth === 0) return RANKS.map;
  const list = path[0];
  if (depth === 2 && (list === 'personas' || list === 'stages' || list === 'lanes' || list === 'notes' || list === 'assets')) return RANKS[list];
  if (depth === 3 && list === 'notes' && path[2] === 'metric') return RANKS.metric;
  if (depth === 3 && list === 'notes' && path[2] === 'madeFrom') return RANKS.madeFrom;
  return undefined;
}

/** `notes[12].emotion` → ['notes', 12, 'emotion']; `assets["a"].data` → ['assets', 'a', 'data']. */
function segments(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  const pattern = /([A-Za-z_$][\w$-]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g;
  for (const m of path.matchAll(pattern)) out.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : (JSON.parse(m[3]!) as string)));
  return out;
}

/** Known keys in the entity's order, then others (extensions, unknown keys) by name. */
function compareSegment(a: string | number, b: string | number, ranks: Map<string, number> | undefined): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  const ra = ranks?.get(a) ?? 1000;
  const rb = ranks?.get(b) ?? 1000;
  return ra !== rb ? ra - rb : a < b ? -1 : a > b ? 1 : 0;
}

export function inFileOrder(problems: Problem[]): Problem[] {
  const keyed = problems.map((problem, i) => ({ problem, i, path: segments(problem.path) }));
  keyed.sort((x, y) => {
    const n = Math.min(x.path.length, y.path.length);
    for (let k = 0; k < n; k++) {
      const c = compareSegment(x.path[k]!, y.path[k]!, ranksAt(x.path, k));
      if (c !== 0) return c;
    }
    return x.path.length - y.path.length || x.i - y.i;
  });
  return keyed.map((k) => k.problem);
}

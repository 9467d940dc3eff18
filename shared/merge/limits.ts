// docs/format.md's limits (20 personas, 100 stages, 50 lanes, 100,000 notes) can
// be passed when both sides added things. The merge keeps every piece of
// content anyway: the newest additions that do not fit (and the notes in a
// stage or lane that does not fit) move, whole, into one extension of the
// map, `x-merge-overflow`, and the notices say which.
import { keepOriginal, freeKey } from '../format/readEntities';
import { LIMITS } from '../format/schema';
import type { Lane, Note, Persona, Stage } from '../format/types';
import type { MergeContext } from './entities';
import { depthOf } from './values';

export const OVERFLOW_EXTENSION = 'x-merge-overflow';

export interface OrderedLists {
  personas: Persona[];
  stages: Stage[];
  lanes: Lane[];
  notes: Note[];
}

type ListName = keyof OrderedLists;

const LIMIT: Record<ListName, number> = {
  personas: LIMITS.maxPersonas,
  stages: LIMITS.maxStages,
  lanes: LIMITS.maxLanes,
  notes: LIMITS.maxNotes,
};

/** Takes `excess` items out of `list`, latest first, only among `added`, those `spare` says are free first. */
function takeLatest<T extends { id: string }>(list: T[], excess: number, added: ReadonlySet<string>, spare: (item: T) => boolean = () => true): T[] {
  if (excess <= 0) return [];
  const out = new Set<T>();
  for (const pass of [true, false]) {
    for (let i = list.length - 1; i >= 0 && out.size < excess; i--) {
      const item = list[i]!;
      if (added.has(item.id) && (!pass || spare(item))) out.add(item);
    }
  }
  const remaining = list.filter((item) => !out.has(item));
  list.splice(0, list.length, ...remaining);
  return [...out].reverse();
}

/** Changes `lists` and `top` in place; returns the extension that holds what did not fit, or null. */
export function keepWithinLimits(ctx: MergeContext, lists: OrderedLists, added: Record<ListName, ReadonlySet<string>>, top: Record<string, unknown>): string | null {
  const overflow: Partial<Record<ListName, object[]>> = {};

  const personaInUse = new Set<unknown>([top.primaryPersona, ...lists.lanes.map((l) => l.persona)]);
  const personas = takeLatest(lists.personas, lists.personas.length - LIMIT.personas, added.personas, (p) => !personaInUse.has(p.id));
  if (personas.length > 0) {
    overflow.personas = personas;
    const gone = new Set(personas.map((p) => p.id));
    lists.lanes = lists.lanes.map((lane) => {
      if (lane.persona === undefined || !gone.has(lane.persona)) return lane;
      ctx.notices.push({ code: 'reference-dropped', collection: 'lanes', id: lane.id, field: 'persona', ref: lane.persona });
      const fixed = { ...lane };
      delete fixed.persona;
      keepOriginal(fixed as unknown as Record<string, unknown>, 'persona', lane.persona);
      return fixed;
    });
    if (typeof top.primaryPersona === 'string' && gone.has(top.primaryPersona)) {
      ctx.notices.push({ code: 'reference-dropped', collection: 'map', id: String(top.id), field: 'primaryPersona', ref: top.primaryPersona });
      const ref = top.primaryPersona;
      delete top.primaryPersona;
      keepOriginal(top, 'primaryPersona', ref);
    }
  }

  const stages = takeLatest(lists.stages, lists.stages.length - LIMIT.stages, added.stages);
  const lanes = takeLatest(lists.lanes, lists.lanes.length - LIMIT.lanes, added.lanes);
  if (stages.length > 0) overflow.stages = stages;
  if (lanes.length > 0) overflow.lanes = lanes;
  const goneStages = new Set(stages.map((s) => s.id));
  const goneLanes = new Set(lanes.map((l) => l.id));
  // Notes go with their stage or lane: they would point nowhere without it.
  const homeless = (n: Note) => goneStages.has(n.stage) || goneLanes.has(n.lane);
  const notes = goneStages.size + goneLanes.size > 0 ? lists.notes.filter(homeless) : [];
  if (notes.length > 0) lists.notes = lists.notes.filter((n) => !homeless(n));
  notes.push(...takeLatest(lists.notes, lists.notes.length - LIMIT.notes, added.notes));
  if (notes.length > 0) overflow.notes = notes;

  const names = Object.keys(overflow) as ListName[];
  if (names.length === 0) return null;
  const keptIn = freeKey(OVERFLOW_EXTENSION, (k) => Object.hasOwn(top, k));
  const value: Record<string, unknown> = {};
  for (const name of names) {
    // An item with deep extensions is kept as its JSON text, so the map stays within 64 levels.
    value[name] = overflow[name]!.map((item) => (depthOf(item) + 2 > LIMITS.maxExtensionDepth ? JSON.stringify(item) : item));
    ctx.notices.push({ code: 'over-limit', collection: name, ids: overflow[name]!.map((item) => (item as { id: string }).id), limit: LIMIT[name], keptIn });
  }
  top[keptIn] = value;
  return keptIn;
}

// Repairs of references that point nowhere. A note whose lane or stage is
// gone moves to one named "Recovered"; a persona or asset reference that
// points nowhere is dropped. Each keeps the original as `x-original-KEY`.
import type { Checker } from './checker';
import { freeKey, keepOriginal } from './readEntities';
import { LIMITS } from './schema';
import type { ReadLists } from './repairDuplicates';
import type { JourneyMap, Lane, Note, Persona, Stage } from './types';

/** docs/format.md names the lane and stage that receive orphaned notes. */
const RECOVERED_TITLE = 'Recovered';

/**
 * Runs on what was read even when other problems are fatal, so the report
 * lists every problem; a list that could not be read is not checked against.
 */
export function repairReferences(c: Checker, map: JourneyMap, lists: ReadLists, assetIds: Set<string> | null): void {
  const personaIds = lists.personas && new Set(lists.personas.map((p) => p.id));
  const asRecord = (o: object) => o as Record<string, unknown>;
  const personas = (lists.personas ?? []) as Persona[];
  const lanes = (lists.lanes ?? []) as Lane[];
  const notes = (lists.notes ?? []) as Note[];

  // The path is built only for a reference that is missing: most never are.
  const dropMissing = (owner: object, key: string, path: () => string, known: Set<string> | null, code: 'missing-persona' | 'missing-asset') => {
    const o = asRecord(owner);
    const id = o[key];
    if (known === null || typeof id !== 'string' || known.has(id)) return;
    delete o[key];
    const keptAs = keepOriginal(o, key, id);
    c.repair(path(), { code, id, keptAs });
  };

  if (typeof map.primaryPersona === 'string') dropMissing(map, 'primaryPersona', () => 'primaryPersona', personaIds, 'missing-persona');
  lanes.forEach((lane, i) => dropMissing(lane, 'persona', () => `lanes[${i}].persona`, personaIds, 'missing-persona'));
  personas.forEach((persona, i) => dropMissing(persona, 'photo', () => `personas[${i}].photo`, assetIds, 'missing-asset'));
  notes.forEach((note, i) => {
    if (note.image !== undefined) dropMissing(note, 'image', () => `notes[${i}].image`, assetIds, 'missing-asset');
  });

  const laneIds = lists.lanes && new Set(lists.lanes.map((l) => l.id));
  const stageIds = lists.stages && new Set(lists.stages.map((s) => s.id));
  // Made on first need, once: a missing "Recovered" lane is added only if a note needs it.
  let recoveredLane: Lane | null | undefined;
  let recoveredStage: Stage | null | undefined;
  notes.forEach((note, i) => {
    if (laneIds && typeof note.lane === 'string' && !laneIds.has(note.lane)) {
      if (recoveredLane === undefined) recoveredLane = recoveredLaneOf(c, lanes);
      if (recoveredLane !== null) {
        keepOriginal(asRecord(note), 'lane', note.lane);
        c.repair(`notes[${i}].lane`, { code: 'missing-lane', id: note.lane, recoveredTo: recoveredLane.title });
        note.lane = recoveredLane.id;
      }
    }
    if (stageIds && typeof note.stage === 'string' && !stageIds.has(note.stage)) {
      if (recoveredStage === undefined) recoveredStage = recoveredStageOf(c, lists.stages as Stage[]);
      if (recoveredStage !== null) {
        keepOriginal(asRecord(note), 'stage', note.stage);
        c.repair(`notes[${i}].stage`, { code: 'missing-stage', id: note.stage, recoveredTo: recoveredStage.title });
        note.stage = recoveredStage.id;
      }
    }
  });
}

function recoveredLaneOf(c: Checker, lanes: Lane[]): Lane | null {
  const existing = lanes.find((l) => l.title === RECOVERED_TITLE);
  if (existing) return existing;
  if (lanes.length >= LIMITS.maxLanes) {
    c.fatal('lanes', { code: 'no-room-to-recover', collection: 'lanes', limit: LIMITS.maxLanes });
    return null;
  }
  const lane: Lane = { id: freeKey('recovered', (id) => lanes.some((l) => l.id === id)), kind: 'text', title: RECOVERED_TITLE };
  lanes.push(lane);
  return lane;
}

function recoveredStageOf(c: Checker, stages: Stage[]): Stage | null {
  const existing = stages.find((s) => s.title === RECOVERED_TITLE);
  if (existing) return existing;
  if (stages.length >= LIMITS.maxStages) {
    c.fatal('stages', { code: 'no-room-to-recover', collection: 'stages', limit: LIMITS.maxStages });
    return null;
  }
  const stage: Stage = { id: freeKey('recovered', (id) => stages.some((s) => s.id === id)), title: RECOVERED_TITLE };
  stages.push(stage);
  return stage;
}

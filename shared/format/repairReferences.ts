// Repairs of references that point nowhere. A note whose lane or stage is
// gone moves to one named "Recovered"; a persona or asset reference that
// points nowhere is dropped. Each keeps the original as `x-original-KEY`.
import type { Checker } from './checker';
import { freeKey, keepOriginal } from './readEntities';
import { LIMITS } from './schema';
import type { JourneyMap, Lane, Stage } from './types';

/** FORMAT.md names the lane and stage that receive orphaned notes. */
export const RECOVERED_TITLE = 'Recovered';

export function repairReferences(c: Checker, map: JourneyMap): void {
  const personaIds = new Set(map.personas.map((p) => p.id));
  const assetIds = new Set(Object.keys(map.assets ?? {}));
  const asRecord = (o: object) => o as Record<string, unknown>;

  // The path is built only for a reference that is missing: most never are.
  const dropMissing = (owner: object, key: string, path: () => string, known: Set<string>, code: 'missing-persona' | 'missing-asset') => {
    const o = asRecord(owner);
    const id = o[key];
    if (typeof id !== 'string' || known.has(id)) return;
    delete o[key];
    const keptAs = keepOriginal(o, key, id);
    c.repair(path(), { code, id, keptAs });
  };

  if (typeof map.primaryPersona === 'string') dropMissing(map, 'primaryPersona', () => 'primaryPersona', personaIds, 'missing-persona');
  map.lanes.forEach((lane, i) => dropMissing(lane, 'persona', () => `lanes[${i}].persona`, personaIds, 'missing-persona'));
  map.personas.forEach((persona, i) => dropMissing(persona, 'photo', () => `personas[${i}].photo`, assetIds, 'missing-asset'));
  map.notes.forEach((note, i) => {
    if (note.image !== undefined) dropMissing(note, 'image', () => `notes[${i}].image`, assetIds, 'missing-asset');
  });

  const laneIds = new Set(map.lanes.map((l) => l.id));
  const stageIds = new Set(map.stages.map((s) => s.id));
  // Made on first need, once: a missing "Recovered" lane is added only if a note needs it.
  let recoveredLane: Lane | null | undefined;
  let recoveredStage: Stage | null | undefined;
  map.notes.forEach((note, i) => {
    if (!laneIds.has(note.lane)) {
      if (recoveredLane === undefined) recoveredLane = recoveredLaneOf(c, map);
      if (recoveredLane === null) return;
      keepOriginal(asRecord(note), 'lane', note.lane);
      c.repair(`notes[${i}].lane`, { code: 'missing-lane', id: note.lane, recoveredTo: recoveredLane.title });
      note.lane = recoveredLane.id;
    }
    if (!stageIds.has(note.stage)) {
      if (recoveredStage === undefined) recoveredStage = recoveredStageOf(c, map);
      if (recoveredStage === null) return;
      keepOriginal(asRecord(note), 'stage', note.stage);
      c.repair(`notes[${i}].stage`, { code: 'missing-stage', id: note.stage, recoveredTo: recoveredStage.title });
      note.stage = recoveredStage.id;
    }
  });
}

function recoveredLaneOf(c: Checker, map: JourneyMap): Lane | null {
  const existing = map.lanes.find((l) => l.title === RECOVERED_TITLE);
  if (existing) return existing;
  if (map.lanes.length >= LIMITS.maxLanes) {
    c.fatal('lanes', { code: 'no-room-to-recover', collection: 'lanes', limit: LIMITS.maxLanes });
    return null;
  }
  const lane: Lane = { id: freeKey('recovered', (id) => map.lanes.some((l) => l.id === id)), kind: 'text', title: RECOVERED_TITLE };
  map.lanes.push(lane);
  return lane;
}

function recoveredStageOf(c: Checker, map: JourneyMap): Stage | null {
  const existing = map.stages.find((s) => s.title === RECOVERED_TITLE);
  if (existing) return existing;
  if (map.stages.length >= LIMITS.maxStages) {
    c.fatal('stages', { code: 'no-room-to-recover', collection: 'stages', limit: LIMITS.maxStages });
    return null;
  }
  const stage: Stage = { id: freeKey('recovered', (id) => map.stages.some((s) => s.id === id)), title: RECOVERED_TITLE };
  map.stages.push(stage);
  return stage;
}

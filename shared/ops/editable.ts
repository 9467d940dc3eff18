// Whether notes may be edited, asked before anything runs: a note in a
// locked lane may not be (editableNote refuses with the same words), so the
// inspector's fields and the board's note editor can say so before anyone
// types. The facilitator's policy (review mode, locks) is the history's to
// answer (History.refusalOf); this is the map's own part.
import type { JourneyMap, Lane } from '../format/types';
import type { Refusal } from './refusal';

/** Why a lane's notes may not be edited, moved or added to, or null when they may. */
export function laneLockOf(lane: Pick<Lane, 'locked' | 'title'>): Refusal | null {
  return lane.locked ? { code: 'lane-locked', lane: lane.title } : null;
}

/** The first locked lane (in board order) among the lanes of these notes, as a refusal; null when none is. */
export function lockedLaneOf(map: Pick<JourneyMap, 'lanes' | 'notes'>, noteIds: readonly string[]): Refusal | null {
  const wanted = new Set(noteIds);
  const lanes = new Set<string>();
  for (const note of map.notes) if (wanted.has(note.id)) lanes.add(note.lane);
  for (const lane of map.lanes) {
    const refusal = lanes.has(lane.id) ? laneLockOf(lane) : null;
    if (refusal) return refusal;
  }
  return null;
}

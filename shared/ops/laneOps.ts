// Operations on lanes, the rows of the map.
import { LANE_FIELDS, LIMITS } from '../format/schema';
import type { LaneKind } from '../format/types';
import { setField } from './fields';
import { findLane, findPersona, laneIndex, requireFreeId } from './find';
import { removeNotesWhere } from './noteList';
import { defineOp } from './operation';
import { refuse, requireValid } from './refusal';
import { clampIndex, moveItem } from './reorder';

export const addLane = defineOp<{ id: string; kind: LaneKind; title: string; index?: number; color?: string; persona?: string }>({
  name: 'lane.add',
  run: (d, { id, kind, title, index, color, persona }) => {
    requireValid('id', { t: 'id' }, id);
    requireFreeId(d.lanes.map((l) => l.id), id, 'lanes');
    if (d.lanes.length >= LIMITS.maxLanes) refuse({ code: 'too-many', collection: 'lanes', limit: LIMITS.maxLanes });
    const lane = { id, kind, title: '' };
    setField(lane, LANE_FIELDS, 'kind', kind);
    setField(lane, LANE_FIELDS, 'title', title);
    setField(lane, LANE_FIELDS, 'color', color);
    if (persona !== undefined) {
      findPersona(d, persona);
      setField(lane, LANE_FIELDS, 'persona', persona);
    }
    d.lanes.splice(clampIndex(index, d.lanes.length), 0, lane);
  },
});

export const renameLane = defineOp<{ id: string; title: string }>({
  name: 'lane.rename',
  run: (d, { id, title }) => setField(findLane(d, id), LANE_FIELDS, 'title', title),
  coalesceKey: ({ id }) => `lane.title:${id}`,
});

export const recolourLane = defineOp<{ id: string; color: string | null }>({
  name: 'lane.recolour',
  run: (d, { id, color }) => setField(findLane(d, id), LANE_FIELDS, 'color', color),
});

export const setLaneHidden = defineOp<{ id: string; hidden: boolean }>({
  name: 'lane.setHidden',
  run: (d, { id, hidden }) => setField(findLane(d, id), LANE_FIELDS, 'hidden', hidden),
});

export const setLaneLocked = defineOp<{ id: string; locked: boolean }>({
  name: 'lane.setLocked',
  run: (d, { id, locked }) => setField(findLane(d, id), LANE_FIELDS, 'locked', locked),
});

export const moveLane = defineOp<{ id: string; index: number }>({
  name: 'lane.move',
  run: (d, { id, index }) => moveItem(d.lanes, laneIndex(d, id), index),
});

/** Whose experience the lane records; null for nobody in particular. */
export const setLanePersona = defineOp<{ id: string; persona: string | null }>({
  name: 'lane.setPersona',
  run: (d, { id, persona }) => {
    if (persona !== null) findPersona(d, persona);
    setField(findLane(d, id), LANE_FIELDS, 'persona', persona);
  },
});

/** Deletes a lane and every note in it; returns how many notes went. */
export const deleteLane = defineOp<{ id: string }, { removedNotes: number }>({
  name: 'lane.delete',
  run: (d, { id }) => {
    const i = laneIndex(d, id);
    const lane = d.lanes[i]!;
    if (lane.locked) refuse({ code: 'lane-locked', lane: lane.title });
    if (d.lanes.length <= 1) refuse({ code: 'last-one', collection: 'lanes' });
    const removedNotes = removeNotesWhere(d, (n) => n.lane === id);
    d.lanes.splice(i, 1);
    return { removedNotes };
  },
});

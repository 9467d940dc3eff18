// The map an export shows: notes not yet revealed and hidden lanes (with
// their notes) are private to the room until revealed, so they are left out
// unless the user asks to include them; asked, they are shown face up.
import type { JourneyMap } from '../format/types';

export function mapForExport(map: JourneyMap, includeHidden: boolean): JourneyMap {
  if (includeHidden) {
    return {
      ...map,
      lanes: map.lanes.map((lane) => (lane.hidden ? withoutKey(lane, 'hidden') : lane)),
      notes: map.notes.map((note) => (note.hidden ? withoutKey(note, 'hidden') : note)),
    };
  }
  const hiddenLanes = new Set(map.lanes.filter((lane) => lane.hidden).map((lane) => lane.id));
  if (hiddenLanes.size === 0 && !map.notes.some((note) => note.hidden)) return map;
  return {
    ...map,
    lanes: map.lanes.filter((lane) => !hiddenLanes.has(lane.id)),
    notes: map.notes.filter((note) => !note.hidden && !hiddenLanes.has(note.lane)),
  };
}

function withoutKey<T extends object, K extends keyof T>(value: T, key: K): T {
  const copy = { ...value };
  delete copy[key];
  return copy;
}

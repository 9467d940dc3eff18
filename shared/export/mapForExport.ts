// The map an export shows: notes not yet revealed and hidden lanes (with
// their notes) are private to the room until revealed, so their words are
// left out unless the user asks to include them; asked, they are shown face
// up. A picture still shows how many notes each cell holds (mapForPicture):
// the face-down cards, blank, as the room sees them on the board.
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

/**
 * The map a picture (SVG, PNG, PDF) draws: as mapForExport, with each
 * face-down note of a shown lane kept as a blank face-down card (its id,
 * cell and nothing else: no text, votes, tags or picture), so the poster
 * shows the room's count per cell and not one word of it.
 */
export function mapForPicture(map: JourneyMap, includeHidden: boolean): JourneyMap {
  const exported = mapForExport(map, includeHidden);
  if (includeHidden || !map.notes.some((note) => note.hidden)) return exported;
  const shownLanes = new Set(exported.lanes.map((lane) => lane.id));
  return {
    ...exported,
    notes: map.notes.flatMap((note) => {
      if (!shownLanes.has(note.lane)) return [];
      return note.hidden ? [{ id: note.id, lane: note.lane, stage: note.stage, text: '', hidden: true }] : [note];
    }),
  };
}

/**
 * The map with no note naming who wrote it, for an export shared outside
 * the room ("Leave authors out"): every other key of every note is kept.
 */
export function withoutAuthors(map: JourneyMap): JourneyMap {
  if (!map.notes.some((note) => note.author !== undefined)) return map;
  return { ...map, notes: map.notes.map((note) => (note.author === undefined ? note : withoutKey(note, 'author'))) };
}

/** Face-down notes per stage id (in shown lanes): what a report says the room has not revealed yet. */
export function faceDownByStage(map: JourneyMap): Map<string, number> {
  const shownLanes = new Set(map.lanes.filter((lane) => !lane.hidden).map((lane) => lane.id));
  const counts = new Map<string, number>();
  for (const note of map.notes) if (note.hidden && shownLanes.has(note.lane)) counts.set(note.stage, (counts.get(note.stage) ?? 0) + 1);
  return counts;
}

function withoutKey<T extends object, K extends keyof T>(value: T, key: K): T {
  const copy = { ...value };
  delete copy[key];
  return copy;
}

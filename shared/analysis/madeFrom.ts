// The votes behind an action, as every export reads them. An opportunity made
// from a voted note ("Make opportunities") keeps the votes that note had
// (`madeFrom`, docs/format.md) rather than taking them as its own, so that no
// total counts them twice; the action list and the reports show them as the
// action's votes, with any the action was given itself in a later round.
import type { JourneyMap, Note } from '../format/types';

/** The dots on `note` and on the note it was made from, when it was made. */
export function votesBehind(note: Note): number {
  return (note.votes ?? 0) + (note.madeFrom?.votes ?? 0);
}

/**
 * Finds the note a note was made from, when it is still on `map` (pass the
 * map as exported: a face-down source is not on it, and its words stay out).
 */
export function sourceNotes(map: JourneyMap): (note: Note) => Note | null {
  let byId: Map<string, Note> | null = null;
  return (note) => {
    const id = note.madeFrom?.note;
    if (id === undefined) return null;
    byId ??= new Map(map.notes.map((n) => [n.id, n]));
    return byId.get(id) ?? null;
  };
}

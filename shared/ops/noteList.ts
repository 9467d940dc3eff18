// Changes to the order or membership of `notes` assign a whole new array.
// Splicing the draft instead makes immer emit one patch per shifted index
// (50,000 patches to delete the first of 50,000 notes); one replacement is
// one patch whose undo restores the old array by reference.
import { current } from 'immer';
import type { Note } from '../format/types';
import type { MapDraft } from './operation';
import { dropAssetIfUnused } from './assets';
import { refuse } from './refusal';

export function notesNow(d: MapDraft): readonly Note[] {
  return current(d.notes) as readonly Note[];
}

export function replaceNotes(d: MapDraft, next: Note[]): void {
  d.notes = next;
}

/** Ids of the lanes whose notes the facilitator has locked. */
export function lockedLanes(d: MapDraft): Map<string, string> {
  const locked = new Map<string, string>();
  for (const lane of d.lanes) if (lane.locked) locked.set(lane.id, lane.title);
  return locked;
}

/** Removes the notes `match` picks, refusing if one is in a locked lane; returns how many went. */
export function removeNotesWhere(d: MapDraft, match: (note: Note) => boolean): number {
  const locked = lockedLanes(d);
  const kept: Note[] = [];
  const gone: Note[] = [];
  let removed = 0;
  for (const note of notesNow(d)) {
    if (!match(note)) kept.push(note);
    else {
      const lockedTitle = locked.get(note.lane);
      if (lockedTitle !== undefined) refuse({ code: 'lane-locked', lane: lockedTitle });
      removed++;
      if (note.image !== undefined) gone.push(note);
    }
  }
  if (removed > 0) {
    replaceNotes(d, kept);
    for (const note of gone) dropAssetIfUnused(d, note.image);
  }
  return removed;
}

/**
 * Index in `notes` at which a note lands to be at `position` within its cell
 * (lane × stage): before the cell's note now at that position, or after the
 * cell's last note, or at the end when the cell is empty.
 */
export function insertionIndex(notes: readonly Note[], lane: string, stage: string, position: number | undefined): number {
  let seen = 0;
  let afterLast = -1;
  for (let i = 0; i < notes.length; i++) {
    const n = notes[i]!;
    if (n.lane !== lane || n.stage !== stage) continue;
    if (position !== undefined && seen === position) return i;
    seen++;
    afterLast = i + 1;
  }
  return afterLast >= 0 ? afterLast : notes.length;
}

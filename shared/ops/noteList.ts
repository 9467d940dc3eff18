// Changes to the order or membership of `notes` assign a whole new array.
// Splicing the draft instead makes immer emit one patch per shifted index
// (50,000 patches to delete the first of 50,000 notes) and draft every note
// it walks past. The new array is frozen: immer then treats it as finished
// data and does not walk its 50,000 notes looking for drafts, and a later
// stray write to it throws.
import { current, isDraft, original } from 'immer';
import type { Note } from '../format/types';
import { dropAssetIfUnused } from './assets';
import type { MapDraft } from './operation';
import { refuse } from './refusal';

/** The notes as plain data, with the values they have now. */
export function notesNow(d: MapDraft): readonly Note[] {
  const notes = d.notes;
  return isDraft(notes) ? (current(notes) as readonly Note[]) : (notes as readonly Note[]);
}

/**
 * The notes as plain data for finding one by id: positions and ids are
 * those of now (only a whole-array replacement changes them), field values
 * may be older. Reading through the draft instead would draft each note.
 */
export function notesForLookup(d: MapDraft): readonly Note[] {
  const notes = d.notes;
  return isDraft(notes) ? (original(notes) as readonly Note[]) : (notes as readonly Note[]);
}

export function noteIndexOf(d: MapDraft, id: string): number {
  const notes = notesForLookup(d);
  for (let i = 0; i < notes.length; i++) if (notes[i]!.id === id) return i;
  return -1;
}

export function replaceNotes(d: MapDraft, next: Note[]): void {
  d.notes = Object.freeze(next) as Note[];
}

/** Ids of the lanes whose notes the facilitator has locked, with their titles. */
export function lockedLanes(d: MapDraft): Map<string, string> {
  const locked = new Map<string, string>();
  for (const lane of d.lanes) if (lane.locked) locked.set(lane.id, lane.title);
  return locked;
}

/** Removes the notes `match` picks, refusing if one is in a locked lane; returns how many went. */
export function removeNotesWhere(d: MapDraft, match: (note: Note) => boolean): number {
  const locked = lockedLanes(d);
  const kept: Note[] = [];
  const images: string[] = [];
  for (const note of notesNow(d)) {
    if (!match(note)) {
      kept.push(note);
      continue;
    }
    const lockedTitle = locked.get(note.lane);
    if (lockedTitle !== undefined) refuse({ code: 'lane-locked', lane: lockedTitle });
    if (note.image !== undefined) images.push(note.image);
  }
  const removed = notesForLookup(d).length - kept.length;
  if (removed > 0) {
    replaceNotes(d, kept);
    for (const image of images) dropAssetIfUnused(d, image);
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

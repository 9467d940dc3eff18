// Dot voting's operations. A vote is a tally the room keeps on a note, not an
// edit of what the note says: so these run on notes of a locked lane too (a
// facilitator typically locks the pain points, then has the room vote on
// them). `setVotes` (noteOps) stays the inspector's way to type a number and
// keeps refusing locked lanes like every other field edit.
import { findLane } from './find';
import { noteIndexOf, notesForLookup } from './noteList';
import { defineOp, type MapDraft } from './operation';
import { refuse } from './refusal';

const MAX_VOTES = 9999;

function clampVotes(votes: number): number {
  return Math.max(0, Math.min(MAX_VOTES, votes));
}

/** Writes a count the way the file keeps it: 0 is the default, so the key goes. */
function storeVotes(note: { votes?: number }, votes: number): void {
  if (votes === 0) delete note.votes;
  else note.votes = votes;
}

/**
 * Adds `delta` dots to one note (a click adds 1, a shift-click takes 1
 * back), clamped to 0–9,999; returns the note's count after it. Refused
 * when the note is gone (someone deleted it, or an undo took it away).
 */
export const addVote = defineOp<{ id: string; delta: number }, number>({
  name: 'note.addVote',
  run: (d, { id, delta }) => {
    if (!Number.isInteger(delta)) throw new Error(`addVote needs a whole number of votes, not ${delta}`);
    const i = noteIndexOf(d, id);
    if (i < 0) refuse({ code: 'not-found', collection: 'notes', id });
    // Read from the plain notes first: a click that changes nothing (0 and a
    // take-back) drafts nothing, so it makes no undo step.
    const before = notesForLookup(d)[i]!.votes ?? 0;
    const after = clampVotes(before + delta);
    if (after !== before) storeVotes(d.notes[i]!, after);
    return after;
  },
});

/**
 * Sets the votes of every note in `lanes` (every lane when null) back to 0,
 * as one step; returns how many notes had votes. Refused when a lane is gone.
 */
export const resetVotes = defineOp<{ lanes: string[] | null }, number>({
  name: 'note.resetVotes',
  run: (d, { lanes }) => {
    if (lanes) for (const lane of lanes) findLane(d, lane);
    const chosen = lanes ? new Set(lanes) : null;
    return clearWhere(d, (lane) => chosen === null || chosen.has(lane));
  },
});

/** Clears the votes of the notes whose lane `inLane` picks; only those notes are drafted. */
function clearWhere(d: MapDraft, inLane: (lane: string) => boolean): number {
  const notes = notesForLookup(d);
  let cleared = 0;
  for (let i = 0; i < notes.length; i++) {
    const note = notes[i]!;
    if (!note.votes || !inLane(note.lane)) continue;
    storeVotes(d.notes[i]!, 0);
    cleared++;
  }
  return cleared;
}

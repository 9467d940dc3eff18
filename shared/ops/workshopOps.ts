// Operations of the facilitator's rounds that are not edits of a note's
// content: turning face-down notes over. A locked lane does not stop a reveal
// (the lock keeps notes from being moved or reworded, not from being seen).
import { notesForLookup } from './noteList';
import { defineOp } from './operation';

/** Turns every face-down note over at once (the reveal after a silent round); returns how many. */
export const revealNotes = defineOp<Record<string, never>, number>({
  name: 'note.reveal',
  run: (d) => {
    // Found in the plain list, so only the face-down notes are drafted (not every note of a large map).
    const notes = notesForLookup(d);
    let turned = 0;
    for (let i = 0; i < notes.length; i++) {
      if (!notes[i]!.hidden) continue;
      delete d.notes[i]!.hidden;
      turned++;
    }
    return turned;
  },
});

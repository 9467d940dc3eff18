// Operations of the facilitator's rounds that are not edits of a note's
// content: turning face-down notes over. A locked lane does not stop a reveal
// (the lock keeps notes from being moved or reworded, not from being seen).
import { defineOp } from './operation';

/** Turns every face-down note over at once (the reveal after a silent round); returns how many. */
export const revealNotes = defineOp<Record<string, never>, number>({
  name: 'note.reveal',
  run: (d) => {
    let turned = 0;
    for (const note of d.notes) {
      if (!note.hidden) continue;
      delete note.hidden;
      turned++;
    }
    return turned;
  },
});

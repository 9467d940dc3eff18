// The facilitator's locks and rounds as a policy the undo history applies to
// every operation: a locked structure refuses adding, moving and deleting
// stages and lanes (renaming and recolouring stay open); review mode
// refuses every change, undo included; a silent round writes every note an
// operation adds face down, whichever way it was added (typed, pasted,
// duplicated, captured, imported).
import type { Refusal } from './refusal';

export interface EditPolicy {
  /** Why `opName` may not run now, or null when it may. `history.undo` and `history.redo` are asked too. */
  refuse(opName: string): Refusal | null;
  /** Notes added while this holds are written face down (`hidden`). */
  readonly newNotesFaceDown: boolean;
}

export interface FacilitatorModes {
  structureLocked: boolean;
  reviewMode: boolean;
  silentRound: boolean;
}

export const NO_MODES: FacilitatorModes = { structureLocked: false, reviewMode: false, silentRound: false };

/**
 * The operations that change the map's shape: its stages and lanes, their
 * number and order; and putting a whole earlier map back (a backup), which
 * may. Other people's saves arriving are not refused (History.unguarded).
 */
const STRUCTURE_OPS: ReadonlySet<string> = new Set(['stage.add', 'stage.move', 'stage.delete', 'lane.add', 'lane.move', 'lane.delete', 'map.merge']);

export function facilitatorPolicy(modes: FacilitatorModes): EditPolicy | null {
  if (!modes.structureLocked && !modes.reviewMode && !modes.silentRound) return null;
  return {
    refuse: (opName) => {
      if (modes.reviewMode) return { code: 'review-mode' };
      if (modes.structureLocked && STRUCTURE_OPS.has(opName)) return { code: 'structure-locked' };
      return null;
    },
    newNotesFaceDown: modes.silentRound && !modes.reviewMode,
  };
}

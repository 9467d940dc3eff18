// A named change to a map. Every edit in Jejak (the board, the command line,
// an import) is one of these, run by the History so that it can be undone.
import type { Draft } from 'immer';
import type { JourneyMap } from '../format/types';

export type MapDraft = Draft<JourneyMap>;

export interface Operation<A, R = void> {
  /** Stable name, e.g. `note.setText`: used in undo labels, logs and the command palette. */
  readonly name: string;
  /** Changes the draft, or throws OpRefusal leaving the map as it was. */
  run(draft: MapDraft, args: A): R;
  /**
   * Consecutive steps with the same key merge into one undo step until the
   * history is sealed: typing into one note is one step, however many keys.
   */
  coalesceKey?(args: A): string | undefined;
}

export function defineOp<A, R = void>(op: Operation<A, R>): Operation<A, R> {
  return op;
}

// Keeps the round's counters in step with undo and redo. A vote is one undo
// step in the map's history; undoing it must also give the dot back to the
// person who placed it (or they would be a dot short for a slip of the
// mouse), and redoing it must spend it again. The ledger remembers, for each
// step a vote or a reset made, how that step changed the round, and replays
// that when the history moves back or forward over it.
import type { History, Step } from '../../../shared/history/history';
import { recordDot, type VotingRound } from './round';

export interface LedgerEntry {
  undo(round: VotingRound): VotingRound;
  redo(round: VotingRound): VotingRound;
}

export class VoteLedger {
  // Weak: steps the history drops (past its limit, or a new branch) take their entries with them.
  private readonly entries = new WeakMap<Step, LedgerEntry>();
  private position: Step | null;
  private depth: number;

  constructor(
    private readonly history: History,
    private readonly change: (update: (round: VotingRound) => VotingRound) => void,
  ) {
    this.position = history.position;
    this.depth = history.depth;
  }

  /** Follows the history until the returned function is called. */
  follow(): () => void {
    this.position = this.history.position;
    this.depth = this.history.depth;
    return this.history.subscribe(() => this.moved());
  }

  /** Ties the step just made (the history's newest) to how it changed the round. */
  record(entry: LedgerEntry): void {
    const step = this.history.position;
    if (step) this.entries.set(step, entry);
    this.position = step;
    this.depth = this.history.depth;
  }

  private moved(): void {
    const position = this.history.position;
    const depth = this.history.depth;
    if (position !== this.position) {
      // One step back: the step that was newest has been undone. A step
      // forward onto a known step is a redo; a new step is not known yet.
      const undone = depth < this.depth ? this.position : null;
      const entry = undone ? this.entries.get(undone) : position ? this.entries.get(position) : undefined;
      if (entry) this.change(undone ? entry.undo : entry.redo);
    }
    this.position = position;
    this.depth = depth;
  }
}

/** How one dot changed the round: only the same person, in the same round, gets it back or spends it again. */
export function dotEntry(placed: Pick<VotingRound, 'id' | 'person'>, noteId: string, delta: 1 | -1): LedgerEntry {
  const same = (round: VotingRound) => round.id === placed.id && round.person === placed.person;
  return {
    undo: (round) => (same(round) ? recordDot(round, noteId, delta === 1 ? -1 : 1) : round),
    redo: (round) => (same(round) ? recordDot(round, noteId, delta) : round),
  };
}

/** How a reset changed the round: undo goes back to the round as it was, redo to the restarted one. */
export function resetEntry(before: VotingRound, after: VotingRound): LedgerEntry {
  return {
    undo: (round) => (round.id === after.id ? { ...before, active: round.active } : round),
    redo: (round) => (round.id === before.id ? { ...after, active: round.active } : round),
  };
}

// The dot-voting round of one map on this laptop, kept in the window's
// storage under the map's id: a reload in the middle of a round (or the
// laptop's browser tab restarted) comes back at the same person with the
// same dots left. The votes themselves are in the map; this is only who is
// voting and how many dots they have spent.
import { StoredValue, useStoredValue } from '../../app/storedValue';
import { parseRound, type VotingRound } from './round';

export class VotingStore extends StoredValue<VotingRound | null> {
  constructor(mapId: string, storage?: ConstructorParameters<typeof StoredValue>[3]) {
    super(`jejak.dotVoting.${mapId}`, parseRound, (round) => round === null, storage);
  }

  /** Changes the round there is; does nothing when there is none. */
  update(change: (round: VotingRound) => VotingRound): void {
    const round = this.get();
    if (round) this.set(change(round));
  }
}

export function useVotingRound(store: VotingStore): VotingRound | null {
  return useStoredValue(store);
}

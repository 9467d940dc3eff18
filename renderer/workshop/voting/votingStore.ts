// The dot-voting round of one map on this laptop, kept in the window's
// storage under the map's id: a reload in the middle of a round (or the
// laptop's browser tab restarted) comes back at the same person with the
// same dots left. The votes themselves are in the map; this is only who is
// voting and how many dots they have spent.
import { useSyncExternalStore } from 'react';
import { parseRound, type VotingRound } from './round';

const KEY_PREFIX = 'jejak.dotVoting.';

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;

export class VotingStore {
  private round: VotingRound | null;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly mapId: string,
    private readonly storage: Storage | null = safeStorage(),
  ) {
    this.round = this.read();
  }

  get(): VotingRound | null {
    return this.round;
  }

  /** Replaces the round (null ends it) and keeps it in storage. */
  set(round: VotingRound | null): void {
    this.round = round;
    try {
      if (round) this.storage?.setItem(KEY_PREFIX + this.mapId, JSON.stringify(round));
      else this.storage?.removeItem(KEY_PREFIX + this.mapId);
    } catch {
      // Storage full or refused (a private window): the round still holds for this page.
    }
    for (const listener of this.listeners) listener();
  }

  /** Changes the round there is; does nothing when there is none. */
  update(change: (round: VotingRound) => VotingRound): void {
    if (this.round) this.set(change(this.round));
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private read(): VotingRound | null {
    try {
      return parseRound(JSON.parse(this.storage?.getItem(KEY_PREFIX + this.mapId) ?? 'null'));
    } catch {
      return null;
    }
  }
}

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function useVotingRound(store: VotingStore): VotingRound | null {
  return useSyncExternalStore(store.subscribe, () => store.get());
}

// The facilitator's locks and rounds for one map on this laptop: a locked
// structure, read-only review mode, a silent round. They are how this laptop
// runs the room, not part of the map (FORMAT.md has no place for them; a
// lane's own lock is in the file), so they are kept per map id in the
// window's storage and survive a reload in the middle of a workshop.
import { useSyncExternalStore } from 'react';
import { NO_MODES, type FacilitatorModes } from '../../shared/ops/facilitatorPolicy';

const KEY_PREFIX = 'jejak.facilitatorModes.';

type Listener = () => void;

export class FacilitatorModesStore {
  private modes: FacilitatorModes;
  private readonly listeners = new Set<Listener>();

  constructor(
    private readonly mapId: string,
    private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null = safeStorage(),
  ) {
    this.modes = this.read();
  }

  get(): FacilitatorModes {
    return this.modes;
  }

  set(change: Partial<FacilitatorModes>): void {
    this.modes = { ...this.modes, ...change };
    try {
      if (this.modes.structureLocked || this.modes.reviewMode || this.modes.silentRound) this.storage?.setItem(KEY_PREFIX + this.mapId, JSON.stringify(this.modes));
      else this.storage?.removeItem(KEY_PREFIX + this.mapId);
    } catch {
      // Storage full or refused (a private window): the modes still hold for this page.
    }
    for (const listener of this.listeners) listener();
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private read(): FacilitatorModes {
    try {
      const stored = JSON.parse(this.storage?.getItem(KEY_PREFIX + this.mapId) ?? 'null') as Partial<FacilitatorModes> | null;
      if (!stored || typeof stored !== 'object') return NO_MODES;
      return { structureLocked: stored.structureLocked === true, reviewMode: stored.reviewMode === true, silentRound: stored.silentRound === true };
    } catch {
      return NO_MODES;
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

export function useFacilitatorModes(store: FacilitatorModesStore): FacilitatorModes {
  return useSyncExternalStore(store.subscribe, () => store.get());
}

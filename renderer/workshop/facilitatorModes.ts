// The facilitator's locks and rounds for one map on this laptop: a locked
// structure, read-only review mode, a silent round. They are how this laptop
// runs the room, not part of the map (docs/format.md has no place for them; a
// lane's own lock is in the file), so they are kept per map id in the
// window's storage and survive a reload in the middle of a workshop.
import { NO_MODES, type FacilitatorModes } from '../../shared/ops/facilitatorPolicy';
import { StoredValue } from '../app/storedValue';

export function facilitatorModesOf(mapId: string, storage?: ConstructorParameters<typeof StoredValue>[3]): StoredValue<FacilitatorModes> {
  return new StoredValue<FacilitatorModes>(
    `jejak.facilitatorModes.${mapId}`,
    (stored) => {
      if (!stored || typeof stored !== 'object') return NO_MODES;
      const modes = stored as Partial<FacilitatorModes>;
      return { structureLocked: modes.structureLocked === true, reviewMode: modes.reviewMode === true, silentRound: modes.silentRound === true };
    },
    (modes) => !modes.structureLocked && !modes.reviewMode && !modes.silentRound,
    storage,
  );
}

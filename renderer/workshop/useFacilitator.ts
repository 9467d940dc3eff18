// The facilitator's locks, rounds and presentation for the open map: the
// modes (kept per map on this laptop), the policy they put on the undo
// history, and the actions that switch them, each saying what it did.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { refusalMessage } from '../../shared/i18n/refusals';
import { ops } from '../../shared/ops';
import { lockedLaneOf } from '../../shared/ops/editable';
import { facilitatorPolicy, type FacilitatorModes } from '../../shared/ops/facilitatorPolicy';
import type { Session } from '../app/session';
import { currentLanguage, useWords } from '../words';
import { useStoredValue } from '../app/storedValue';
import { facilitatorModesOf } from './facilitatorModes';

export interface Facilitator {
  modes: FacilitatorModes;
  /** The stage present mode started on, or null when not presenting. */
  presenting: number | null;
  present(startStage: number): void;
  stopPresenting(): void;
  toggleSilentRound(): void;
  reveal(): void;
  toggleStructureLock(): void;
  toggleReviewMode(): void;
  unlockLanes(): void;
  /** Whether a note may be opened for typing; says why not when it may not. */
  mayEdit(noteId: string): boolean;
}

export function useFacilitator(session: Session, notify: (message: string) => void): Facilitator {
  const w = useWords();
  const store = useMemo(() => facilitatorModesOf(session.map.id), [session]);
  const modes = useStoredValue(store);
  const [presenting, setPresenting] = useState<number | null>(null);

  useEffect(() => {
    session.history.setPolicy(facilitatorPolicy(modes));
    return () => session.history.setPolicy(null);
  }, [session, modes]);

  const reveal = useCallback(() => {
    const hidden = session.map.notes.filter((n) => n.hidden).length;
    if (hidden === 0) return notify(w.facilitator.nothingToReveal);
    session.history.seal();
    const result = session.history.apply(ops.revealNotes, {});
    session.history.seal();
    // Revealing ends the round: what is written next, in the discussion, is face up.
    if (result.ok && modes.silentRound) store.set({ ...modes, silentRound: false });
    notify(result.ok ? w.facilitator.revealed({ count: result.value }) : refusalMessage(result.refusal, currentLanguage()));
  }, [session, notify, w, modes, store]);

  const unlockLanes = useCallback(() => {
    const locked = session.map.lanes.filter((l) => l.locked);
    if (locked.length === 0) return;
    session.history.seal();
    const result = session.history.transaction('lane.unlockAll', (run) => {
      for (const lane of locked) run(ops.setLaneLocked, { id: lane.id, locked: false });
    });
    session.history.seal();
    if (!result.ok) notify(refusalMessage(result.refusal, currentLanguage()));
  }, [session, notify]);

  const mayEdit = useCallback(
    (noteId: string) => {
      // The inspector's fields ask the same (panels/useRefusals.ts).
      const refusal = session.history.refusalOf(ops.setNoteText.name) ?? lockedLaneOf(session.map, [noteId]);
      if (refusal) notify(refusalMessage(refusal, currentLanguage()));
      return refusal === null;
    },
    [session, notify],
  );

  return {
    modes,
    presenting,
    present: setPresenting,
    stopPresenting: () => setPresenting(null),
    toggleSilentRound: () => {
      store.set({ ...modes, silentRound: !modes.silentRound });
      notify(modes.silentRound ? w.facilitator.silentOff : w.facilitator.silentOn);
    },
    reveal,
    toggleStructureLock: () => {
      store.set({ ...modes, structureLocked: !modes.structureLocked });
      notify(modes.structureLocked ? w.facilitator.structureOff : w.facilitator.structureOn);
    },
    toggleReviewMode: () => {
      store.set({ ...modes, reviewMode: !modes.reviewMode });
      notify(modes.reviewMode ? w.facilitator.reviewOff : w.facilitator.reviewOn);
    },
    unlockLanes,
    mayEdit,
  };
}

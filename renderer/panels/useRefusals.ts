// What the inspector's and panels' fields may change now, and why not, asked
// for the very operation each field runs: the history's policy (review mode,
// the facilitator's locks) first, then, for notes, a locked lane among
// theirs (the rule editableNote refuses with). One place, so a field is
// disabled exactly when its change would be refused, and says why.
import { useCallback, useSyncExternalStore } from 'react';
import type { JourneyMap } from '../../shared/format/types';
import type { History } from '../../shared/history/history';
import { refusalMessage } from '../../shared/i18n/refusals';
import { lockedLaneOf } from '../../shared/ops/editable';
import type { Refusal } from '../../shared/ops/refusal';
import { useLanguage } from '../words';

type Op = { readonly name: string };

export interface Refusals {
  /** Why `op` (on the map, a lane or a persona) may not run now, in the person's words; null when it may. */
  of(op: Op): string | null;
  /** For these notes: why `op` may not change them now; null when it may. */
  forNotes(noteIds: readonly string[]): (op: Op) => string | null;
}

export function useRefusals(history: History, map: Pick<JourneyMap, 'lanes' | 'notes'>): Refusals {
  // Redraw when review mode or a lock starts or ends, as well as when the map changes.
  const subscribe = useCallback((listener: () => void) => history.subscribePolicy(listener), [history]);
  useSyncExternalStore(subscribe, () => history.editPolicy);
  const language = useLanguage();
  const words = (refusal: Refusal | null) => (refusal ? refusalMessage(refusal, language) : null);
  return {
    of: (op) => words(history.refusalOf(op.name)),
    forNotes: (noteIds) => {
      const lane = lockedLaneOf(map, noteIds);
      return (op) => words(history.refusalOf(op.name) ?? lane);
    },
  };
}

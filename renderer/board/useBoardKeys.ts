// The board's keyboard: one listener for the registry's shortcuts. Keys
// typed into a field or a dialog stay there, except the file shortcuts
// (Save, Save as, Open, Close, Export), which commit the field first; while
// presenting, present mode has the keys. Space held is remembered (space+drag pans).
import { useEffect, type RefObject } from 'react';
import { ACTIONS, type ActionId } from '../../shared/actions/registry';
import { matchesShortcut } from '../actions/keys';

/** Shortcuts that act on the whole file, and so work even while typing in a field of a side panel. */
const FILE_SHORTCUTS: readonly ActionId[] = ['save', 'saveAs', 'open', 'close', 'export'];

export function useBoardKeys(run: (id: ActionId) => void, space: RefObject<boolean>, presenting: RefObject<boolean>): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === ' ') space.current = event.type === 'keydown';
      if (event.type !== 'keydown' || presenting.current) return;
      const target = event.target as HTMLElement;
      if (target.closest('[role="dialog"]')) return;
      if (target.closest('input, textarea, select')) {
        // Saving (and the other file shortcuts) work from a field too: it is committed first (blur), then the action runs.
        const fileAction = FILE_SHORTCUTS.find((id) => ACTIONS.find((a) => a.id === id)!.keys.some((k) => matchesShortcut(event, k)));
        if (!fileAction) return;
        event.preventDefault();
        target.blur();
        window.setTimeout(() => run(fileAction), 0);
        return;
      }
      // Enter and Space press a focused button of a side panel (the inspector's "Choose…", say), not the board's shortcuts.
      if ((event.key === 'Enter' || event.key === ' ') && target.closest('aside button')) return;
      for (const action of ACTIONS) {
        if (!action.keys.some((k) => matchesShortcut(event, k))) continue;
        if ('native' in action && action.native) return;
        event.preventDefault();
        run(action.id);
        return;
      }
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('keyup', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('keyup', onKey);
    };
  }, [run]);
}

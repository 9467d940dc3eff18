// The board's layers of the keyboard dispatcher: the registry's shortcuts on
// the board (the outermost layer), and the few that work while text is
// typed in a field (the innermost): the file shortcuts (Save, Save as,
// Open, Close, Export) commit the field first. Other shortcuts with ⌘/Ctrl
// do nothing while typing, so the desktop app's menus do not hear them
// either; plain keys type. Space held is remembered (space+drag pans).
import type { RefObject } from 'react';
import { actionOf, type ActionId } from '../../shared/actions/registry';
import { actionForKey, withMod } from '../actions/keys';
import { controlTakesKey } from '../keyboard/focus';
import { useKeyLayer } from '../keyboard/useKeyLayer';

export function useBoardKeys(run: (id: ActionId) => void, space: RefObject<boolean>): void {
  useKeyLayer('text', (event) => {
    const id = actionForKey(event);
    const action = id && actionOf(id);
    // Undo, redo, select all and the clipboard are the field's own.
    if (!id || !action || action.native || action.inField === 'field-own') return 'pass';
    if (action.inField === 'commit-first') {
      // Committed by leaving the field (its blur), then the action runs.
      (document.activeElement as HTMLElement | null)?.blur();
      window.setTimeout(() => run(id), 0);
      return 'handled';
    }
    return withMod(event) ? 'handled' : 'pass';
  });

  useKeyLayer(
    'board',
    (event) => {
      if (event.key === ' ') space.current = true;
      if (controlTakesKey(document.activeElement, event)) return 'focus';
      const id = actionForKey(event);
      // The browser's own copy, cut and paste events carry the clipboard (useClipboardEvents).
      if (!id || actionOf(id).native) return 'pass';
      run(id);
      return 'handled';
    },
    {
      keyUp: (event) => {
        if (event.key === ' ') space.current = false;
      },
    },
  );
}

// A modal's layer of the keyboard: Escape cancels (when it may), every
// other key stays with what has the focus, and none reaches the board.
import type { RefObject } from 'react';
import { useKeyLayer } from '../keyboard/useKeyLayer';

export function useDialogKeys(root: RefObject<Element | null>, onEscape: (() => void) | null): void {
  useKeyLayer(
    'dialog',
    (event) => {
      if (event.key !== 'Escape' || !onEscape) return 'focus';
      onEscape();
      return 'handled';
    },
    { root },
  );
}

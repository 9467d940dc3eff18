// A bar's or popover's layer of the keyboard (find, quick capture, filters,
// the timer's and the curves' popovers): Escape closes it, from its fields
// or from the board. With `ownKeys`, the keys it names stay with its
// buttons and fields while the focus is inside it; the rest go on to the board.
import type { RefObject } from 'react';
import type { KeyPress } from './dispatcher';
import { focusInside, useKeyLayer } from './useKeyLayer';

export interface BarKeyOptions {
  active?: boolean;
  ownKeys?(event: KeyPress): boolean;
}

export function useBarKeys(root: RefObject<Element | null>, onEscape: () => void, options: BarKeyOptions = {}): void {
  useKeyLayer(
    'bar',
    (event) => {
      if (event.key === 'Escape') {
        onEscape();
        return 'handled';
      }
      return options.ownKeys?.(event) && focusInside(root) ? 'focus' : 'pass';
    },
    { root, active: options.active },
  );
}

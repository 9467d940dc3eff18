// A React component's layer of the keyboard dispatcher, there while the
// component is mounted (and `active`), always calling its latest handler.
// Added as the component is laid out, so no key can slip past an overlay
// already on screen to the board underneath.
import { useLayoutEffect, useRef, type RefObject } from 'react';
import { addKeyLayer, type KeyOutcome, type KeyPress, type KeyRank } from './dispatcher';

export interface KeyLayerOptions {
  active?: boolean;
  /** The element the layer draws: Escape in a text field inside it comes here. */
  root?: RefObject<Element | null>;
  keyUp?(event: KeyPress): void;
}

export function useKeyLayer(rank: KeyRank, key: (event: KeyPress) => KeyOutcome, options: KeyLayerOptions = {}): void {
  const latest = useRef({ key, options });
  latest.current = { key, options };
  const active = options.active ?? true;
  useLayoutEffect(() => {
    if (!active) return;
    return addKeyLayer({
      rank,
      root: () => latest.current.options.root?.current ?? null,
      key: (event) => latest.current.key(event),
      keyUp: (event) => latest.current.options.keyUp?.(event),
    });
  }, [rank, active]);
}

/** True when the focus is inside `root` (the layer's own buttons and fields have their keys). */
export function focusInside(root: RefObject<Element | null>): boolean {
  return root.current?.contains(document.activeElement) === true;
}

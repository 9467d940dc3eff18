// Closes a popover or menu when the pointer goes down anywhere outside it.
// A press that opened it (a header's menu opens as the button goes down, and
// React may attach this listener before that same press's mousedown
// arrives) does not count: only presses that began after it opened do.
import { useEffect, type RefObject } from 'react';

export function useClickOutside(inside: RefObject<HTMLElement | null>, active: boolean, onOutside: () => void): void {
  useEffect(() => {
    if (!active) return;
    const openedAt = performance.now();
    const onDown = (event: MouseEvent) => {
      if (event.timeStamp < openedAt) return;
      if (!inside.current?.contains(event.target as Node)) onOutside();
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [inside, active, onOutside]);
}

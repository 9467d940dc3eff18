// Closes a popover or menu when the pointer goes down anywhere outside it.
import { useEffect, type RefObject } from 'react';

export function useClickOutside(inside: RefObject<HTMLElement | null>, active: boolean, onOutside: () => void): void {
  useEffect(() => {
    if (!active) return;
    const onDown = (event: MouseEvent) => {
      if (!inside.current?.contains(event.target as Node)) onOutside();
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [inside, active, onOutside]);
}

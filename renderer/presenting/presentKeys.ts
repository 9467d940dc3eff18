// What each key does in present mode. Presentation clickers send Page Down
// and Page Up (some send arrows, and "b" or "." to blank the screen), so
// those move through the stages; letters switch the room's aids; + and -
// zoom (the numeric keypad's too), 0 goes back to the fitted zoom.
export type PresentCommand =
  | { kind: 'next' }
  | { kind: 'previous' }
  | { kind: 'first' }
  | { kind: 'last' }
  | { kind: 'stage'; index: number }
  | { kind: 'scroll'; direction: 1 | -1 }
  | { kind: 'overview' }
  | { kind: 'spotlight-stage' }
  | { kind: 'spotlight-lane' }
  | { kind: 'zoom'; steps: 1 | -1 }
  | { kind: 'zoom-reset' }
  | { kind: 'pointer' }
  | { kind: 'blank' }
  | { kind: 'hints' }
  | { kind: 'exit' };

export interface KeyLike {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

export function presentCommand(event: KeyLike): PresentCommand | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  switch (event.key) {
    case 'ArrowRight':
    case 'PageDown':
    case 'Enter':
      return { kind: 'next' };
    case ' ':
      return event.shiftKey ? { kind: 'previous' } : { kind: 'next' };
    case 'ArrowLeft':
    case 'PageUp':
    case 'Backspace':
      return { kind: 'previous' };
    case 'Home':
      return { kind: 'first' };
    case 'End':
      return { kind: 'last' };
    case 'ArrowDown':
      return { kind: 'scroll', direction: 1 };
    case 'ArrowUp':
      return { kind: 'scroll', direction: -1 };
    case 'Escape':
      return { kind: 'exit' };
    case '?':
      return { kind: 'hints' };
    case 'b':
    case 'B':
    case '.':
      return { kind: 'blank' };
    case '+':
    case '=':
      return { kind: 'zoom', steps: 1 };
    case '-':
    case '_':
      return { kind: 'zoom', steps: -1 };
    case '0':
      return { kind: 'zoom-reset' };
  }
  const letter = event.key.toLowerCase();
  if (letter === 'o') return { kind: 'overview' };
  if (letter === 's') return { kind: 'spotlight-stage' };
  if (letter === 'l') return { kind: 'spotlight-lane' };
  if (letter === 'h') return { kind: 'pointer' };
  if (/^[1-9]$/.test(event.key)) return { kind: 'stage', index: Number(event.key) - 1 };
  return null;
}

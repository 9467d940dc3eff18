// Keyboard shortcuts written as "Mod+Shift+Z": Mod is ⌘ on macOS and Ctrl
// elsewhere, so one registry serves both.
export const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export function matchesShortcut(event: KeyboardEvent, shortcut: string): boolean {
  const parts = shortcut.split('+');
  const key = parts.pop()!;
  const want = new Set(parts);
  const mod = IS_MAC ? event.metaKey : event.ctrlKey;
  // "Ctrl" is the Control key itself: outside macOS that is Mod (Ctrl+Y redoes there);
  // on macOS it is a key of its own that must be held, and only then.
  if ((want.has('Mod') || (!IS_MAC && want.has('Ctrl'))) !== mod) return false;
  if (IS_MAC && want.has('Ctrl') !== event.ctrlKey) return false;
  if (want.has('Alt') !== event.altKey) return false;
  // Shift is part of symbols such as "?" and "+"; it only has to match for letters and named keys.
  const letterOrNamed = key.length > 1 || /[a-z]/i.test(key);
  if (letterOrNamed && want.has('Shift') !== event.shiftKey) return false;
  return event.key.toLowerCase() === key.toLowerCase() || (key === 'Space' && event.key === ' ');
}

export function shortcutLabel(shortcut: string): string {
  return shortcut
    .split('+')
    .map((part) => (part === 'Mod' ? (IS_MAC ? '⌘' : 'Ctrl') : part.replace('Arrow', '')))
    .join(IS_MAC ? '' : '+');
}

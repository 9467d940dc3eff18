// Shortcuts as the registry writes them ("Mod+Shift+Z"; Mod is ⌘ on macOS
// and Ctrl elsewhere; Plus is the + key), read into parts and shown the way
// each platform writes them.
import type { Platform } from './action';

export function shortcutParts(shortcut: string): { modifiers: ReadonlySet<string>; key: string } {
  const parts = shortcut.split('+');
  const key = parts.pop()!;
  return { modifiers: new Set(parts), key: key === 'Plus' ? '+' : key };
}

/**
 * A key that types text or moves through it (N, 0, ?, Delete, Enter, the
 * arrows, with or without Shift or Alt): a shortcut only while no field has
 * the keyboard, so never a native menu accelerator.
 */
export function isSingleKey(shortcut: string): boolean {
  const { modifiers } = shortcutParts(shortcut);
  return !modifiers.has('Mod') && !modifiers.has('Ctrl');
}

const MAC_MODIFIERS: Record<string, string> = { Mod: '⌘', Shift: '⇧', Alt: '⌥', Ctrl: '⌃' };
const KEY_NAMES: Record<string, string> = { ArrowLeft: '←', ArrowRight: '→', ArrowUp: '↑', ArrowDown: '↓', Escape: 'Esc' };

/** "Mod+Shift+Z" → "⌘⇧Z" on macOS, "Ctrl+Shift+Z" elsewhere. */
export function shortcutLabel(shortcut: string, platform: Platform): string {
  const { modifiers, key } = shortcutParts(shortcut);
  const name = KEY_NAMES[key] ?? (key.length === 1 ? key.toUpperCase() : key);
  if (platform === 'mac') return [...modifiers].map((m) => MAC_MODIFIERS[m] ?? m).join('') + name;
  return [...[...modifiers].map((m) => (m === 'Mod' ? 'Ctrl' : m)), name].join('+');
}

// The registry's shortcuts on this computer: Mod is ⌘ on macOS and Ctrl
// elsewhere, and each platform has its own extras (Ctrl+Y redoes off macOS).
import type { Platform } from '../../shared/actions/action';
import { ACTION_IDS, keysOf, type ActionId } from '../../shared/actions/registry';
import { shortcutLabel, shortcutParts } from '../../shared/actions/shortcuts';
import type { KeyPress } from '../keyboard/dispatcher';

const PLATFORM: Platform = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? 'mac' : 'other';

function matchesShortcut(event: KeyPress, shortcut: string): boolean {
  const { modifiers, key } = shortcutParts(shortcut);
  const mac = PLATFORM === 'mac';
  const mod = mac ? event.metaKey : event.ctrlKey;
  // "Ctrl" is the Control key itself: outside macOS that is Mod; on macOS a key of its own.
  if ((modifiers.has('Mod') || (!mac && modifiers.has('Ctrl'))) !== mod) return false;
  if (mac && modifiers.has('Ctrl') !== event.ctrlKey) return false;
  if (modifiers.has('Alt') !== event.altKey) return false;
  // Shift is part of symbols such as "?" and "+"; it only has to match for letters and named keys.
  const letterOrNamed = key.length > 1 || /[a-z]/i.test(key);
  if (letterOrNamed && modifiers.has('Shift') !== event.shiftKey) return false;
  return event.key.toLowerCase() === key.toLowerCase() || (key === 'Space' && event.key === ' ');
}

/** The action whose shortcut the key is, on this platform. */
export function actionForKey(event: KeyPress): ActionId | null {
  return ACTION_IDS.find((id) => keysOf(id, PLATFORM).some((k) => matchesShortcut(event, k))) ?? null;
}

/** Whether ⌘ (macOS) or Ctrl is held: a command, never typing. */
export function withMod(event: KeyPress): boolean {
  return PLATFORM === 'mac' ? event.metaKey : event.ctrlKey;
}

/** The action's shortcuts as this platform writes them. */
export function keyLabels(id: ActionId): string[] {
  return keysOf(id, PLATFORM).map((k) => shortcutLabel(k, PLATFORM));
}

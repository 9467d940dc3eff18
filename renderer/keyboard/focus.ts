// What has the keyboard: a field that takes typing, or a control that
// takes Enter and Space itself.
import type { KeyPress } from './dispatcher';

/** Input types that do not take typing: their keys are the page's. */
const NOT_TYPED = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'color', 'file', 'image', 'hidden']);

/** A field text is typed into (or a list is chosen from with the arrows): its keys are its own. */
export function isTextField(element: Element | null): boolean {
  if (!element) return false;
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return true;
  if (element instanceof HTMLInputElement) return !NOT_TYPED.has(element.type);
  return element instanceof HTMLElement && element.isContentEditable;
}

/**
 * A focused button (or box) of a panel, bar, popover or menu bar presses on
 * Enter and Space, as does a control of the page's own making (the timer's
 * display), and a menu button opens on ↓, instead of the board's shortcuts.
 * The title bar's buttons keep the board's Enter, as a click leaves the
 * focus there.
 */
export function controlTakesKey(element: Element | null, event: KeyPress): boolean {
  if (!element || element === document.body || !element.matches('button, a[href], input, summary, [role="button"], [role="menuitem"], [tabindex]')) return false;
  if (event.key === 'ArrowDown' && element.matches('[aria-haspopup]') && element.closest('nav')) return true;
  if (event.key !== 'Enter' && event.key !== ' ') return false;
  return element.matches('[role="button"]') || element.closest('aside, nav, [role="region"], [role="dialog"], [role="menu"]') !== null;
}

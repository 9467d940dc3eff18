// The page tells the desktop app which actions cannot run now, so its native
// menus grey them (Host.actionStates): only when that changes, and at most
// once per short pause, so typing and dragging cost nothing.
import type { ActionState } from '../../shared/actions/action';
import { actionStates } from '../../shared/actions/availability';
import type { Host } from '../../shared/host/host';

const PAUSE_MS = 100;
let lastSent = '';
let timer = 0;

export function reportActionStates(host: Pick<Host, 'actionStates'>, state: ActionState): void {
  if (!host.actionStates) return;
  const states = actionStates(state);
  const key = JSON.stringify(states);
  if (key === lastSent) return;
  lastSent = key;
  window.clearTimeout(timer);
  timer = window.setTimeout(() => host.actionStates?.(states), PAUSE_MS);
}

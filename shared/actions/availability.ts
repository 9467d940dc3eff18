// Whether an action can run now, and why not: map actions need an open map,
// then each action's own enabled-when. The page reports the greyed ones to
// the desktop app's native menus (Host.actionStates).
import type { ActionState } from './action';
import type { Reason } from './reasons';
import { ACTION_IDS, actionOf, type ActionId } from './registry';

export function availability(id: ActionId, state: ActionState): Reason | null {
  const action = actionOf(id);
  if (action.scope !== 'app' && !state.mapOpen) return 'noMap';
  return action.enabled?.(state) ?? null;
}

/** Whether a switch action's setting is on now; null for an action that switches nothing. */
export function switchedOn(id: ActionId, state: ActionState): boolean | null {
  const setting = actionOf(id).switch;
  return setting === undefined ? null : state.on.includes(setting);
}

/** The actions that cannot run now, each with why: what the native menus grey. */
export type ActionStates = Partial<Record<ActionId, Reason>>;

/** What the native menus show of the page's state: the greyed actions with why, and the ticked ones. */
export interface MenuStates {
  disabled: ActionStates;
  ticked: ActionId[];
}

export function actionStates(state: ActionState): MenuStates {
  const disabled: ActionStates = {};
  const ticked: ActionId[] = [];
  for (const id of ACTION_IDS) {
    const reason = availability(id, state);
    if (reason) disabled[id] = reason;
    if (switchedOn(id, state)) ticked.push(id);
  }
  return { disabled, ticked };
}

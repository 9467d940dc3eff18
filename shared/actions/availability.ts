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

/** The actions that cannot run now, each with why: what the native menus grey. */
export type ActionStates = Partial<Record<ActionId, Reason>>;

export function actionStates(state: ActionState): ActionStates {
  const states: ActionStates = {};
  for (const id of ACTION_IDS) {
    const reason = availability(id, state);
    if (reason) states[id] = reason;
  }
  return states;
}

// Running an action of the registry from anywhere (a key, a menu, the
// palette): it runs if it can, else says why not.
import type { ActionState } from '../../shared/actions/action';
import { availability } from '../../shared/actions/availability';
import type { AppContext, MapContext } from '../../shared/actions/context';
import type { Reason } from '../../shared/actions/reasons';
import { actionOf, type ActionId } from '../../shared/actions/registry';

export interface ActionContexts {
  app: AppContext;
  /** Null on the start screen. */
  map: MapContext | null;
}

export function runAction(id: ActionId, contexts: ActionContexts, state: ActionState, refuse: (reason: Reason) => void): void {
  const reason = availability(id, state);
  if (reason) return refuse(reason);
  const action = actionOf(id);
  if (action.scope === 'app') action.run(contexts.app);
  else if (contexts.map) action.run(contexts.map);
}

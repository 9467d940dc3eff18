// The registry's actions for a screen: one `run` for its keys, menus and
// palette that always sees the screen as it is, says why when an action
// cannot run, reports the greyed ones to the desktop app's native menus and
// hands itself to the window (App), which runs the native menus' choices.
import { useCallback, useEffect, useRef } from 'react';
import type { ActionState } from '../../shared/actions/action';
import { reasonText } from '../../shared/actions/reasons';
import type { ActionId } from '../../shared/actions/registry';
import type { Host } from '../../shared/host/host';
import { currentLanguage } from '../words';
import { reportActionStates } from './reportStates';
import { runAction, type ActionContexts } from './runAction';

export interface ActionRunnerOptions {
  host?: Pick<Host, 'actionStates'>;
  /** The window's hold on this screen's runner (null when the screen goes). */
  expose?(run: ((id: ActionId) => void) | null): void;
}

export function useActionRunner(contexts: ActionContexts, state: ActionState, notify: (message: string) => void, options: ActionRunnerOptions = {}): (id: ActionId) => void {
  const latest = useRef({ contexts, state });
  latest.current = { contexts, state };
  const run = useCallback(
    (id: ActionId) => runAction(id, latest.current.contexts, latest.current.state, (reason) => notify(reasonText(reason, currentLanguage()))),
    [notify],
  );
  const { host, expose } = options;
  // Cheap on every render: only a change is sent, after a short pause.
  useEffect(() => {
    if (host) reportActionStates(host, state);
  });
  useEffect(() => {
    expose?.(run);
    return () => expose?.(null);
  }, [expose, run]);
  return run;
}

// The window's part of the actions: Open and Settings (which run on the start
// screen too), the text field's own commands, the native menus' choices (run
// by the board's runner while a map is open) and the start screen's keys.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { START_SCREEN } from '../../shared/actions/action';
import type { AppContext, AppService } from '../../shared/actions/context';
import { actionOf, isActionId, type ActionId } from '../../shared/actions/registry';
import type { Host } from '../../shared/host/host';
import { actionForKey } from '../actions/keys';
import { textService } from '../actions/textService';
import { useActionRunner } from '../actions/useActionRunner';
import { useKeyLayer } from '../keyboard/useKeyLayer';

export interface WindowActions {
  app: AppContext;
  /** For the board screen: its runner takes the native menus' choices while it is open. */
  exposeRunner(run: ((id: ActionId) => void) | null): void;
}

export function useWindowActions(host: Host, mapOpen: boolean, services: AppService, notify: (message: string) => void): WindowActions {
  const latest = useRef(services);
  latest.current = services;
  const app = useMemo<AppContext>(() => ({ app: { openMap: () => latest.current.openMap(), openSettings: () => latest.current.openSettings() }, text: textService }), []);
  const boardRun = useRef<((id: ActionId) => void) | null>(null);
  const startRun = useActionRunner({ app, map: null }, START_SCREEN, notify, { host: mapOpen ? undefined : host });

  // A native menu's choice. A field being typed in is committed first (as
  // Save from a field is), unless the action is the field's own (undo, the clipboard).
  useEffect(() => {
    host.onMenuAction?.((id) => {
      if (!isActionId(id)) return;
      const run = boardRun.current ?? startRun;
      const action = actionOf(id);
      if (!textService.editing() || action.native || action.inField === 'field-own') return run(id);
      (document.activeElement as HTMLElement | null)?.blur();
      window.setTimeout(() => run(id), 0);
    });
  }, [host, startRun]);

  // The start screen's keys: the window's own actions (⌘/Ctrl+O, ⌘/Ctrl+,).
  useKeyLayer(
    'board',
    (event) => {
      const id = actionForKey(event);
      if (!id || actionOf(id).scope !== 'app') return 'pass';
      startRun(id);
      return 'handled';
    },
    { active: !mapOpen },
  );

  const exposeRunner = useCallback((run: ((id: ActionId) => void) | null) => {
    boardRun.current = run;
  }, []);
  return { app, exposeRunner };
}

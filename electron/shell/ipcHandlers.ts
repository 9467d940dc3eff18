// Answers the window's Host calls with the same app layer browser mode's
// server uses (electron/app/dispatch.ts): one channel per method the
// protocol table carries over IPC. Each message must come from the app's
// own page; its arguments are checked by the table.
import type { IpcMainInvokeEvent } from 'electron';
import { methodsOver } from '../../shared/host/protocol';
import { ApiError } from '../app/apiError';
import type { AppContext } from '../app/context';
import { dispatch, type ShellMethods } from '../app/dispatch';
import { APP_ORIGIN, invokeChannel } from './ipcContract';

export interface IpcLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, args: unknown) => Promise<unknown>): void;
}

/** Whether a message comes from the app's own page (not a page it was navigated to, not a frame). */
export function fromAppPage(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const url = event.senderFrame?.url ?? '';
  return url === `${APP_ORIGIN}/` || url.startsWith(`${APP_ORIGIN}/`);
}

export interface IpcCall {
  method: string;
  event: IpcMainInvokeEvent;
}

export function registerIpc(
  ipc: IpcLike,
  context: (event: IpcMainInvokeEvent) => AppContext,
  shell: (event: IpcMainInvokeEvent) => ShellMethods,
  /** Told of every call as it starts, and given its result (saves in flight, the system's recent documents). */
  around: <T>(call: IpcCall, run: () => Promise<T>) => Promise<T> = (_call, run) => run(),
): void {
  for (const method of methodsOver('ipc')) {
    ipc.handle(invokeChannel(method), async (event, args) => {
      if (!fromAppPage(event)) throw new Error('refused: not the app page');
      try {
        return await around({ method, event }, () => dispatch(context(event), method, args ?? {}, 'ipc', shell(event)));
      } catch (error) {
        // The page gets a message, never a stack trace.
        throw new Error(error instanceof ApiError ? `${error.code}: ${error.message}` : 'internal error');
      }
    });
  }
}

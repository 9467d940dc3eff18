// Answers the window's Host calls with the same methods browser mode's
// server uses. Each message must come from the app's own page, and its
// arguments are checked by the methods (an ApiError for a bad one).
import type { IpcMainInvokeEvent } from 'electron';
import { REMOTE_METHODS } from '../../shared/host/remoteHost';
import { METHODS, type ApiContext } from '../server/api';
import { ApiError } from '../server/apiError';
import { APP_ORIGIN, INVOKE_CHANNELS } from './ipcContract';

export interface IpcLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, args: unknown) => Promise<unknown>): void;
}

export type DialogMethods = {
  showOpenDialog(event: IpcMainInvokeEvent, what: 'maps' | 'sheets'): Promise<string | null>;
  showSaveDialog(event: IpcMainInvokeEvent, suggestedName: string, extension: string): Promise<{ folder: string; name: string } | null>;
};

/** What a save dialog may be asked to save: a map, or one of the export formats. */
const SAVE_EXTENSIONS = new Set(['cjm', 'svg', 'png', 'pdf', 'csv', 'xlsx', 'html', 'md']);

/** Whether a message comes from the app's own page (not a page it was navigated to, not a frame). */
export function fromAppPage(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const url = event.senderFrame?.url ?? '';
  return url === `${APP_ORIGIN}/` || url.startsWith(`${APP_ORIGIN}/`) || url.startsWith(`${APP_ORIGIN}/index.html`);
}

export function registerIpc(ipc: IpcLike, context: (event: IpcMainInvokeEvent) => ApiContext, dialogs: DialogMethods): void {
  for (const method of REMOTE_METHODS) {
    ipc.handle(INVOKE_CHANNELS[method], async (event, args) => {
      if (!fromAppPage(event)) throw new Error('refused: not the app page');
      const named = typeof args === 'object' && args !== null && !Array.isArray(args) ? (args as Record<string, unknown>) : {};
      try {
        if (method === 'showOpenDialog') return await dialogs.showOpenDialog(event, named.what === 'sheets' ? 'sheets' : 'maps');
        if (method === 'showSaveDialog') {
          if (typeof named.suggestedName !== 'string') throw new ApiError(400, 'bad-request', '"suggestedName" must be a text.');
          const extension = named.extension ?? 'cjm';
          if (typeof extension !== 'string' || !SAVE_EXTENSIONS.has(extension)) throw new ApiError(400, 'bad-request', '"extension" must be cjm or an export format.');
          return await dialogs.showSaveDialog(event, named.suggestedName, extension);
        }
        return await METHODS[method](context(event), named);
      } catch (error) {
        // The page gets a message, never a stack trace.
        throw new Error(error instanceof ApiError ? `${error.code}: ${error.message}` : 'internal error');
      }
    });
  }
}

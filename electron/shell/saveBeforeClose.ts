// Asking a window's page to save before it closes, and waiting for its
// answer: the main process sends a numbered request, the page answers with
// how it went. A page that goes away meanwhile has not saved.
import type { IpcMain, WebContents } from 'electron';
import type { SaveOutcome } from './lifecycle';
import { SHELL_CHANNELS } from './ipcContract';

const OUTCOMES: readonly SaveOutcome[] = ['saved', 'failed', 'cancelled'];

export class SaveRequests {
  private next = 1;
  private readonly waiting = new Map<number, { contents: number; resolve(outcome: SaveOutcome): void }>();

  constructor(ipcMain: IpcMain) {
    ipcMain.on(SHELL_CHANNELS.saveBeforeCloseDone, (event, reply: unknown) => {
      const { request, outcome } = (typeof reply === 'object' && reply !== null ? reply : {}) as { request?: unknown; outcome?: unknown };
      const entry = typeof request === 'number' ? this.waiting.get(request) : undefined;
      // Only the window that was asked can answer for itself.
      if (!entry || entry.contents !== event.sender.id) return;
      this.waiting.delete(request as number);
      entry.resolve(OUTCOMES.includes(outcome as SaveOutcome) ? (outcome as SaveOutcome) : 'failed');
    });
  }

  ask(contents: WebContents): Promise<SaveOutcome> {
    if (contents.isDestroyed()) return Promise.resolve('failed');
    const request = this.next++;
    return new Promise((resolve) => {
      const gone = () => {
        this.waiting.delete(request);
        resolve('failed');
      };
      contents.once('render-process-gone', gone);
      contents.once('destroyed', gone);
      this.waiting.set(request, {
        contents: contents.id,
        resolve: (outcome) => {
          contents.off('render-process-gone', gone);
          contents.off('destroyed', gone);
          resolve(outcome);
        },
      });
      contents.send(SHELL_CHANNELS.saveBeforeClose, request);
    });
  }
}

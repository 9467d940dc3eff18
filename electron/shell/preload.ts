// The desktop window's preload: exposes exactly the Host interface to the
// page as `window.jejakHost`, named functions over the IPC contract, and
// nothing else (no ipcRenderer, no Node). Runs sandboxed, bundled to one file.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { Host } from '../../shared/host/host';
import { languageOf } from '../../shared/i18n/language';
import { remoteHostMethods } from '../../shared/host/remoteHost';
import { DOCUMENT_STATE_CHANNEL, INVOKE_CHANNELS, OPEN_DROPPED_CHANNEL, PRESENTATION_CHANNEL, RUN_ACTION_CHANNEL, type DocumentState } from './ipcContract';

const remote = remoteHostMethods((method, args) => ipcRenderer.invoke(INVOKE_CHANNELS[method], args), true);

const host: Host & Required<Pick<Host, 'openDroppedFile' | 'presentation'>> & { documentChanged(state: DocumentState): void; onMenuAction(listener: (id: string) => void): void } = {
  kind: 'desktop',
  dialogs: 'native',
  ...remote,
  systemLanguage: () => {
    // The preload runs in the page's world; electron/ is compiled without DOM types.
    const nav = (globalThis as { navigator?: { languages?: readonly string[]; language?: string } }).navigator;
    return languageOf(nav?.languages?.[0] ?? nav?.language);
  },
  // The path comes from the dropped File itself, never from a string the page chose.
  openDroppedFile: async (file) => {
    let path = '';
    try {
      path = webUtils.getPathForFile(file as Parameters<typeof webUtils.getPathForFile>[0]);
    } catch {
      path = '';
    }
    return ipcRenderer.invoke(OPEN_DROPPED_CHANNEL, { path });
  },
  documentChanged: (state) => ipcRenderer.send(DOCUMENT_STATE_CHANNEL, { title: String(state.title), dirty: Boolean(state.dirty) }),
  presentation: async (on) => ((await ipcRenderer.invoke(PRESENTATION_CHANNEL, { on: on === true })) === 'second-display' ? 'second-display' : 'this-display'),
  onMenuAction: (listener) => {
    ipcRenderer.on(RUN_ACTION_CHANNEL, (_event, id: unknown) => {
      if (typeof id === 'string') listener(id);
    });
  },
};

contextBridge.exposeInMainWorld('jejakHost', host);

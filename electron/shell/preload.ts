// The desktop window's preload: exposes exactly the Host interface to the
// page as `window.jejakHost`, named functions over the IPC contract (the
// protocol table's methods, and the shell's own messages), and nothing else
// (no ipcRenderer, no Node). Runs sandboxed, bundled to one file.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { Host } from '../../shared/host/host';
import { languageOf } from '../../shared/i18n/languages';
import { remoteHostMethods } from '../../shared/host/remoteHost';
import { invokeChannel, SHELL_CHANNELS, type DocumentState } from './ipcContract';

const remote = remoteHostMethods('ipc', (method, args) => ipcRenderer.invoke(invokeChannel(method), args));

/** The page runs in the preload's window too: a DOM event can be listened to here, before the page's own handlers. */
const page = globalThis as unknown as {
  navigator?: { languages?: readonly string[]; language?: string };
  addEventListener(type: 'drop', listener: (event: { isTrusted: boolean; dataTransfer: { files: ArrayLike<unknown> } | null }) => void, capture: boolean): void;
};

function pathOf(file: unknown): string {
  try {
    return webUtils.getPathForFile(file as Parameters<typeof webUtils.getPathForFile>[0]);
  } catch {
    return ''; // a File the page made itself has no path
  }
}

// Only files the person really dropped may be opened by path: the paths of a
// trusted drop are told to the main process, which grants exactly those.
page.addEventListener(
  'drop',
  (event) => {
    if (!event.isTrusted || !event.dataTransfer) return;
    const paths = Array.from(event.dataTransfer.files, pathOf).filter((path) => path !== '');
    if (paths.length > 0) ipcRenderer.send(SHELL_CHANNELS.dropped, paths);
  },
  true,
);

const host: Host = {
  kind: 'desktop',
  dialogs: 'native',
  ...remote,
  systemLanguage: () => languageOf(page.navigator?.languages?.[0] ?? page.navigator?.language),
  // The path comes from the dropped File itself, never from a string the page chose.
  openDroppedFile: async (file) => ipcRenderer.invoke(SHELL_CHANNELS.openDropped, { path: pathOf(file) }),
  documentChanged: (state: DocumentState) => ipcRenderer.send(SHELL_CHANNELS.documentState, { title: String(state.title), dirty: Boolean(state.dirty) }),
  presentation: async (on) => ((await ipcRenderer.invoke(SHELL_CHANNELS.presentation, { on: on === true })) === 'second-display' ? 'second-display' : 'this-display'),
  onMenuAction: (listener) => {
    ipcRenderer.on(SHELL_CHANNELS.runAction, (_event, id: unknown) => {
      if (typeof id === 'string') listener(id);
    });
  },
  actionStates: (states) => ipcRenderer.send(SHELL_CHANNELS.actionStates, states),
  onSaveBeforeClose: (save) => {
    ipcRenderer.on(SHELL_CHANNELS.saveBeforeClose, (_event, request: unknown) => {
      void save()
        .catch(() => 'failed' as const)
        .then((outcome) => ipcRenderer.send(SHELL_CHANNELS.saveBeforeCloseDone, { request, outcome }));
    });
  },
};

contextBridge.exposeInMainWorld('jejakHost', host);

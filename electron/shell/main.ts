// The desktop app's main process: one window per map, a single instance
// (a .cjm opened from the file manager goes to the running app), native
// menus and dialogs, and every window locked down. It translates Electron's
// events for the lifecycle (lifecycle.ts decides what a close, a quit, an
// open-file or a second instance do) and the Host's calls for the app layer
// (electron/app), which browser mode's server uses too.
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell, type IpcMainInvokeEvent } from 'electron';
import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import type { MenuStates } from '../../shared/actions/availability';
import { isLanguage, languageOf, words as wordsOf, type Language } from '../../shared/i18n/languages';
import { sharedParts, type AppContext } from '../app/context';
import { APP_METHODS } from '../app/methods';
import { ExportJobs } from '../export/exportJobs';
import { exportInWorker } from '../export/exportInWorker';
import { companionNames } from '../export/runExport';
import { appDataDir } from '../services/appDataDir';
import { findPackageRoot } from '../services/packageRoot';
import { APP_SCHEME_PRIVILEGES, serveApp } from './appProtocol';
import { openDialogFilters, saveDialogFilters } from './dialogFilters';
import { DropGrants } from './dropGrants';
import { denyPermissions } from './hardening';
import { SHELL_CHANNELS } from './ipcContract';
import { fromAppPage, registerIpc } from './ipcHandlers';
import { Lifecycle, type UnsavedChoice } from './lifecycle';
import { menuTemplate, reportedMenuStates } from './menu';
import { registerPresentation } from './presentation';
import { SaveRequests } from './saveBeforeClose';
import { createWindow, destroyWindow, type OpenedWindow } from './windows';

const root = findPackageRoot();
const dataDir = appDataDir();
mkdirSync(dataDir, { recursive: true });
const exports = new ExportJobs(exportInWorker, companionNames);
const parts = sharedParts({
  dataDir,
  exports,
  showInFolder: async (path) => {
    shell.showItemInFolder(path);
    return true;
  },
});
const windows = new Map<number, OpenedWindow>();
const drops = new DropGrants();
const SAVING = new Set(['save', 'saveAs', 'saveVersion']);
let savesInFlight = 0;
/** The interface language, for the menus and the main process's own prompts; follows the setting. */
let currentLanguage: Language = 'en';
/** What each window's page says cannot run now, and which switches are on: the native menus show it for the focused window. */
const menuStates = new Map<number, MenuStates>();

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

const lifecycle = new Lifecycle(
  {
    openWindow: (path) => {
      const opened = createWindow(path, parts, root, app.isPackaged, () => currentLanguage);
      const id = opened.window.id;
      windows.set(id, opened);
      opened.window.on('close', (event) => {
        if (lifecycle.closeAllowed(id)) return;
        event.preventDefault();
        void lifecycle.requestClose(id);
      });
      opened.window.webContents.on('render-process-gone', () => void lifecycle.windowGone(id));
      opened.window.on('closed', () => {
        windows.delete(id);
        menuStates.delete(id);
        drops.forget(opened.window.webContents.id);
      });
      return id;
    },
    focusWindow: (id) => {
      const window = windows.get(id)?.window;
      if (!window) return;
      if (window.isMinimized()) window.restore();
      window.focus();
    },
    askUnsaved: async (id, title) => {
      const words = wordsOf(currentLanguage).shell.prompts;
      const choices: UnsavedChoice[] = ['save', 'discard', 'cancel'];
      const window = windows.get(id)?.window;
      const options = { type: 'warning' as const, message: words.unsavedOnClose(title), detail: words.unsavedDetail, buttons: [words.save, words.dontSave, words.cancel], defaultId: 0, cancelId: 2, noLink: true };
      const { response } = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
      return choices[response] ?? 'cancel';
    },
    askStopExports: async (files) => {
      const words = wordsOf(currentLanguage).shell.prompts;
      const { response } = await dialog.showMessageBox({ type: 'warning', message: words.exportsRunning(files), detail: words.exportsDetail, buttons: [words.stopAndQuit, words.cancel], defaultId: 1, cancelId: 1, noLink: true });
      return response === 0;
    },
    save: (id) => {
      const window = windows.get(id)?.window;
      return window ? saves.ask(window.webContents) : Promise.resolve('failed');
    },
    releaseWindow: async (id, decided) => {
      await windows.get(id)?.context.open.closeAll({ forgetRecovery: decided });
    },
    destroyWindow: (id) => {
      const window = windows.get(id)?.window;
      if (window) destroyWindow(window, dataDir);
    },
    runningExports: () => exports.running(),
    stopExports: async () => {
      exports.cancelAll();
      await exports.idle();
    },
    savesSettled: async () => {
      while (savesInFlight > 0) await new Promise((done) => setTimeout(done, 50));
    },
    exit: () => app.quit(),
  },
  process.platform,
);
const saves = new SaveRequests(ipcMain);

function mapArgs(argv: readonly string[]): string[] {
  return argv.filter((a) => a.toLowerCase().endsWith('.cjm')).map((a) => resolve(a));
}

// Registered before anything waits, so no event of the system is lost while the app starts.
if (!app.requestSingleInstanceLock()) app.exit(0);
app.on('second-instance', (_event, argv) => lifecycle.secondInstance(mapArgs(argv.slice(1))));
// macOS opens files through an event, before or after the app is ready.
app.on('open-file', (event, path) => {
  event.preventDefault();
  lifecycle.openFile(path);
});
app.on('activate', () => lifecycle.activate());
// The lifecycle ends the app when the last window closes (not on macOS); Electron's own quit would skip its questions.
app.on('window-all-closed', () => undefined);
app.on('before-quit', (event) => {
  if (lifecycle.quitAllowed()) return;
  event.preventDefault();
  void lifecycle.requestQuit();
});
app.on('web-contents-created', (_event, contents) => contents.on('will-attach-webview', (e) => e.preventDefault()));

async function language(): Promise<Language> {
  const chosen = (await parts.settings.get()).language;
  return isLanguage(chosen) ? chosen : languageOf(app.getLocale());
}

/** Draws the native menus in the current interface language, greyed and ticked as the focused window's page says. */
function drawMenu(): void {
  const focused = BrowserWindow.getFocusedWindow();
  const states = focused ? menuStates.get(focused.id) : undefined;
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(currentLanguage, (id) => BrowserWindow.getFocusedWindow()?.webContents.send(SHELL_CHANNELS.runAction, id), { ...states })));
}

/** The interface language follows the setting: the menus are drawn again whenever it changes. */
async function refreshMenu(): Promise<void> {
  currentLanguage = await language();
  drawMenu();
}

function contextOf(event: IpcMainInvokeEvent): AppContext {
  const opened = windows.get(BrowserWindow.fromWebContents(event.sender)?.id ?? -1);
  if (!opened) throw new Error('no window');
  return opened.context;
}

/** Maps opened or saved join the system's recent documents (the taskbar's and the Dock's lists). */
function rememberInSystem(method: string, context: AppContext, result: unknown): void {
  if (method !== 'openFile' && method !== 'saveAs' && method !== 'startupFile' && method !== 'openDropped') return;
  const opened = result as { ok?: boolean; value?: { handle?: unknown; writable?: boolean } } | null;
  if (!opened?.ok || typeof opened.value?.handle !== 'string' || opened.value.writable === false) return;
  try {
    app.addRecentDocument(context.handles.resolve(opened.value.handle, 'file').path);
  } catch {
    // A handle this run did not issue: nothing to remember.
  }
}

function registerShellMessages(): void {
  ipcMain.on(SHELL_CHANNELS.documentState, (event, state: unknown) => {
    if (!fromAppPage(event) || typeof state !== 'object' || state === null) return;
    const { title, dirty } = state as { title?: unknown; dirty?: unknown };
    const clean = { title: String(title ?? ''), dirty: dirty === true };
    const window = BrowserWindow.fromWebContents(event.sender);
    if (!window) return;
    lifecycle.documentChanged(window.id, clean);
    window.setDocumentEdited(clean.dirty);
  });
  ipcMain.on(SHELL_CHANNELS.actionStates, (event, states: unknown) => {
    const window = BrowserWindow.fromWebContents(event.sender);
    if (!fromAppPage(event) || !window) return;
    menuStates.set(window.id, reportedMenuStates(states));
    if (BrowserWindow.getFocusedWindow() === window) drawMenu();
  });
  app.on('browser-window-focus', () => drawMenu());
  ipcMain.on(SHELL_CHANNELS.dropped, (event, paths: unknown) => {
    if (!fromAppPage(event) || !Array.isArray(paths)) return;
    drops.grant(event.sender.id, paths.filter((p): p is string => typeof p === 'string'));
  });
  ipcMain.handle(SHELL_CHANNELS.openDropped, async (event, args: unknown) => {
    if (!fromAppPage(event)) throw new Error('refused: not the app page');
    const path = typeof args === 'object' && args !== null ? (args as { path?: unknown }).path : undefined;
    if (typeof path !== 'string' || !isAbsolute(path) || !path.toLowerCase().endsWith('.cjm') || !drops.take(event.sender.id, path)) {
      return { ok: false, error: { code: 'not-found', path: typeof path === 'string' ? basename(path) : '' } };
    }
    const context = contextOf(event);
    const result = await APP_METHODS.openFile(context, { handle: context.handles.issue(path, 'file') });
    rememberInSystem('openDropped', context, result);
    return result;
  });
}

async function start(): Promise<void> {
  await app.whenReady();
  serveApp(protocol, join(root, 'dist', 'renderer'));
  denyPermissions(session.defaultSession);
  registerIpc(
    ipcMain,
    contextOf,
    (event) => {
      const window = BrowserWindow.fromWebContents(event.sender)!;
      return {
        showOpenDialog: async ({ what }) => {
          const result = await dialog.showOpenDialog(window, { properties: ['openFile'], filters: openDialogFilters(what ?? 'maps', currentLanguage) });
          return result.canceled || !result.filePaths[0] ? null : contextOf(event).handles.issue(result.filePaths[0], 'file');
        },
        showSaveDialog: async ({ suggestedName, extension }) => {
          const context = contextOf(event);
          const result = await dialog.showSaveDialog(window, { defaultPath: join(context.lastFolder ?? homedir(), basename(suggestedName)), filters: saveDialogFilters(extension ?? 'cjm', currentLanguage) });
          if (result.canceled || !result.filePath) return null;
          return { folder: context.handles.issue(dirname(result.filePath), 'folder'), name: basename(result.filePath) };
        },
      };
    },
    async ({ method, event }, run) => {
      const saving = SAVING.has(method);
      if (saving) savesInFlight++;
      try {
        const result = await run();
        rememberInSystem(method, contextOf(event), result);
        if (method === 'saveSettings') await refreshMenu();
        return result;
      } finally {
        if (saving) savesInFlight--;
      }
    },
  );
  registerShellMessages();
  registerPresentation();
  await refreshMenu();
  for (const file of mapArgs(process.argv.slice(1))) lifecycle.openFile(file);
  lifecycle.ready();
}

void start();

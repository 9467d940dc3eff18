// The desktop app's main process: one window per map, a single instance
// (a .cjm opened from the file manager goes to the running app), native
// menus and dialogs, and every window locked down. The work is done by the
// same services as browser mode (electron/server, electron/services).
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell, type IpcMainInvokeEvent } from 'electron';
import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { isLanguage, languageOf, type Language } from '../../shared/i18n/language';
import { METHODS, type ApiContext } from '../server/api';
import { appDataDir } from '../server/appDataDir';
import { HandleTable } from '../server/handles';
import { OpenFiles } from '../server/openFiles';
import { findPackageRoot } from '../server/packageRoot';
import { RecentFiles } from '../server/recentFiles';
import { SampleShelf } from '../server/samples';
import { SettingsStore } from '../server/settingsStore';
import { ExportJobs } from '../export/exportJobs';
import { companionNames, runExport } from '../export/runExport';
import { APP_SCHEME_PRIVILEGES, serveApp } from './appProtocol';
import { openDialogFilters, saveDialogFilters } from './dialogFilters';
import { denyPermissions, hardenContents } from './hardening';
import { DOCUMENT_STATE_CHANNEL, INVOKE_CHANNELS, OPEN_DROPPED_CHANNEL, RUN_ACTION_CHANNEL, type DocumentState } from './ipcContract';
import { fromAppPage, registerIpc } from './ipcHandlers';
import { menuTemplate } from './menu';
import { registerPresentation } from './presentation';
import { SHELL_PROMPTS } from './prompts';
import { secureWebPreferences } from './webPreferences';
import { loadWindowBounds, saveWindowBounds } from './windowState';

const root = findPackageRoot();
const dataDir = appDataDir();
mkdirSync(dataDir, { recursive: true });
const shared = {
  handles: new HandleTable(),
  recent: new RecentFiles(dataDir),
  settings: new SettingsStore(dataDir),
  samples: new SampleShelf(join(root, 'shared', 'samples')),
  open: new OpenFiles(dataDir),
  exports: new ExportJobs(runExport, companionNames),
  showInFolder: (path: string) => shell.showItemInFolder(path),
};
const contexts = new Map<number, ApiContext>();
const states = new Map<number, DocumentState>();
let savesInFlight = 0;
/** The interface language, for the menus and the main process's own prompts; follows the setting. */
let currentLanguage: Language = 'en';

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

function mapArgs(argv: readonly string[]): string[] {
  return argv.filter((a) => a.toLowerCase().endsWith('.cjm')).map((a) => resolve(a));
}

async function language(): Promise<Language> {
  const chosen = (await shared.settings.get()).language;
  return isLanguage(chosen) ? chosen : languageOf(app.getLocale());
}

function openWindow(file: string | null): void {
  const bounds = loadWindowBounds(dataDir);
  const win = new BrowserWindow({
    ...bounds,
    show: false,
    title: 'Jejak',
    webPreferences: {
      ...secureWebPreferences(join(root, 'dist', 'shell', 'preload.cjs'), app.isPackaged),
      // Stated again at the call so that static scanners (electronegativity) see them here.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  contexts.set(win.webContents.id, { ...shared, home: homedir(), startupPath: file, lastFolder: file ? dirname(file) : null });
  hardenContents(win.webContents, dialog, shell, (url) => {
    const words = SHELL_PROMPTS[currentLanguage];
    return { message: words.openLink(new URL(url).host), buttons: [words.cancel, words.open] };
  });
  if (bounds.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('close', (event) => {
    const state = states.get(win.webContents.id);
    saveWindowBounds(dataDir, { ...win.getNormalBounds(), maximized: win.isMaximized() });
    if (!state?.dirty) return;
    const words = SHELL_PROMPTS[currentLanguage];
    const choice = dialog.showMessageBoxSync(win, { type: 'warning', message: words.unsavedOnClose(state.title), detail: words.unsavedDetail, buttons: [words.cancel, words.closeWithoutSaving], defaultId: 0, cancelId: 0 });
    if (choice === 0) event.preventDefault();
  });
  void win.loadURL('jejak://app/index.html');
}

/** Maps opened or saved join the system's recent documents (the taskbar's and the Dock's lists). */
function rememberInSystem(channel: string, result: unknown): void {
  if (channel !== INVOKE_CHANNELS.openFile && channel !== INVOKE_CHANNELS.saveAs && channel !== INVOKE_CHANNELS.startupFile) return;
  const opened = result as { ok?: boolean; value?: { handle?: unknown; writable?: boolean } } | null;
  if (!opened?.ok || typeof opened.value?.handle !== 'string' || opened.value.writable === false) return;
  try {
    app.addRecentDocument(shared.handles.resolve(opened.value.handle, 'file').path);
  } catch {
    // A handle this run did not issue: nothing to remember.
  }
}

/** Draws the native menus in the current interface language (again whenever the setting changes). */
async function refreshMenu(): Promise<void> {
  currentLanguage = await language();
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(currentLanguage, (id) => BrowserWindow.getFocusedWindow()?.webContents.send(RUN_ACTION_CHANNEL, id))));
}

function contextOf(event: IpcMainInvokeEvent): ApiContext {
  const context = contexts.get(event.sender.id);
  if (!context) throw new Error('no window');
  return context;
}

async function start(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  await app.whenReady();
  serveApp(protocol, join(root, 'dist', 'renderer'));
  denyPermissions(session.defaultSession);
  registerIpc(
    {
      handle: (channel, listener) =>
        ipcMain.handle(channel, async (event, args) => {
          const saving = channel === INVOKE_CHANNELS.save || channel === INVOKE_CHANNELS.saveAs || channel === INVOKE_CHANNELS.saveVersion;
          if (saving) savesInFlight++;
          try {
            const result = await listener(event, args);
            rememberInSystem(channel, result);
            if (channel === INVOKE_CHANNELS.saveSettings) await refreshMenu();
            return result;
          } finally {
            if (saving) savesInFlight--;
          }
        }),
    },
    contextOf,
    {
      showOpenDialog: async (event, what) => {
        const win = BrowserWindow.fromWebContents(event.sender)!;
        const result = await dialog.showOpenDialog(win, { properties: ['openFile'], filters: openDialogFilters(what, currentLanguage) });
        return result.canceled || !result.filePaths[0] ? null : contextOf(event).handles.issue(result.filePaths[0], 'file');
      },
      showSaveDialog: async (event, suggestedName, extension) => {
        const win = BrowserWindow.fromWebContents(event.sender)!;
        const result = await dialog.showSaveDialog(win, { defaultPath: join(contextOf(event).lastFolder ?? homedir(), basename(suggestedName)), filters: saveDialogFilters(extension, currentLanguage) });
        if (result.canceled || !result.filePath) return null;
        return { folder: contextOf(event).handles.issue(dirname(result.filePath), 'folder'), name: basename(result.filePath) };
      },
    },
  );
  ipcMain.handle(OPEN_DROPPED_CHANNEL, async (event, args: unknown) => {
    if (!fromAppPage(event)) throw new Error('refused: not the app page');
    const path = typeof args === 'object' && args !== null ? (args as { path?: unknown }).path : undefined;
    if (typeof path !== 'string' || !isAbsolute(path) || !path.toLowerCase().endsWith('.cjm')) {
      return { ok: false, error: { code: 'not-found', path: typeof path === 'string' ? path : '' } };
    }
    const context = contextOf(event);
    const result = await METHODS.openFile(context, { handle: context.handles.issue(path, 'file') });
    rememberInSystem(INVOKE_CHANNELS.openFile, result);
    return result;
  });
  registerPresentation();
  ipcMain.on(DOCUMENT_STATE_CHANNEL, (event, state: unknown) => {
    if (!fromAppPage(event) || typeof state !== 'object' || state === null) return;
    const { title, dirty } = state as Partial<DocumentState>;
    const clean = { title: String(title ?? ''), dirty: dirty === true };
    states.set(event.sender.id, clean);
    BrowserWindow.fromWebContents(event.sender)?.setDocumentEdited(clean.dirty);
  });
  await refreshMenu();

  const files = mapArgs(process.argv.slice(1));
  if (files.length === 0) openWindow(null);
  for (const file of files) openWindow(file);
  app.on('second-instance', (_event, argv) => {
    const more = mapArgs(argv.slice(1));
    if (more.length === 0) BrowserWindow.getAllWindows()[0]?.focus();
    for (const file of more) openWindow(file);
  });
}

// macOS opens files through an event, before or after the app is ready.
app.on('open-file', (event, path) => {
  event.preventDefault();
  if (app.isReady()) openWindow(path);
  else process.argv.push(path);
});
app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
let locksReleased = false;
let exportsSettled = false;
app.on('before-quit', (event) => {
  // Exports still running are cancelled (they write nothing until complete); one writing its file finishes first.
  if (!exportsSettled) {
    event.preventDefault();
    shared.exports.cancelAll();
    void shared.exports.idle().then(() => {
      exportsSettled = true;
      app.quit();
    });
    return;
  }
  // Quitting waits for saves in flight: a half-written map is never left behind.
  if (savesInFlight === 0) {
    if (locksReleased) return;
    // Then the maps' locks are released, so that no one else is told the map is open here.
    event.preventDefault();
    void shared.open.closeAll().finally(() => {
      locksReleased = true;
      app.quit();
    });
    return;
  }
  event.preventDefault();
  const wait = setInterval(() => {
    if (savesInFlight === 0) {
      clearInterval(wait);
      app.quit();
    }
  }, 50);
});
app.on('web-contents-created', (_event, contents) => contents.on('will-attach-webview', (e) => e.preventDefault()));

void start();

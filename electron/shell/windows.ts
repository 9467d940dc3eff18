// One desktop window: locked down (webPreferences.ts, hardening.ts), its own
// app context (the maps it has open and their locks), its size and place
// remembered, the app loaded from its own scheme.
import { BrowserWindow, dialog, shell } from 'electron';
import { join } from 'node:path';
import { words as wordsOf, type Language } from '../../shared/i18n/languages';
import { appContext, type AppContext, type SharedParts } from '../app/context';
import { hardenContents } from './hardening';
import { secureWebPreferences } from './webPreferences';
import { loadWindowBounds, saveWindowBounds } from './windowState';

export interface OpenedWindow {
  window: BrowserWindow;
  context: AppContext;
}

export function createWindow(file: string | null, parts: SharedParts, root: string, packaged: boolean, language: () => Language): OpenedWindow {
  const bounds = loadWindowBounds(parts.dataDir);
  const window = new BrowserWindow({
    ...bounds,
    show: false,
    title: 'Jejak',
    webPreferences: {
      ...secureWebPreferences(join(root, 'dist', 'shell', 'preload.cjs'), packaged),
      // Stated again at the call so that static scanners (electronegativity) see them here.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  const context = appContext(parts, file);
  hardenContents(window.webContents, dialog, shell, (url) => {
    const words = wordsOf(language()).shell.prompts;
    return { message: words.openLink(new URL(url).host), buttons: [words.cancel, words.open] };
  });
  if (bounds.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  void window.loadURL('jejak://app/index.html');
  return { window, context };
}

/** Where the window was, for the next one, and then it goes without another question. */
export function destroyWindow(window: BrowserWindow, dataDir: string): void {
  if (window.isDestroyed()) return;
  saveWindowBounds(dataDir, { ...window.getNormalBounds(), maximized: window.isMaximized() });
  window.destroy();
}

// Opens an address in the system's browser, or a folder in its file manager,
// if there is one to open. Where no browser can be started (a server, a
// container), nothing is said: the printed address is enough; where no file
// manager can, the caller hears so and the page says where the file is. The opener is
// always given an argument vector, never a command line: a folder named
// `R&calc` is a folder, not two commands (cmd's `start` would run both).
import { spawn } from 'node:child_process';

export type OpenerCommand = [command: string, args: string[]];

/** The program and arguments that open `target` (an http address or a folder) on `platform`. */
export function openerCommand(target: string, platform: NodeJS.Platform = process.platform): OpenerCommand {
  if (platform === 'darwin') return ['open', [target]];
  // Explorer opens a folder, and hands an http address to the default browser; no shell parses either.
  if (platform === 'win32') return ['explorer.exe', [target]];
  return ['xdg-open', [target]];
}

/** Opens an address in the browser (browser mode's --open: a one-time launch address, never the token's). */
export function openInBrowser(url: string): void {
  openWithSystem(url);
}

/** Set to "none", no file manager is ever started (the tests set it: nothing they run may open a window on the machine). */
export const FILE_MANAGER_VARIABLE = 'JEJAK_FILE_MANAGER';

/** How long a started opener has to fail before it is taken as having shown the folder. */
const SETTLE_MS = 2_000;

export interface FileManagerOptions {
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
}

/**
 * Whether a file manager can be shown here at all: macOS and Windows always
 * have one; elsewhere xdg-open needs a desktop session (a server or a
 * container has none).
 */
export function canShowFolders({ env = process.env, platform = process.platform }: FileManagerOptions = {}): boolean {
  if (env[FILE_MANAGER_VARIABLE] === 'none') return false;
  if (platform === 'darwin' || platform === 'win32') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/**
 * Shows a folder in the system's file manager (after an export, in browser
 * mode: the server listens on 127.0.0.1 only, so the page is on this
 * machine). Resolves false when none could be started, so the page says
 * where the file is instead of doing nothing.
 */
export async function showInFileManager(folder: string, options: FileManagerOptions = {}): Promise<boolean> {
  const platform = options.platform ?? process.platform;
  if (!canShowFolders(options)) return false;
  const [command, args] = openerCommand(folder, platform);
  return new Promise((resolve) => {
    let child: ReturnType<typeof spawn>;
    try {
      child = spawn(command, args, { detached: true, stdio: 'ignore', windowsHide: true, shell: false, env: options.env ?? process.env });
    } catch {
      return resolve(false);
    }
    const settled = setTimeout(() => resolve(true), SETTLE_MS);
    child.on('error', () => {
      clearTimeout(settled);
      resolve(false);
    });
    child.on('exit', (code) => {
      clearTimeout(settled);
      resolve(code === 0);
    });
    // Explorer's exit code says nothing about success: started is shown.
    if (platform === 'win32') {
      child.on('spawn', () => {
        clearTimeout(settled);
        resolve(true);
      });
    }
    child.unref();
  });
}

function openWithSystem(target: string): void {
  const [command, args] = openerCommand(target);
  try {
    const child = spawn(command, args, { detached: true, stdio: 'ignore', windowsHide: true, shell: false });
    child.on('error', () => {
      // No such program: the printed address is enough.
    });
    child.unref();
  } catch {
    // spawn itself refused (no permission): the same.
  }
}

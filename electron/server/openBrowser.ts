// Opens an address in the system's browser, or a folder in its file manager,
// if there is one to open. Where none can be started (a server, a
// container), nothing is said: the printed address is enough.
import { spawn } from 'node:child_process';

export function browserCommand(url: string, platform: NodeJS.Platform = process.platform): [string, string[]] {
  if (platform === 'darwin') return ['open', [url]];
  // `start` is built into cmd; its first quoted argument is a window title, hence the empty one.
  if (platform === 'win32') return ['cmd', ['/c', 'start', '""', url]];
  return ['xdg-open', [url]];
}

export function openBrowser(url: string): void {
  openWithSystem(url);
}

/** Shows a folder in the system's file manager (after an export, in browser mode: the server runs on this machine). */
export function openInFileManager(folder: string): void {
  openWithSystem(folder);
}

/** The system's own opener (open, start, xdg-open) handles addresses and folders alike. */
function openWithSystem(target: string): void {
  const [command, args] = browserCommand(target);
  try {
    const child = spawn(command, args, { detached: true, stdio: 'ignore', windowsHide: true });
    child.on('error', () => {
      // No such program: the printed address is enough.
    });
    child.unref();
  } catch {
    // spawn itself refused (no shell, no permission): the same.
  }
}

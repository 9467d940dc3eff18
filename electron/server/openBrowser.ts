// Opens an address in the system's browser, if there is one to open. Where
// none can be started (a server, a container), nothing is said: the printed
// address is enough.
import { spawn } from 'node:child_process';

export function browserCommand(url: string, platform: NodeJS.Platform = process.platform): [string, string[]] {
  if (platform === 'darwin') return ['open', [url]];
  // `start` is built into cmd; its first quoted argument is a window title, hence the empty one.
  if (platform === 'win32') return ['cmd', ['/c', 'start', '""', url]];
  return ['xdg-open', [url]];
}

export function openBrowser(url: string): void {
  const [command, args] = browserCommand(url);
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

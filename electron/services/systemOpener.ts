// Opens an address in the system's browser, or a folder in its file manager,
// if there is one to open. Where none can be started (a server, a
// container), nothing is said: the printed address is enough. The opener is
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

/** Shows a folder in the system's file manager (after an export, in browser mode: the server runs on this machine). */
export function showInFileManager(folder: string): void {
  openWithSystem(folder);
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

// Where Jejak keeps its own files on this machine (recent files, settings;
// later backups and the recovery journal). Always a local folder, never one
// beside a map on a share (docs/architecture.md, "Files on a shared drive").
import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, win32 } from 'node:path';

export interface DataDirEnvironment {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  home: string;
}

/** The data folder's path, without creating it: JEJAK_DATA_DIR, else the platform's usual place. */
export function appDataPath({ env, platform, home }: DataDirEnvironment): string {
  if (env.JEJAK_DATA_DIR) return env.JEJAK_DATA_DIR;
  if (platform === 'win32') return win32.join(env.APPDATA || win32.join(home, 'AppData', 'Roaming'), 'Jejak');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Jejak');
  // XDG says a relative XDG_CONFIG_HOME is invalid and must be ignored.
  const xdg = env.XDG_CONFIG_HOME;
  return join(xdg && xdg.startsWith('/') ? xdg : join(home, '.config'), 'jejak');
}

/** The data folder, created (with its parents) if it does not exist yet. */
export function appDataDir(
  environment: DataDirEnvironment = { env: process.env, platform: process.platform, home: homedir() },
): string {
  const dir = appDataPath(environment);
  mkdirSync(dir, { recursive: true });
  return dir;
}

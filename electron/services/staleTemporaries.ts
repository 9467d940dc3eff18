// A save killed part-way (a crash, a laptop lid, a dropped share) can leave
// its temporary NAME.cjm.tmp-* beside the map. Opening the map removes those
// of ours that are old enough to belong to no save still under way, and
// nothing else: Jejak deletes nothing on a share but its own files.
import { basename, dirname, join } from 'node:path';
import { nodeFileSystem, type FileSystem } from './fileSystem';

export interface CleanOptions {
  fs?: FileSystem;
  /**
   * How old a temporary must be to be removed. Another laptop may be saving
   * the same map right now (its read-back of a large map over Wi-Fi takes
   * seconds), and the server's clock need not agree with ours: a minute
   * keeps well clear of both; a leftover only waits for a later open.
   */
  olderThanMs?: number;
  now?: () => number;
}

/** Whether `name` is a temporary that saveFileSafely made for the file `mapName` (`temporaryPathFor`). */
export function isTemporaryOf(mapName: string, name: string): boolean {
  const prefix = `${mapName}.tmp-`;
  return name.startsWith(prefix) && /^[0-9a-f]{8}$/.test(name.slice(prefix.length));
}

/** Removes leftover temporaries of `mapPath`; returns the paths removed. Never fails: a folder out of reach is left for later. */
export async function cleanStaleTemporaries(mapPath: string, options: CleanOptions = {}): Promise<string[]> {
  const fs = options.fs ?? nodeFileSystem;
  const olderThanMs = options.olderThanMs ?? 60_000;
  const now = (options.now ?? Date.now)();
  const folder = dirname(mapPath);
  const mapName = basename(mapPath);
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names.filter((n) => isTemporaryOf(mapName, n))) {
    const path = join(folder, name);
    try {
      const info = await fs.stat(path);
      // A folder by that name is not ours; a file of unknown age may be a save under way.
      if (info.isDirectory || info.mtimeMs === undefined || now - info.mtimeMs < olderThanMs) continue;
      await fs.unlink(path);
      removed.push(path);
    } catch {
      // Gone already (its save finished), or the share dropped: leave it.
    }
  }
  return removed;
}

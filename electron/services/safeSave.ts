// Replaces a file only with a complete, verified copy: write a temporary
// file beside it, flush it, read it back, rename it over the original, sync
// the folder. A failure at any point leaves the original as it was and no
// temporary file behind.
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { FileError } from '../../shared/i18n/fileErrors';
import { errnoOf, toFileErrorChecked } from './fileErrors';
import { nodeFileSystem, type FileSystem } from './fileSystem';

export type SaveResult = { ok: true } | { ok: false; error: FileError };

export interface SaveOptions {
  fs?: FileSystem;
  /** False for a new file: refused if one appears under the name meanwhile. */
  overwrite?: boolean;
  /** How long refused renames are retried (antivirus, indexers and SMB refuse them briefly). */
  retryForMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/** Renames refused for these reasons usually succeed a moment later. */
const TRANSIENT_RENAME = new Set(['EPERM', 'EBUSY', 'EACCES']);

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** `NAME.cjm.tmp-XXXXXXXX` beside the map, as docs/format.md names it. */
export function temporaryPathFor(path: string): string {
  return join(dirname(path), `${basename(path)}.tmp-${randomBytes(4).toString('hex')}`);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}

export async function saveFileSafely(path: string, data: Uint8Array, options: SaveOptions = {}): Promise<SaveResult> {
  const fs = options.fs ?? nodeFileSystem;
  const sleep = options.sleep ?? defaultSleep;
  const retryForMs = options.retryForMs ?? 2000;
  const overwrite = options.overwrite ?? true;
  // Through a symbolic link, the file it points to is the one replaced.
  const target = await resolveLinks(fs, path);
  const temporary = temporaryPathFor(target);
  // The temporary file is created before it is written, so a write that
  // fails part-way (a full drive, a share that stops answering) leaves it
  // behind unless removed; only EEXIST means the file there is not ours.
  let temporaryMayExist = true;
  try {
    try {
      await fs.writeNewFile(temporary, data);
    } catch (error) {
      if (errnoOf(error) === 'EEXIST') temporaryMayExist = false;
      throw error;
    }
    if (!sameBytes(await fs.readFile(temporary, data.length), data)) {
      await removeQuietly(fs, temporary);
      return { ok: false, error: { code: 'verify-failed', path } };
    }
    await keepPermissions(fs, target, temporary);
    if (overwrite) await renameWithRetry(fs, temporary, target, retryForMs, sleep);
    else await placeWithoutReplacing(fs, temporary, target);
    temporaryMayExist = false;
  } catch (error) {
    if (temporaryMayExist) await removeQuietly(fs, temporary);
    return { ok: false, error: await toFileErrorChecked(error, path, fs) };
  }
  try {
    await fs.syncFolder(dirname(target));
  } catch {
    // The rename has happened; a folder that cannot be synced is not a failed save.
  }
  return { ok: true };
}

async function resolveLinks(fs: FileSystem, path: string): Promise<string> {
  try {
    return await fs.realpath(path);
  } catch {
    return path; // a new file, or a folder out of reach: the save itself will say which
  }
}

/** The replacement keeps the original's permissions (a private map stays private). */
async function keepPermissions(fs: FileSystem, original: string, replacement: string): Promise<void> {
  let mode: number;
  try {
    mode = (await fs.stat(original)).mode & 0o7777;
  } catch {
    return; // no original: a new file gets the usual permissions
  }
  try {
    await fs.chmod(replacement, mode);
  } catch {
    // Some shares do not keep permissions; the save goes on without them.
  }
}

/** Gives the temporary file the map's name only if nothing has that name (no check-then-write race). */
async function placeWithoutReplacing(fs: FileSystem, temporary: string, target: string): Promise<void> {
  try {
    await fs.link(temporary, target);
  } catch (error) {
    if (errnoOf(error) === 'EEXIST') throw error;
    // A file system without hard links (FAT, some shares): check, then rename.
    let exists = true;
    try {
      await fs.stat(target);
    } catch {
      exists = false;
    }
    if (exists) throw Object.assign(new Error('file exists'), { code: 'EEXIST' });
    await fs.rename(temporary, target);
    return;
  }
  await removeQuietly(fs, temporary);
}

async function renameWithRetry(fs: FileSystem, from: string, to: string, retryForMs: number, sleep: (ms: number) => Promise<void>): Promise<void> {
  let waited = 0;
  for (let delay = 20; ; delay = Math.min(delay * 2, 400)) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const errno = errnoOf(error);
      if (errno === undefined || !TRANSIENT_RENAME.has(errno) || waited >= retryForMs) throw error;
      await sleep(delay);
      waited += delay;
    }
  }
}

async function removeQuietly(fs: FileSystem, path: string): Promise<void> {
  try {
    await fs.unlink(path);
  } catch {
    // Already gone, or the share dropped; nothing more can be done here.
  }
}

// The last few versions of each map, kept in the app's own data folder on
// this machine (never beside the map on the share): before a save replaces a
// map, the bytes it replaces become a backup. Restoring hands the bytes back
// to be opened as an unsaved change; nothing here writes the user's file.
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import type { FileError } from '../../shared/i18n/fileErrors';
import { LIMITS } from '../../shared/format/schema';
import { appDataDir } from './appDataDir';
import { errnoOf, toFileError } from './fileErrors';
import { nodeFileSystem, type FileSystem } from './fileSystem';
import { saveFileSafely, type SaveOptions, type SaveResult } from './safeSave';

export interface Backup {
  /** The backup's name within its map's folder: the time it was kept. */
  id: string;
  /** The map it was a version of, and that map's title then, when the saver said. */
  path: string;
  title: string | null;
  savedAt: string;
  size: number;
}

export interface RestoredBackup extends Backup {
  bytes: Uint8Array;
}

export type BackupOutcome =
  | { kept: Backup }
  | { skipped: 'new-file' | 'unchanged' }
  | { failed: FileError };

export interface BackupStoreOptions {
  fs?: FileSystem;
  keep?: number;
  now?: () => Date;
}

/** index.json in each map's folder: where the backups came from. */
interface BackupIndex {
  path: string;
  title: string | null;
  backups: Record<string, { title: string | null; savedAt: string; sha256: string }>;
}

/** An index lists a handful of backups: anything larger is not one of ours. */
const INDEX_MAX_BYTES = 1024 * 1024;

const ID = /^\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z(-\d+)?$/;

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** One folder per map, named by a hash of its path (the same map opened by another path gets its own). */
export function backupKeyFor(mapPath: string): string {
  const absolute = resolve(mapPath);
  return sha256(process.platform === 'win32' ? absolute.toLowerCase() : absolute).slice(0, 16);
}

export class MapBackups {
  readonly root: string;
  private readonly fs: FileSystem;
  private readonly keepCount: number;
  private readonly now: () => Date;
  /** Backups of one map are kept one at a time, so the index is never written by two at once. */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(dataDir: string, options: BackupStoreOptions = {}) {
    this.root = join(dataDir, 'backups');
    this.fs = options.fs ?? nodeFileSystem;
    this.keepCount = options.keep ?? 5;
    this.now = options.now ?? (() => new Date());
  }

  folderFor(mapPath: string): string {
    return join(this.root, backupKeyFor(mapPath));
  }

  /** Keeps `bytes` (the version about to be replaced) as the newest backup of `mapPath`, then prunes. */
  keep(mapPath: string, bytes: Uint8Array, title: string | null = null): Promise<BackupOutcome> {
    return this.serially(mapPath, () => this.keepNow(mapPath, bytes, title));
  }

  /** The backups of `mapPath`, newest first. */
  async list(mapPath: string): Promise<Backup[]> {
    const folder = this.folderFor(mapPath);
    const index = await this.readIndex(folder);
    const ids = await this.backupIds(folder);
    const sizes = await Promise.all(ids.map((id) => this.fs.stat(join(folder, `${id}.cjm`)).then((s) => s.size, () => -1)));
    return ids
      .map((id, i) => ({
        id,
        path: index?.path ?? mapPath,
        title: index?.backups[id]?.title ?? null,
        savedAt: index?.backups[id]?.savedAt ?? savedAtOf(id),
        size: sizes[i]!,
      }))
      .filter((backup) => backup.size >= 0)
      .reverse();
  }

  /** A backup's bytes, to open as an unsaved change; null if there is no such backup. */
  async restore(mapPath: string, id: string): Promise<RestoredBackup | null> {
    if (!ID.test(id)) return null;
    const backup = (await this.list(mapPath)).find((b) => b.id === id);
    if (!backup) return null;
    try {
      return { ...backup, bytes: await this.fs.readFile(join(this.folderFor(mapPath), `${id}.cjm`), LIMITS.maxFileBytes) };
    } catch {
      return null;
    }
  }

  private async keepNow(mapPath: string, bytes: Uint8Array, title: string | null): Promise<BackupOutcome> {
    const folder = this.folderFor(mapPath);
    try {
      await this.fs.mkdir(folder);
      const index: BackupIndex = (await this.readIndex(folder)) ?? { path: resolve(mapPath), title, backups: {} };
      const ids = await this.backupIds(folder);
      const hash = sha256(bytes);
      const newest = ids.at(-1);
      if (newest !== undefined && index.backups[newest]?.sha256 === hash) return { skipped: 'unchanged' };
      const savedAt = this.now();
      const id = uniqueId(savedAt, ids);
      const written = await saveFileSafely(join(folder, `${id}.cjm`), bytes, { fs: this.fs, overwrite: false });
      if (!written.ok) return { failed: written.error };
      ids.push(id);
      index.path = resolve(mapPath);
      index.title = title ?? index.title;
      index.backups[id] = { title, savedAt: savedAt.toISOString(), sha256: hash };
      for (const old of ids.splice(0, Math.max(0, ids.length - this.keepCount))) {
        delete index.backups[old];
        await this.fs.unlink(join(folder, `${old}.cjm`)).catch(() => undefined);
      }
      // Entries of backups pruned by hand or lost are dropped too.
      for (const known of Object.keys(index.backups)) if (!ids.includes(known)) delete index.backups[known];
      const indexed = await saveFileSafely(join(folder, 'index.json'), Buffer.from(`${JSON.stringify(index, null, 2)}\n`), { fs: this.fs });
      if (!indexed.ok) return { failed: indexed.error };
      return { kept: { id, path: index.path, title, savedAt: savedAt.toISOString(), size: bytes.length } };
    } catch (error) {
      return { failed: toFileError(error, folder) };
    }
  }

  private async backupIds(folder: string): Promise<string[]> {
    try {
      const names = await this.fs.readdir(folder);
      return names.filter((n) => n.endsWith('.cjm') && ID.test(n.slice(0, -4))).map((n) => n.slice(0, -4)).sort(byTime);
    } catch (error) {
      if (errnoOf(error) === 'ENOENT') return [];
      throw error;
    }
  }

  private async readIndex(folder: string): Promise<BackupIndex | null> {
    try {
      const value = JSON.parse(Buffer.from(await this.fs.readFile(join(folder, 'index.json'), INDEX_MAX_BYTES)).toString('utf8')) as unknown;
      return isIndex(value) ? value : null;
    } catch {
      return null; // none yet, or damaged: rewritten with the next backup
    }
  }

  private serially<T>(mapPath: string, task: () => Promise<T>): Promise<T> {
    const key = backupKeyFor(mapPath);
    const result = (this.queues.get(key) ?? Promise.resolve()).then(task);
    const settled = result.catch(() => undefined);
    this.queues.set(key, settled);
    void settled.then(() => {
      if (this.queues.get(key) === settled) this.queues.delete(key);
    });
    return result;
  }
}

export interface SaveWithBackupOptions extends SaveOptions {
  /** The title of the map being replaced, for the list of backups. */
  title?: string;
  /** Where backups go; by default the app's data folder. */
  backups?: MapBackups;
}

export type SaveWithBackupResult = SaveResult & { backup: BackupOutcome };

/**
 * Saves `bytes` over `path` with saveFileSafely, keeping what it replaces as
 * a backup first. A backup that fails does not stop the save; it is reported.
 */
export async function saveWithBackup(path: string, bytes: Uint8Array, options: SaveWithBackupOptions = {}): Promise<SaveWithBackupResult> {
  const { title, backups = defaultBackups(), ...saveOptions } = options;
  const fs = saveOptions.fs ?? nodeFileSystem;
  let backup: BackupOutcome;
  try {
    const previous = await fs.readFile(path, LIMITS.maxFileBytes);
    backup = Buffer.compare(previous, bytes) === 0 ? { skipped: 'unchanged' } : await backups.keep(path, previous, title ?? null);
  } catch (error) {
    backup = errnoOf(error) === 'ENOENT' ? { skipped: 'new-file' } : { failed: toFileError(error, path) };
  }
  const saved = await saveFileSafely(path, bytes, saveOptions);
  return { ...saved, backup };
}

export function listBackups(mapPath: string, backups: MapBackups = defaultBackups()): Promise<Backup[]> {
  return backups.list(mapPath);
}

export function restoreBackup(mapPath: string, id: string, backups: MapBackups = defaultBackups()): Promise<RestoredBackup | null> {
  return backups.restore(mapPath, id);
}

function defaultBackups(): MapBackups {
  return new MapBackups(appDataDir());
}

/** A file name from the time (no colons: Windows refuses them), made unique if two saves share a millisecond. */
function uniqueId(at: Date, taken: string[]): string {
  const base = at.toISOString().replace(/[:.]/g, '-');
  let id = base;
  for (let n = 1; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
}

function savedAtOf(id: string): string {
  const [, date, h, m, s, ms] = /^(\d{4}-\d\d-\d\d)T(\d\d)-(\d\d)-(\d\d)-(\d{3})Z/.exec(id) ?? [];
  return `${date}T${h}:${m}:${s}.${ms}Z`;
}

function byTime(a: string, b: string): number {
  const [baseA, nA = '0'] = a.split(/Z-?/);
  const [baseB, nB = '0'] = b.split(/Z-?/);
  return baseA! < baseB! ? -1 : baseA! > baseB! ? 1 : Number(nA) - Number(nB);
}

function isIndex(value: unknown): value is BackupIndex {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.path === 'string' && (v.title === null || typeof v.title === 'string') && typeof v.backups === 'object' && v.backups !== null;
}

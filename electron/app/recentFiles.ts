// The last twelve maps opened or saved, most recent first, kept in
// recent.json in the data folder. A file that cannot be found now stays in
// the list, marked missing: it may be on a share that is offline for a while.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { readCjm } from '../../shared/format/reader';
import { LIMITS } from '../../shared/format/schema';
import { nodeFileSystem } from '../services/fileSystem';
import { JsonStore } from './jsonStore';

const MAX_RECENT = 12;

interface StoredRecent {
  path: string;
  openedAt: string;
}

export interface RecentState {
  path: string;
  modifiedAt: string | null;
  missing: boolean;
  reviewBy: string | null;
}

export class RecentFiles {
  private readonly store: JsonStore;
  private entries: StoredRecent[] | null = null;
  // Review dates by path, size and time, so listing does not re-read unchanged maps.
  private readonly reviewCache = new Map<string, string | null>();

  constructor(dataDir: string) {
    this.store = new JsonStore(join(dataDir, 'recent.json'));
  }

  private async load(): Promise<StoredRecent[]> {
    if (this.entries === null) {
      const stored = await this.store.read();
      const files = typeof stored === 'object' && stored !== null && 'files' in stored && Array.isArray(stored.files) ? (stored.files as unknown[]) : [];
      this.entries = files.filter(isStoredRecent).slice(0, MAX_RECENT);
    }
    return this.entries;
  }

  /** Puts `path` first; a failure to write the list never fails the open or save that caused it. */
  async touch(path: string, now = new Date()): Promise<void> {
    const entries = await this.load();
    this.entries = [{ path, openedAt: now.toISOString() }, ...entries.filter((e) => e.path !== path)].slice(0, MAX_RECENT);
    await this.store.write({ files: this.entries });
  }

  async list(): Promise<RecentState[]> {
    return Promise.all((await this.load()).map((entry) => this.state(entry.path)));
  }

  private async state(path: string): Promise<RecentState> {
    try {
      const info = await stat(path);
      if (!info.isFile()) return { path, modifiedAt: null, missing: true, reviewBy: null };
      return { path, modifiedAt: info.mtime.toISOString(), missing: false, reviewBy: await this.reviewBy(path, info.size, info.mtimeMs) };
    } catch {
      return { path, modifiedAt: null, missing: true, reviewBy: null };
    }
  }

  private async reviewBy(path: string, size: number, mtimeMs: number): Promise<string | null> {
    if (size > LIMITS.maxFileBytes) return null;
    const key = `${path}\0${size}\0${mtimeMs}`;
    const cached = this.reviewCache.get(key);
    if (cached !== undefined) return cached;
    let reviewBy: string | null = null;
    try {
      const read = readCjm(await nodeFileSystem.readFile(path, LIMITS.maxFileBytes));
      reviewBy = read.ok ? (read.map.reviewBy ?? null) : null;
    } catch {
      // Unreadable now: no mark, the list itself still shows the file.
    }
    this.reviewCache.set(key, reviewBy);
    return reviewBy;
  }
}

function isStoredRecent(value: unknown): value is StoredRecent {
  return typeof value === 'object' && value !== null && typeof (value as StoredRecent).path === 'string' && typeof (value as StoredRecent).openedAt === 'string';
}

// The maps a page has open, by handle: the lock each holds, and the content
// hash of what the page last loaded or saved, so that a save can refuse to
// replace a file someone else changed meanwhile and the page's polling can
// be told "same", "changed", "missing" or "can't reach the folder". Also the
// local backups and the recovery journal, both in this machine's data folder.
import { createHash } from 'node:crypto';
import { LIMITS } from '../../shared/format/schema';
import type { FileHandle, FileStatus } from '../../shared/host/host';
import type { LockHolder } from '../../shared/i18n/lock';
import { toFileErrorChecked } from '../services/fileErrors';
import { nodeFileSystem } from '../services/fileSystem';
import { acquireLock, currentIdentity, forceLock, type HeldLock, type Identity } from '../services/lock';
import { MapBackups } from '../services/backups';
import { RecoveryJournal } from '../services/recovery';
import { cleanStaleTemporaries } from '../services/staleTemporaries';

export const contentHash = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/**
 * How the page has a map open. Only `editing` may be saved over: opened for
 * editing with the lock held (or no lock to be had on that folder), or
 * "edit anyway" chosen. `held-elsewhere`: another copy holds the lock and
 * the page has not chosen yet. `reading`: opened to look at, or only polled.
 */
type OpenMode = 'editing' | 'held-elsewhere' | 'reading';

interface OpenEntry {
  path: string;
  lock: HeldLock | null;
  mode: OpenMode;
  /** Hash of what the page last loaded or saved (or was handed by fileStatus or a refused save). */
  knownHash: string;
}

export class OpenFiles {
  readonly backups: MapBackups;
  readonly journal: RecoveryJournal;
  private readonly entries = new Map<FileHandle, OpenEntry>();

  constructor(
    readonly dataDir: string,
    private readonly identity: Identity = currentIdentity(),
  ) {
    this.backups = new MapBackups(dataDir);
    this.journal = new RecoveryJournal(dataDir, { delayMs: 0 });
  }

  /**
   * The page has been given `bytes` of `path` under `handle`. For editing,
   * the lock is taken (a stale one of this machine silently taken over);
   * the holder is returned when another copy has it. Leftover temporaries
   * of killed saves are cleaned up.
   */
  async opened(handle: FileHandle, path: string, bytes: Uint8Array, forEditing: boolean): Promise<LockHolder | null> {
    await cleanStaleTemporaries(path);
    const entry: OpenEntry = this.entries.get(handle) ?? { path, lock: null, mode: 'reading', knownHash: '' };
    entry.knownHash = contentHash(bytes);
    this.entries.set(handle, entry);
    if (!forEditing || entry.lock !== null) return null;
    const acquired = await acquireLock(path, { ...this.identity, now: new Date() });
    if (acquired.ok) {
      entry.lock = acquired.lock;
      entry.mode = 'editing';
      return null;
    }
    if (acquired.reason === 'held') {
      entry.mode = 'held-elsewhere';
      return acquired.holder;
    }
    // The lock cannot be made (a read-only share, a dropped folder): editing goes on, saving will say why it fails.
    entry.mode = 'editing';
    return null;
  }

  /** "Edit anyway": the lock if it has come free, else editing without it; the holder's lock stays. */
  async editAnyway(handle: FileHandle): Promise<LockHolder | null> {
    const entry = this.entries.get(handle);
    // Only a map opened for editing can be edited anyway; one opened to read stays read.
    if (!entry || entry.mode === 'reading') return null;
    entry.mode = 'editing';
    if (entry.lock !== null) return null;
    const forced = await forceLock(entry.path, { ...this.identity, now: new Date() });
    if (forced.ok && forced.lock !== null) {
      entry.lock = forced.lock;
      return null;
    }
    return forced.ok ? forced.holder : null;
  }

  /** Whether the page may save over this map: opened for editing here, not held by another copy. */
  editing(handle: FileHandle): boolean {
    return this.entries.get(handle)?.mode === 'editing';
  }

  /** Whether this window holds the map's lock: quitting and closing release it. */
  locked(handle: FileHandle): boolean {
    return this.entries.get(handle)?.lock != null;
  }

  /** What the page knows the file to hold, or null for a file it has not opened through this table. */
  knownHash(handle: FileHandle): string | null {
    return this.entries.get(handle)?.knownHash ?? null;
  }

  /** The page now knows the file holds `bytes` (it saved them, or was handed them). */
  know(handle: FileHandle, bytes: Uint8Array): void {
    const entry = this.entries.get(handle);
    if (entry) entry.knownHash = contentHash(bytes);
  }

  async status(handle: FileHandle, path: string): Promise<FileStatus> {
    let bytes: Uint8Array;
    try {
      bytes = await nodeFileSystem.readFile(path, LIMITS.maxFileBytes);
    } catch (error) {
      const fileError = await toFileErrorChecked(error, path, nodeFileSystem);
      if (fileError.code === 'busy') return { state: 'same' }; // being replaced or scanned: asked again in two seconds
      if (fileError.code === 'not-found') return { state: 'missing' };
      return { state: 'unreachable', error: fileError };
    }
    const entry = this.entries.get(handle);
    const hash = contentHash(bytes);
    if (!entry) {
      // Polled before it was opened here: watched from now on, never thereby open for editing.
      this.entries.set(handle, { path, lock: null, mode: 'reading', knownHash: hash });
      return { state: 'same' };
    }
    if (hash === entry.knownHash) return { state: 'same' };
    entry.knownHash = hash;
    return { state: 'changed', bytes };
  }

  /** The map is closed: its lock released, its entry forgotten. */
  async close(handle: FileHandle): Promise<void> {
    const entry = this.entries.get(handle);
    this.entries.delete(handle);
    await entry?.lock?.release();
  }

  /**
   * Every lock released and the journal's writes finished: the server stops
   * (SIGINT, SIGTERM), or a desktop window closes. `forgetRecovery`: the
   * person decided about these maps (a window closed after Save or Don't
   * save), so nothing of them is offered for recovery at the next start;
   * a server stopping, or a window whose page went away, keeps the journal.
   */
  async closeAll(options: { forgetRecovery?: boolean } = {}): Promise<void> {
    const handles = [...this.entries.keys()];
    await Promise.all(handles.map((handle) => this.close(handle)));
    if (options.forgetRecovery) await this.journal.clearAll();
    await this.journal.idle();
  }
}

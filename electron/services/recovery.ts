// The recovery journal: every open map's current text, kept in the app's own
// data folder within two seconds of each change, so that a crash, a kill or
// a flat battery loses at most those seconds. Entries are cleared when the
// map is saved or closed cleanly; at start-up, entries left by a process
// that is gone are offered back. Nothing here writes the user's file.
import { hostname, uptime } from 'node:os';
import { join } from 'node:path';
import { LIMITS } from '../../shared/format/schema';
import type { FileError } from '../../shared/i18n/fileErrors';
import { errnoOf, toFileError } from './fileErrors';
import { nodeFileSystem, type FileSystem } from './fileSystem';
import { saveFileSafely } from './safeSave';
import { realScheduler, type Scheduler } from './scheduler';
import { cleanStaleTemporaries } from './staleTemporaries';

/** One open map, as it is now. */
export interface RecoverySession {
  /** Names the journal entry: one per open map (the page makes it, renderer/app/session.ts). */
  key: string;
  /** Where the map is saved, or null for a map never saved. */
  path: string | null;
  title: string;
  /** The whole map as canonical .cjm text; a function is called only when the entry is written. */
  text: string | (() => string);
}

/** An entry left by a process that is gone. */
export interface PendingRecovery {
  key: string;
  path: string | null;
  title: string;
  savedAt: string;
  pid: number;
}

export interface RecoveryJournalOptions {
  fs?: FileSystem;
  scheduler?: Scheduler;
  /** How long changes gather before they are written; a write may take the rest of the two seconds. */
  delayMs?: number;
  /** A journal write that failed (a full disk): the journal carries on with the next change. */
  onError?: (error: FileError, key: string) => void;
  /** Whether a process of this machine is running; by default asked of the system. */
  isAlive?: (pid: number) => boolean;
  pid?: number;
}

/** The small JSON beside each entry's text. */
interface Sidecar {
  path: string | null;
  title: string;
  savedAt: string;
  pid: number;
  /** With the pid, tells a process of another boot or another machine (a roaming profile) from a live one. */
  host: string;
  bootedAt: number;
}

interface Slot {
  pending?: RecoverySession;
  /** When the oldest change not yet written was made. */
  pendingSince?: number;
  timer?: unknown;
  /** The write or removal under way: at most one per key. */
  busy?: Promise<void>;
}

const KEY = /^[A-Za-z0-9_-]{1,64}$/;
/** A sidecar names a map and a time: anything larger is not one of ours. */
const SIDECAR_MAX_BYTES = 64 * 1024;

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errnoOf(error) === 'EPERM'; // alive, but another user's
  }
}

/** When this machine started, to the nearest ten seconds (uptime drifts a little against the clock). */
function bootTime(): number {
  return Math.round((Date.now() - uptime() * 1000) / 10_000) * 10_000;
}

export class RecoveryJournal {
  readonly folder: string;
  private readonly fs: FileSystem;
  private readonly scheduler: Scheduler;
  private readonly delayMs: number;
  private readonly onError: (error: FileError, key: string) => void;
  private readonly isAlive: (pid: number) => boolean;
  private readonly pid: number;
  private readonly slots = new Map<string, Slot>();
  /** The entries this journal has recorded and not cleared: what a window's own close forgets. */
  private readonly recorded = new Set<string>();

  constructor(dataDir: string, options: RecoveryJournalOptions = {}) {
    this.folder = join(dataDir, 'recovery');
    this.fs = options.fs ?? nodeFileSystem;
    this.scheduler = options.scheduler ?? realScheduler;
    this.delayMs = options.delayMs ?? 1000;
    this.onError = options.onError ?? (() => undefined);
    this.isAlive = options.isAlive ?? isProcessAlive;
    this.pid = options.pid ?? process.pid;
  }

  /** Notes the map's current text; it is written within two seconds, the latest text winning. */
  record(session: RecoverySession): void {
    checkKey(session.key);
    this.recorded.add(session.key);
    const slot = this.slot(session.key);
    slot.pending = session;
    slot.pendingSince ??= this.scheduler.now();
    this.schedule(session.key, slot);
  }

  /** Writes what is waiting now, and waits for it (before a risky step, or in tests). */
  async flush(key?: string): Promise<void> {
    for (const k of key === undefined ? [...this.slots.keys()] : [key]) {
      const slot = this.slots.get(k);
      while (slot && (slot.busy || slot.pending)) {
        if (!slot.busy) {
          this.cancelTimer(slot);
          this.write(k, slot);
        }
        await slot.busy;
      }
    }
  }

  /** Waits for the writes under way, without hurrying the changes still gathering. */
  async idle(): Promise<void> {
    for (;;) {
      const busy = [...this.slots.values()].flatMap((slot) => (slot.busy ? [slot.busy] : []));
      if (busy.length === 0) return;
      await Promise.all(busy);
    }
  }

  /** Removes the entry: the map was saved or closed cleanly. Changes recorded after this are journaled again. */
  async clear(key: string): Promise<void> {
    checkKey(key);
    this.recorded.delete(key);
    const slot = this.slot(key);
    this.cancelTimer(slot);
    slot.pending = undefined;
    slot.pendingSince = undefined;
    while (slot.busy) await slot.busy;
    slot.busy = this.remove(key).finally(() => {
      slot.busy = undefined;
      this.schedule(key, slot);
    });
    await slot.busy;
    if (!slot.busy && !slot.pending && slot.timer === undefined) this.slots.delete(key);
  }

  /** Clears every entry this journal recorded: the person has decided about those maps (saved them, or chose not to). */
  async clearAll(): Promise<void> {
    await Promise.all([...this.recorded].map((key) => this.clear(key)));
  }

  /** Entries left by processes that are gone (a crash, a kill), newest first. */
  async pending(): Promise<PendingRecovery[]> {
    let names: string[];
    try {
      names = await this.fs.readdir(this.folder);
    } catch {
      return [];
    }
    const found: PendingRecovery[] = [];
    for (const name of names) {
      const key = name.slice(0, -'.json'.length);
      if (!name.endsWith('.json') || !KEY.test(key)) continue;
      const sidecar = await this.readSidecar(key);
      if (!sidecar || this.isRunning(sidecar)) continue;
      try {
        await this.fs.stat(this.textPath(key));
      } catch {
        continue;
      }
      for (const file of [this.textPath(key), this.sidecarPath(key)]) await cleanStaleTemporaries(file, { fs: this.fs, olderThanMs: 0 });
      found.push({ key, path: sidecar.path, title: sidecar.title, savedAt: sidecar.savedAt, pid: sidecar.pid });
    }
    return found.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
  }

  /** The journaled text of an entry, or null if there is none. */
  async restore(key: string): Promise<string | null> {
    checkKey(key);
    try {
      return Buffer.from(await this.fs.readFile(this.textPath(key), LIMITS.maxFileBytes)).toString('utf8');
    } catch {
      return null;
    }
  }

  private slot(key: string): Slot {
    let slot = this.slots.get(key);
    if (!slot) this.slots.set(key, (slot = {}));
    return slot;
  }

  /** A timer for the waiting change, due two seconds at most after it was made; none while a write is under way. */
  private schedule(key: string, slot: Slot): void {
    if (!slot.pending || slot.busy || slot.timer !== undefined) return;
    const due = Math.max(0, (slot.pendingSince ?? this.scheduler.now()) + this.delayMs - this.scheduler.now());
    slot.timer = this.scheduler.setTimeout(() => {
      slot.timer = undefined;
      if (!slot.busy) this.write(key, slot);
    }, due);
  }

  private cancelTimer(slot: Slot): void {
    if (slot.timer === undefined) return;
    this.scheduler.clearTimeout(slot.timer);
    slot.timer = undefined;
  }

  private write(key: string, slot: Slot): void {
    const session = slot.pending;
    if (!session) return;
    slot.pending = undefined;
    slot.pendingSince = undefined;
    slot.busy = this.writeEntry(session)
      .catch((error: unknown) => toFileError(error, this.textPath(key)))
      .then((error) => {
        if (error) this.onError(error, key);
      })
      .finally(() => {
        slot.busy = undefined;
        this.schedule(key, slot);
      });
  }

  /** The text first, then the sidecar: a sidecar always has a text beside it. */
  private async writeEntry(session: RecoverySession): Promise<FileError | null> {
    await this.fs.mkdir(this.folder);
    const text = typeof session.text === 'function' ? session.text() : session.text;
    const saved = await saveFileSafely(this.textPath(session.key), Buffer.from(text, 'utf8'), { fs: this.fs });
    if (!saved.ok) return saved.error;
    const sidecar: Sidecar = {
      path: session.path,
      title: session.title,
      savedAt: new Date(this.scheduler.now()).toISOString(),
      pid: this.pid,
      host: hostname(),
      bootedAt: bootTime(),
    };
    const meta = await saveFileSafely(this.sidecarPath(session.key), Buffer.from(`${JSON.stringify(sidecar)}\n`), { fs: this.fs });
    return meta.ok ? null : meta.error;
  }

  private async remove(key: string): Promise<void> {
    // The sidecar first: without it the entry is never offered, even if the text stays.
    for (const path of [this.sidecarPath(key), this.textPath(key)]) {
      try {
        await this.fs.unlink(path);
      } catch (error) {
        if (errnoOf(error) !== 'ENOENT') this.onError(toFileError(error, path), key);
      }
    }
  }

  private isRunning(sidecar: Sidecar): boolean {
    if (sidecar.host !== hostname() || Math.abs(sidecar.bootedAt - bootTime()) > 60_000) return false;
    return sidecar.pid === this.pid || this.isAlive(sidecar.pid);
  }

  private async readSidecar(key: string): Promise<Sidecar | null> {
    try {
      const value = JSON.parse(Buffer.from(await this.fs.readFile(this.sidecarPath(key), SIDECAR_MAX_BYTES)).toString('utf8')) as Partial<Sidecar>;
      if (typeof value.title !== 'string' || typeof value.savedAt !== 'string' || typeof value.pid !== 'number') return null;
      if (value.path !== null && typeof value.path !== 'string') return null;
      return {
        path: value.path,
        title: value.title,
        savedAt: value.savedAt,
        pid: value.pid,
        host: typeof value.host === 'string' ? value.host : hostname(),
        bootedAt: typeof value.bootedAt === 'number' ? value.bootedAt : bootTime(),
      };
    } catch {
      return null;
    }
  }

  private textPath(key: string): string {
    return join(this.folder, `${key}.cjm`);
  }

  private sidecarPath(key: string): string {
    return join(this.folder, `${key}.json`);
  }
}

function checkKey(key: string): void {
  if (!KEY.test(key)) throw new Error(`A recovery key is letters, digits, "-" and "_": ${JSON.stringify(key)}`);
}

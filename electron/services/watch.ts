// Notices when someone else changes an open map. File events do not arrive
// over SMB or NFS, and shares report times that lie, so the file is read
// every few seconds and its content hash compared with the last one known.
// A folder that stops answering is "can't reach the folder" until it comes
// back, and a file gone from a folder that answers is "missing": neither is
// taken as the map being deleted, and the open work is kept either way.
import { createHash } from 'node:crypto';
import type { FileError } from '../../shared/i18n/files';
import { toFileErrorChecked } from './fileErrors';
import { nodeFileSystem, type FileSystem } from './fileSystem';
import { realScheduler, type Scheduler } from './scheduler';

export type WatchState = 'present' | 'missing' | 'unreachable';

export interface WatchOptions {
  intervalMs?: number;
  fs?: FileSystem;
  scheduler?: Scheduler;
  /** The content as opened; without it, the first read is taken as known. */
  knownBytes?: Uint8Array;
  /** The file's content is not what was last known: someone else saved it. */
  onChange(bytes: Uint8Array): void;
  /** The folder (or the file) cannot be read: a dropped share, a sleeping server. */
  onUnreachable?(error: FileError): void;
  /** The folder answers but the file is not there (renamed or moved away, perhaps being replaced). */
  onMissing?(): void;
  /** The file can be read again after being unreachable or missing. */
  onBack?(): void;
}

export interface MapWatch {
  /** The content just saved by us, so that our own save is not reported as a change. */
  acknowledge(bytes: Uint8Array): void;
  /** Reads the file now (on window focus, or in tests); resolves when that read has been reported. */
  check(): Promise<void>;
  readonly state: WatchState;
  stop(): void;
}

const hashOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export function watchMap(path: string, options: WatchOptions): MapWatch {
  const fs = options.fs ?? nodeFileSystem;
  const scheduler = options.scheduler ?? realScheduler;
  const intervalMs = options.intervalMs ?? 2000;
  let known = options.knownBytes ? hashOf(options.knownBytes) : null;
  let state: WatchState = 'present';
  let stopped = false;
  let timer: unknown;
  let running: Promise<void> | null = null;
  let runningGeneration = 0;
  // Bumped by acknowledge: a read begun before our own save must not report our save's predecessor.
  let generation = 0;

  const report = (next: WatchState, error?: FileError) => {
    if (next === state) return;
    state = next;
    if (next === 'unreachable') options.onUnreachable?.(error!);
    else if (next === 'missing') options.onMissing?.();
    else options.onBack?.();
  };

  const poll = async () => {
    const started = generation;
    let outcome: { bytes: Uint8Array } | { error: FileError };
    try {
      outcome = { bytes: await fs.readFile(path) };
    } catch (error) {
      outcome = { error: await toFileErrorChecked(error, path, fs) };
    }
    if (stopped || started !== generation) return;
    if ('error' in outcome) {
      const { error } = outcome;
      if (error.code === 'busy') return; // being replaced or scanned: read again next time
      report(error.code === 'not-found' ? 'missing' : 'unreachable', error);
      return;
    }
    report('present');
    const hash = hashOf(outcome.bytes);
    if (known === null) known = hash;
    else if (hash !== known) {
      known = hash;
      options.onChange(outcome.bytes);
    }
  };

  const check = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    // One read at a time: a slow share must not pile reads up. A read begun
    // before an acknowledge will be ignored, so a fresh one follows it.
    if (running && runningGeneration === generation) return running;
    const read: Promise<void> = (running ?? Promise.resolve()).then(poll).finally(() => {
      if (running === read) running = null;
    });
    running = read;
    runningGeneration = generation;
    return read;
  };

  const tick = () => {
    timer = undefined;
    void check().finally(() => {
      if (!stopped) timer = scheduler.setTimeout(tick, intervalMs);
    });
  };
  timer = scheduler.setTimeout(tick, options.knownBytes ? intervalMs : 0);

  return {
    acknowledge(bytes) {
      known = hashOf(bytes);
      generation++;
    },
    check,
    get state() {
      return state;
    },
    stop() {
      stopped = true;
      if (timer !== undefined) scheduler.clearTimeout(timer);
      timer = undefined;
    },
  };
}

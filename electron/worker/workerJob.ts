// Exports and imports in worker threads (jobWorker.ts), each with a ceiling
// on its memory: a task that needs more ends its thread with
// WorkerOutOfMemory instead of the app. A thread rests a minute after a task
// for the next one (which then finds its libraries loaded, as the main
// thread would), then ends, giving back what its tasks took.
//
// The script is dist/worker/jobWorker.cjs. In the packaged app it stays
// inside app.asar (Electron has run worker threads from the archive since
// version 17): the libraries it requires (exceljs, pdfkit, fontkit, …) are
// in the archive's node_modules, out of reach of a script unpacked beside it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ExportCancelled, type CancelSignal } from '../../shared/export/options';
import { findPackageRoot } from '../services/packageRoot';
import { ownsItsBuffer, type WorkerMessage, type WorkerPrepare, type WorkerTask } from './jobMessages';

/** The heap a task's thread may use, in MiB, as measured on 5,000- and 20,000-note maps. */
export const WORKER_HEAP_MIB = {
  /**
   * A 5,000-note PDF peaks under 160 MiB and a 20,000-note one under 768. Not
   * 1 GiB: V8 grows a heap capped that low more timidly, and the exports took
   * 10–20 % longer for the extra collections; from 2 GiB they run as in the
   * main thread.
   */
  export: 2048,
  /** A 20,000-note workbook is read in under 64 MiB, a sheet at the budget of a million cells in under 128. */
  import: 512,
} as const;

/** The task needed more memory than its thread may have. */
export class WorkerOutOfMemory extends Error {
  constructor(readonly limitBytes: number) {
    super(`more memory than the ${Math.round(limitBytes / 1024 / 1024)} MiB allowed`);
    this.name = 'WorkerOutOfMemory';
  }
}

/** The thread ended without an answer (a crash in native code, an exit): why, in one line. */
class WorkerStopped extends Error {
  constructor(reason: string) {
    super(`the worker stopped unexpectedly (${reason})`);
    this.name = 'WorkerStopped';
  }
}

export interface WorkerJobOptions {
  heapMiB: number;
  /** Aborting ends the thread at once: the job rejects with ExportCancelled. */
  signal?: CancelSignal;
  onProgress?: (done: number, total: number) => void;
}

/** The built worker script, or null where it is not built (running from source): then tasks run in this thread. */
export function jobWorkerScript(): string | null {
  const script = join(findPackageRoot(), 'dist', 'worker', 'jobWorker.cjs');
  return existsSync(script) ? script : null;
}

/** How long a thread waits for the next task after one: long enough for a facilitator's round of exports. */
const REST_MS = 60_000;

/** One resting thread per script and heap, kept after a task so that the next finds its libraries loaded. */
const resting = new Map<string, { worker: Worker; timer: NodeJS.Timeout; forget: () => void }>();

/**
 * Runs a task in a worker thread, a resting one if there is one, else a new
 * one; resolves with its answer. The thread gets ready for `prepare` while
 * `task()` makes the task here. The task's bytes move to the thread: when
 * they are all of their buffer, the caller's copy is left empty. A thread
 * that fails, is cancelled or runs out of memory is ended, never reused.
 */
export function runInWorker<T>(script: string, prepare: WorkerPrepare | null, task: () => WorkerTask, options: WorkerJobOptions): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (options.signal?.aborted) return reject(new ExportCancelled());
    const key = `${options.heapMiB}:${script}`;
    const worker = takeThread(key, script, options.heapMiB);
    let settled = false;
    const settle = (outcome: () => void, keep: boolean) => {
      if (settled) return;
      settled = true;
      clearInterval(watch);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (keep) rest(key, worker);
      else void end(worker);
      outcome();
    };
    // The signal is only asked, never listened to (it is shared/'s CancelSignal): a tenth of a second is soon enough.
    const watch = setInterval(() => {
      if (!options.signal?.aborted || settled) return;
      settled = true;
      clearInterval(watch);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      void end(worker).finally(() => reject(new ExportCancelled()));
    }, 100);
    const onMessage = (message: WorkerMessage) => {
      if (message.kind === 'prepared') return;
      if (message.kind === 'progress') options.onProgress?.(message.done, message.total);
      else if (message.kind === 'done') settle(() => resolve(message.value as T), true);
      else settle(() => reject(new Error(message.reason)), false);
    };
    const onError = (error: Error & { code?: string }) => {
      const reason = error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new WorkerOutOfMemory(options.heapMiB * 1024 * 1024) : new WorkerStopped(error.message.split('\n')[0]!.slice(0, 200));
      settle(() => reject(reason), false);
    };
    const onExit = (code: number) => settle(() => reject(new WorkerStopped(`exit code ${code}`)), false);
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    try {
      if (prepare) worker.postMessage(prepare);
      send(worker, task());
    } catch (error) {
      settle(() => reject(error), false);
    }
  });
}

/**
 * Gets a thread ready for a task to come (the export dialog is open): a
 * resting one is told what to load, else a new one starts, loads it and
 * rests, so the export that follows starts warm. Settles once it has loaded
 * (or ended): nothing waits for that but the bench, which times from the click.
 */
export function prepareThread(script: string, prepare: WorkerPrepare, heapMiB: number): Promise<void> {
  const key = `${heapMiB}:${script}`;
  const worker = takeThread(key, script, heapMiB);
  worker.postMessage(prepare);
  rest(key, worker);
  return new Promise<void>((resolve) => {
    const heard = (message: WorkerMessage) => {
      if (message.kind !== 'prepared') return;
      worker.off('message', heard);
      resolve();
    };
    worker.on('message', heard);
    worker.once('exit', () => resolve());
  });
}

/** Ends a thread; whatever it still says on its way out is no one's concern (an unheard 'error' would throw here). */
function end(worker: Worker): Promise<number> {
  worker.on('error', () => undefined);
  return worker.terminate();
}

function takeThread(key: string, script: string, heapMiB: number): Worker {
  const kept = resting.get(key);
  if (!kept) return new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: heapMiB } });
  resting.delete(key);
  clearTimeout(kept.timer);
  kept.worker.off('error', kept.forget).off('exit', kept.forget).ref();
  return kept.worker;
}

/** Keeps `worker` for the next task, unless one rests already; a resting thread never keeps the process alive. */
function rest(key: string, worker: Worker): void {
  if (resting.has(key)) {
    void end(worker);
    return;
  }
  const forget = () => {
    if (resting.get(key)?.worker === worker) resting.delete(key);
  };
  const timer = setTimeout(() => {
    forget();
    void end(worker);
  }, REST_MS);
  timer.unref();
  worker.unref();
  worker.on('error', forget).on('exit', forget);
  resting.set(key, { worker, timer, forget });
}

function send(worker: Worker, task: WorkerTask): void {
  const carried = task.kind === 'export' ? task.map : task.bytes;
  const own = ownsItsBuffer(carried) ? carried : new Uint8Array(carried);
  worker.postMessage(task.kind === 'export' ? { ...task, map: own } : { ...task, bytes: own }, [own.buffer as ArrayBuffer]);
}

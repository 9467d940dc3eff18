// Who draws a PNG's bands: worker threads (pngBandWorker), one per core the
// machine offers, each drawing every n-th band; or, where the worker's
// script is not built (running from source), this thread itself. Bands come
// back in any order; the caller asks for them in order.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { findPackageRoot } from '../services/packageRoot';
import { onDisk } from './fonts';
import { BandPainter, type BandSetup, type DrawnBand } from './pngBandPainter';

export interface BandDrawers {
  /** How many bands may be asked for before the first is awaited. */
  readonly parallel: number;
  draw(index: number): Promise<DrawnBand>;
  close(): Promise<void>;
}

/** Fewer bands than this are drawn here: starting threads costs more than it saves. */
const WORKER_THRESHOLD = 6;

export function workerScript(): string {
  return onDisk(join(findPackageRoot(), 'dist', 'export', 'pngBandWorker.mjs'));
}

export async function bandDrawers(setup: BandSetup, bands: number): Promise<BandDrawers> {
  const script = workerScript();
  const count = Math.min(availableParallelism(), 4);
  if (bands < WORKER_THRESHOLD || count < 2 || !existsSync(script)) return inThread(setup);
  return inWorkers(setup, script, count);
}

async function inThread(setup: BandSetup): Promise<BandDrawers> {
  const painter = await BandPainter.create(setup);
  return { parallel: 1, draw: async (index) => painter.draw(index), close: async () => {} };
}

async function inWorkers(setup: BandSetup, script: string, count: number): Promise<BandDrawers> {
  const waiting = new Map<number, { resolve(band: DrawnBand): void; reject(error: unknown): void }>();
  let failure: unknown = null;
  const workers = await Promise.all(
    Array.from({ length: count }, () => {
      const worker = new Worker(script, { workerData: setup });
      worker.on('message', (band: DrawnBand | 'ready') => {
        if (band === 'ready') return;
        waiting.get(band.index)?.resolve(band);
        waiting.delete(band.index);
      });
      worker.on('error', (error) => {
        failure = error;
        for (const pending of waiting.values()) pending.reject(error);
        waiting.clear();
      });
      return new Promise<Worker>((resolve, reject) => {
        worker.once('message', () => resolve(worker));
        worker.once('error', reject);
      });
    }),
  );
  return {
    parallel: count + 1,
    draw: (index) =>
      new Promise<DrawnBand>((resolve, reject) => {
        if (failure !== null) return reject(failure);
        waiting.set(index, { resolve, reject });
        workers[index % count]!.postMessage(index);
      }),
    close: async () => {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

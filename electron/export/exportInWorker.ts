// Exports for the app (the desktop main process and browser mode's server):
// each runs in a worker thread of its own with a ceiling on its memory
// (electron/worker), so the main thread keeps answering while a 5,000-note
// poster is drawn, and an export that runs out of memory fails alone. The
// command line, a process of its own, runs runExport directly.
import { writeCjm } from '../../shared/format/writer';
import { encodeMap } from '../services/mapFile';
import { jobWorkerScript, runInWorker, WORKER_HEAP_MIB } from '../worker/workerJob';
import type { ExportOutput, ExportRunner } from './exportJobs';
import { runExport } from './runExport';

/** An ExportRunner whose exports run in a worker thread with `heapMiB` of heap. */
export function exportRunnerInWorker({ heapMiB = WORKER_HEAP_MIB.export }: { heapMiB?: number } = {}): ExportRunner {
  return async (map, options, name, control = {}) => {
    const script = jobWorkerScript();
    if (script === null) return runExport(map, options, name, control);
    // The map crosses as its .cjm bytes, which move to the thread rather than being copied.
    const task = () => ({ kind: 'export', map: encodeMap(writeCjm(map)), options, name }) as const;
    return runInWorker<ExportOutput>(script, { kind: 'prepare', format: options.format }, task, { heapMiB, signal: control.signal, onProgress: control.onProgress });
  };
}

export const exportInWorker: ExportRunner = exportRunnerInWorker();

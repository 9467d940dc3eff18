// Exports for the app (the desktop main process and browser mode's server):
// each runs in a worker thread of its own with a ceiling on its memory
// (electron/worker), so the main thread keeps answering while a 5,000-note
// poster is drawn, and an export that runs out of memory fails alone. The
// map crosses as the bytes the page sent, read once, in the worker; the
// command line, a process of its own, runs runExport directly.
import type { ExportFormat } from '../../shared/export/options';
import { jobWorkerScript, prepareThread, runInWorker, WORKER_HEAP_MIB } from '../worker/workerJob';
import type { ExportOutput, ExportRunner } from './exportJobs';
import { exportInThisThread } from './runExport';

/** An ExportRunner whose exports run in a worker thread with `heapMiB` of heap. */
export function exportRunnerInWorker({ heapMiB = WORKER_HEAP_MIB.export }: { heapMiB?: number } = {}): ExportRunner {
  const run: ExportRunner = async (map, options, name, control = {}) => {
    const script = jobWorkerScript();
    if (script === null) return exportInThisThread(map, options, name, control);
    return runInWorker<ExportOutput>(script, { kind: 'prepare', format: options.format }, () => ({ kind: 'export', map, options, name }), {
      heapMiB,
      signal: control.signal,
      onProgress: control.onProgress,
    });
  };
  // While the export dialog is open, a thread starts and loads the format's libraries: the export then starts warm.
  run.prepare = async (format: ExportFormat) => {
    const script = jobWorkerScript();
    if (script === null) await exportInThisThread.prepare?.(format);
    else await prepareThread(script, { kind: 'prepare', format }, heapMiB);
  };
  return run;
}

export const exportInWorker: ExportRunner = exportRunnerInWorker();

// A file to import, read in a worker thread with a ceiling on its memory
// (electron/worker): a hostile workbook is refused by its caps and budgets
// (readSheet), and whatever slips past them ends its thread with a clear
// failure, never the app or the command line.
import type { ImportSource } from '../../shared/host/host';
import { jobWorkerScript, runInWorker, WORKER_HEAP_MIB, WorkerOutOfMemory } from '../worker/workerJob';
import { readImportSource } from './readImportSource';

/**
 * readImportSource in a worker thread. `bytes` move to the thread when they
 * are all of their buffer, so the caller's copy is then left empty.
 */
export async function readImport(bytes: Uint8Array, fileName: string, { heapMiB = WORKER_HEAP_MIB.import }: { heapMiB?: number } = {}): Promise<ImportSource> {
  const script = jobWorkerScript();
  if (script === null) return readImportSource(bytes, fileName);
  try {
    return await runInWorker<ImportSource>(script, null, () => ({ kind: 'import', bytes, name: fileName }), { heapMiB });
  } catch (error) {
    const name = fileName.split(/[\\/]/).pop() ?? fileName;
    if (error instanceof WorkerOutOfMemory) return { kind: 'unreadable', name, failure: { code: 'too-much-memory', limit: error.limitBytes } };
    return { kind: 'unreadable', name, failure: { code: 'read-stopped', detail: error instanceof Error ? error.message : String(error) } };
  }
}

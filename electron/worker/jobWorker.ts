// The worker thread that runs exports and imports, one at a time (workerJob.ts
// starts it, with a memory limit): whatever a task costs, the main thread
// keeps answering menus, windows and other calls, and a task that runs out
// of memory ends this thread, not the app. Built to dist/worker/jobWorker.cjs.
import { parentPort } from 'node:worker_threads';
import { exportInThisThread, loadExporter } from '../export/runExport';
import { ownsItsBuffer, type WorkerMessage, type WorkerRequest, type WorkerTask } from './jobMessages';

const port = parentPort!;
const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
let ready: Promise<void> = Promise.resolve();

async function run(task: WorkerTask): Promise<void> {
  if (task.kind === 'import') {
    const { readImportSource } = await import('../import/readImportSource');
    post({ kind: 'done', value: await readImportSource(task.bytes, task.name) });
    return;
  }
  await ready;
  // The map is read here, once: the thread that handed it over parsed nothing.
  const output = await exportInThisThread(task.map, task.options, task.name, { onProgress: (done, total) => post({ kind: 'progress', done, total }) });
  // Each file's bytes move to the main thread; bytes that share their buffer are copied once here first.
  const files = output.files.map((file) => ({ name: file.name, bytes: ownsItsBuffer(file.bytes) ? file.bytes : new Uint8Array(file.bytes) }));
  try {
    post({ kind: 'done', value: { ...output, files } }, files.map((file) => file.bytes.buffer as ArrayBuffer));
  } catch {
    // A buffer in native memory (a picture's pixels) cannot move: it is copied instead.
    post({ kind: 'done', value: output });
  }
}

port.on('message', (request: WorkerRequest) => {
  // The export's libraries load while the main thread writes the map's bytes.
  if (request.kind === 'prepare') {
    ready = loadExporter(request.format).then(() => post({ kind: 'prepared' }));
  }
  else {
    run(request).catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      post({ kind: 'failed', reason: message.split('\n')[0]!.slice(0, 200) });
    });
  }
});

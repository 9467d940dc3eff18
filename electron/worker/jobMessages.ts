// What crosses between the main thread and a job's worker (jobWorker.ts):
// what to get ready for, then a task in, progress and the task's answer out. A map and a file to import cross as bytes, moved
// rather than copied.
import type { ExportOptions } from '../../shared/export/options';

/** Sent ahead of an export, so the thread loads its libraries while the map is still being written. */
export type WorkerPrepare = { kind: 'prepare'; format: ExportOptions['format'] };

export type WorkerTask =
  /** `map` is the map's .cjm bytes; `name` the file asked for. */
  | { kind: 'export'; map: Uint8Array; options: ExportOptions; name: string }
  /** `bytes` is the file to import; `name` its file name (its extension says how to read it). */
  | { kind: 'import'; bytes: Uint8Array; name: string };

export type WorkerRequest = WorkerPrepare | WorkerTask;

export type WorkerMessage =
  /** The libraries a prepare named are loaded. */
  | { kind: 'prepared' }
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'done'; value: unknown }
  /** The task threw: its reason in one line, never a stack trace. */
  | { kind: 'failed'; reason: string };

/**
 * Whether `bytes` is all of its buffer, so that the buffer can move to
 * another thread as it is; bytes that share theirs are copied to one of
 * their own first (a clone would copy the whole shared buffer).
 */
export function ownsItsBuffer(bytes: Uint8Array): boolean {
  return bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
}

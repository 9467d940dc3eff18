// Exports that run while the window stays responsive: each is a job the page
// asks about (progress, then done, failed or cancelled) and can cancel; the
// app's runner makes each in a worker thread (exportInWorker). The
// files are written only when the export is complete, each by a safe save,
// so a cancelled or failed export leaves nothing half-written behind.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { ExportCancelled, type ExportControl, type ExportFormat, type ExportOptions } from '../../shared/export/options';
import type { ExportStatus } from '../../shared/host/host';
import type { FileError } from '../../shared/i18n/fileErrors';
import { nodeFileSystem, type FileSystem } from '../services/fileSystem';
import { saveFileSafely } from '../services/safeSave';
import { refusedWriteTarget } from '../services/writeTarget';
import { WorkerOutOfMemory } from '../worker/workerJob';

export interface ExportOutput {
  /** The file asked for first; a Markdown report adds its picture after it. */
  files: { name: string; bytes: Uint8Array }[];
  /** A poster shrunk to fit PDF's largest page: by how much. */
  scaledTo: number | null;
}

/**
 * Makes an export in memory from the map's .cjm bytes (read where the export
 * runs, so the thread that hands it over parses nothing): `name` is the file
 * asked for, so companions can be named after it. `prepare` readies it for
 * a format (the export dialog is open), so the export starts warm; it
 * settles once ready, which only the bench waits for.
 */
export type ExportRunner = ((map: Uint8Array, options: ExportOptions, name: string, control: ExportControl) => Promise<ExportOutput>) & {
  prepare?(format: ExportFormat): Promise<void>;
};

/** The other files an export of `name` will write (checked before it starts, like the file itself). */
export type CompanionNames = (options: ExportOptions, name: string) => string[];

interface Job {
  /** The file asked for, as the quit prompt names it. */
  name: string;
  status: ExportStatus;
  abort: AbortController;
  /** The main file, once written: what "show in folder" selects. */
  path: string | null;
}

/** Finished jobs are kept a while for "show in folder"; older ones are forgotten. */
const KEPT_JOBS = 20;

export class ExportJobs {
  private readonly jobs = new Map<string, Job>();

  constructor(
    private readonly run: ExportRunner,
    private readonly companions: CompanionNames = () => [],
    private readonly fs: FileSystem = nodeFileSystem,
  ) {}

  /**
   * Starts an export into `folder`/`name`. An existing file there (or of a
   * companion's name) is an `exists` error at once, before any work, unless
   * `replace` is set: an export never writes half its files.
   */
  async start(map: Uint8Array, options: ExportOptions, folder: string, name: string, replace: boolean): Promise<{ ok: true; job: string } | { ok: false; error: FileError }> {
    for (const file of [name, ...this.companions(options, name)]) {
      if (!replace && (await this.exists(join(folder, file)))) return { ok: false, error: { code: 'exists', path: file } };
      // Replacing never writes through a link that leads out of the chosen folder.
      const refused = replace ? await refusedWriteTarget(folder, file, this.fs) : null;
      if (refused) return { ok: false, error: refused };
    }
    const id = randomBytes(12).toString('hex');
    const job: Job = { name, status: { state: 'running', done: 0, total: 1 }, abort: new AbortController(), path: null };
    this.jobs.set(id, job);
    this.forgetOld();
    void this.execute(job, map, options, folder, name, replace);
    return { ok: true, job: id };
  }

  status(id: string): ExportStatus | null {
    return this.jobs.get(id)?.status ?? null;
  }

  cancel(id: string): void {
    this.jobs.get(id)?.abort.abort();
  }

  /** The export dialog is open on `format`: the runner gets ready for it (its thread started, its libraries loaded). */
  prepare(format: ExportFormat): void {
    void this.run.prepare?.(format);
  }

  /** The file names of the exports still running. */
  running(): string[] {
    return [...this.jobs.values()].filter((job) => job.status.state === 'running').map((job) => job.name);
  }

  /** Quitting: every running export stops (nothing of it is written). */
  cancelAll(): void {
    for (const job of this.jobs.values()) job.abort.abort();
  }

  /** The written file of a finished job. */
  pathOf(id: string): string | null {
    return this.jobs.get(id)?.path ?? null;
  }

  /** Resolves when no job is running: quitting waits for exports as for saves. */
  async idle(): Promise<void> {
    while ([...this.jobs.values()].some((job) => job.status.state === 'running')) await new Promise((resolve) => setTimeout(resolve, 50));
  }

  private async execute(job: Job, map: Uint8Array, options: ExportOptions, folder: string, name: string, replace: boolean): Promise<void> {
    const control: ExportControl = {
      signal: job.abort.signal,
      onProgress: (done, total) => {
        if (job.status.state === 'running') job.status = { state: 'running', done, total };
      },
    };
    let output: ExportOutput;
    try {
      output = await this.run(map, options, name, control);
      if (job.abort.signal.aborted) throw new ExportCancelled();
    } catch (error) {
      job.status = error instanceof ExportCancelled ? { state: 'cancelled' } : { state: 'failed', error: failureOf(error, name) };
      return;
    }
    for (const file of output.files) {
      const saved = await saveFileSafely(join(folder, file.name), file.bytes, { overwrite: replace, fs: this.fs });
      if (!saved.ok) {
        job.status = { state: 'failed', error: { ...saved.error, path: file.name } };
        return;
      }
    }
    job.path = join(folder, output.files[0]!.name);
    job.status = { state: 'done', folder, files: output.files.map((f) => f.name), scaledTo: output.scaledTo };
  }

  private async exists(path: string): Promise<boolean> {
    try {
      await this.fs.stat(path);
      return true;
    } catch {
      return false; // not there (or out of reach: the write will say so)
    }
  }

  private forgetOld(): void {
    const finished = [...this.jobs].filter(([, job]) => job.status.state !== 'running');
    for (const [id] of finished.slice(0, Math.max(0, this.jobs.size - KEPT_JOBS))) this.jobs.delete(id);
  }
}

function failureOf(error: unknown, name: string): FileError {
  if (error instanceof WorkerOutOfMemory) return { code: 'export-out-of-memory', path: name, limit: error.limitBytes };
  return { code: 'export-failed', path: name, errno: reasonOf(error) };
}

/** A short reason for the message, never a stack trace. */
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.slice(0, 200);
}

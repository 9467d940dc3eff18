// Export jobs as the app runs them: in a worker thread with a memory limit
// (issue 12, point 4). The files are the ones this thread would make,
// progress comes from the worker, cancelling ends it and writes nothing,
// quitting's cancelAll and idle still work, an export that needs more
// memory than allowed fails alone with words that say so, and the main
// thread stays free while a 5,000-note workbook is made.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { beforeEach, describe, expect, it } from 'vitest';
import { exportInWorker, exportRunnerInWorker } from '../../../../electron/export/exportInWorker';
import { ExportJobs, type ExportRunner } from '../../../../electron/export/exportJobs';
import { exportInThisThread, runExport } from '../../../../electron/export/runExport';
import { jobWorkerScript } from '../../../../electron/worker/workerJob';
import { defaultExportOptions, type ExportOptions } from '../../../../shared/export/options';
import { readCjm } from '../../../../shared/format/reader';
import { writeCjm } from '../../../../shared/format/writer';
import type { ExportStatus } from '../../../../shared/host/host';
import { fileErrorMessage } from '../../../../shared/i18n/fileErrors';
import { bigMap } from '../../../support/bigMap';

const SAMPLE = join(import.meta.dirname, '../../../../shared/samples/b2b-software-purchase.en.cjm');
/** The sample as the page sends it (its bytes), and as this thread reads it. */
const sampleBytes = () => new Uint8Array(readFileSync(SAMPLE));
const sample = (() => {
  const read = readCjm(sampleBytes());
  if (!read.ok) throw new Error('sample does not open');
  return read.map;
})();
/** A fresh copy each time: the bytes move to the worker, leaving the sender's copy empty. */
const fiveThousand = () => new TextEncoder().encode(writeCjm(bigMap({ notes: 5000, seed: 5 })));
const options = (format: ExportOptions['format']) => defaultExportOptions(format, 'en', new Date('2026-11-23T10:00:00Z'));
let folder: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'jejak-worker-jobs-'));
});

async function settled(jobs: ExportJobs, job: string, seen: ExportStatus[] = []): Promise<ExportStatus> {
  for (;;) {
    const status = jobs.status(job)!;
    seen.push(status);
    if (status.state !== 'running') return status;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

async function started(jobs: ExportJobs, format: ExportOptions['format'], name: string, map = fiveThousand()): Promise<string> {
  const start = await jobs.start(map, options(format), folder, name, false);
  if (!start.ok) throw new Error(JSON.stringify(start.error));
  return start.job;
}

describe('an export in a worker thread', () => {
  it('runs in the built worker, not here', () => {
    expect(jobWorkerScript()).toMatch(/dist[\\/]worker[\\/]jobWorker\.cjs$/);
  });

  it('makes the same files as this thread would', async () => {
    for (const format of ['csv', 'svg'] as const) {
      const here = await runExport(sample, options(format), `map.${format}`);
      const there = await exportInWorker(sampleBytes(), options(format), `map.${format}`, {});
      expect(Buffer.from(there.files[0]!.bytes).equals(Buffer.from(here.files[0]!.bytes))).toBe(true);
    }
  });

  it('made ready while the export dialog is open (prepare), then made from the bytes the page sent', async () => {
    const jobs = new ExportJobs(exportInWorker);
    jobs.prepare('pdf');
    const status = await settled(jobs, await started(jobs, 'pdf', 'prepared.pdf', sampleBytes()));
    expect(status).toMatchObject({ state: 'done', files: ['prepared.pdf'] });
    expect(readFileSync(join(folder, 'prepared.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('of bytes that are not a map fails with a reason, in the worker, and writes nothing', async () => {
    const jobs = new ExportJobs(exportInWorker);
    const status = await settled(jobs, await started(jobs, 'csv', 'garbage.csv', new TextEncoder().encode('{"format": "cjm"}')));
    expect(status).toEqual({ state: 'failed', error: { code: 'export-failed', path: 'garbage.csv', errno: 'the map to export is not a map Jejak can read' } });
    expect(readdirSync(folder)).toEqual([]);
  });

  it('reports the worker\'s progress, then writes the file', async () => {
    const jobs = new ExportJobs(exportInWorker);
    const seen: ExportStatus[] = [];
    const status = await settled(jobs, await started(jobs, 'pdf', 'map.pdf'), seen);
    expect(status).toMatchObject({ state: 'done', folder, files: ['map.pdf'] });
    expect(seen.some((s) => s.state === 'running' && s.done > 0 && s.done < s.total)).toBe(true);
    expect(readFileSync(join(folder, 'map.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('cancelled midway, ends and writes nothing', async () => {
    const jobs = new ExportJobs(exportInWorker);
    const job = await started(jobs, 'pdf', 'map.pdf');
    while (((s) => s.state !== 'running' || s.done === 0)(jobs.status(job)!)) await new Promise((resolve) => setTimeout(resolve, 5));
    jobs.cancel(job);
    expect(await settled(jobs, job)).toEqual({ state: 'cancelled' });
    expect(readdirSync(folder)).toEqual([]);
  });

  it('stops with the rest on cancelAll, and idle waits for it (quitting)', async () => {
    const jobs = new ExportJobs(exportInWorker);
    const a = await started(jobs, 'pdf', 'a.pdf');
    const b = await started(jobs, 'svg', 'b.svg');
    jobs.cancelAll();
    await jobs.idle();
    expect([jobs.status(a), jobs.status(b)]).toEqual([{ state: 'cancelled' }, { state: 'cancelled' }]);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('that needs more memory than allowed fails alone, says so in both languages, and the next export works', async () => {
    const jobs = new ExportJobs(exportRunnerInWorker({ heapMiB: 48 }));
    const status = await settled(jobs, await started(jobs, 'pdf', 'map.pdf'));
    expect(status).toEqual({ state: 'failed', error: { code: 'export-out-of-memory', path: 'map.pdf', limit: 48 * 1024 * 1024 } });
    if (status.state !== 'failed') throw new Error('not failed');
    expect(fileErrorMessage(status.error, 'en')).toBe('map.pdf: the export needed more memory than Jejak allows one (48 MB), so it was stopped and nothing was written; try a smaller scale, fewer notes, or another format');
    expect(fileErrorMessage(status.error, 'id')).toBe('map.pdf: ekspor ini butuh memori lebih dari yang diizinkan Jejak (48 MB), jadi dihentikan dan tidak ada yang ditulis; coba skala yang lebih kecil, lebih sedikit catatan, atau format lain');
    expect(readdirSync(folder)).toEqual([]);
    const next = new ExportJobs(exportInWorker);
    expect(await settled(next, await started(next, 'csv', 'notes.csv'))).toMatchObject({ state: 'done', files: ['notes.csv'] });
  });

  // Responsiveness, measured chiefly as how busy the main thread's event loop is while the
  // job runs: the share of the time it spent running callbacks (1: it answered nothing else).
  // Made in this thread, a 5,000-note workbook keeps it busy throughout, though at times in
  // slices short enough (exceljs yields every few tens of milliseconds) that the longest delay
  // alone would not tell the two apart; the share does, however loaded the machine. The
  // longest delay is held to a generous bound as well.
  it('leaves the main thread free while a 5,000-note XLSX is made', async () => {
    const watch = async (runner: ExportRunner, name: string) => {
      const jobs = new ExportJobs(runner);
      const delay = monitorEventLoopDelay({ resolution: 10 });
      delay.enable();
      const before = performance.eventLoopUtilization();
      const status = await settled(jobs, await started(jobs, 'xlsx', name));
      const busy = performance.eventLoopUtilization(before).utilization;
      delay.disable();
      expect(status.state).toBe('done');
      return { busy, longestDelayMs: delay.max / 1e6 };
    };
    const here = await watch(exportInThisThread, 'here.xlsx');
    const inWorker = await watch(exportInWorker, 'worker.xlsx');
    expect(here.busy).toBeGreaterThan(0.8);
    expect(inWorker.busy).toBeLessThan(0.5);
    expect(inWorker.longestDelayMs).toBeLessThan(200);
  });
});

// Export jobs: progress while running, files written only when the export is
// complete (by a safe save), cancel leaves nothing, a failure says why, an
// existing file is refused before any work unless replacing was asked.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultExportOptions, throwIfCancelled, type ExportControl } from '../../../../shared/export/options';
import { writeCjm } from '../../../../shared/format/writer';
import { createMap } from '../../../../shared/templates';
import { ExportJobs, type ExportRunner } from '../../../../electron/export/exportJobs';
import type { ExportStatus } from '../../../../shared/host/host';
import { errno, recordingFileSystem } from '../../../support/injectedFileSystem';

/** The map as a job is given it: its .cjm bytes, read where the export runs. */
const map = new TextEncoder().encode(writeCjm(createMap({ type: 'current-state', locale: 'en', now: '2026-11-23T09:00:00Z', id: 'm1' })));
const options = defaultExportOptions('csv', 'en', new Date('2026-11-23T10:00:00Z'));
let folder: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'jejak-jobs-'));
});

/** A runner that takes `steps` turns, reporting each, and can be held at a step until released. */
function steppingRunner(steps: number, files: (name: string) => { name: string; bytes: Uint8Array }[] = (name) => [{ name, bytes: new TextEncoder().encode('done') }]) {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  const runner: ExportRunner = async (_map, _options, name, control: ExportControl) => {
    for (let i = 1; i <= steps; i++) {
      throwIfCancelled(control.signal);
      control.onProgress?.(i, steps);
      if (i === 1) await held;
    }
    return { files: files(name), scaledTo: null };
  };
  return { runner, release };
}

async function settled(jobs: ExportJobs, job: string): Promise<ExportStatus> {
  for (;;) {
    const status = jobs.status(job)!;
    if (status.state !== 'running') return status;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('an export job', () => {
  it('reports progress, then writes its file once complete', async () => {
    const { runner, release } = steppingRunner(4);
    const jobs = new ExportJobs(runner);
    const started = await jobs.start(map, options, folder, 'map.csv', false);
    if (!started.ok) throw new Error('not started');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(jobs.status(started.job)).toEqual({ state: 'running', done: 1, total: 4 });
    expect(existsSync(join(folder, 'map.csv'))).toBe(false);
    release();
    expect(await settled(jobs, started.job)).toEqual({ state: 'done', folder, files: ['map.csv'], scaledTo: null });
    expect(readFileSync(join(folder, 'map.csv'), 'utf8')).toBe('done');
    expect(jobs.pathOf(started.job)).toBe(join(folder, 'map.csv'));
  });

  it('writes every file of a report that brings its picture', async () => {
    const { runner, release } = steppingRunner(1, (name) => [
      { name, bytes: new TextEncoder().encode('# report') },
      { name: 'report.png', bytes: new Uint8Array([137, 80, 78, 71]) },
    ]);
    release();
    const jobs = new ExportJobs(runner);
    const started = await jobs.start(map, { ...options, format: 'md' }, folder, 'report.md', false);
    if (!started.ok) throw new Error('not started');
    expect(await settled(jobs, started.job)).toMatchObject({ state: 'done', files: ['report.md', 'report.png'] });
    expect(readdirSync(folder).sort()).toEqual(['report.md', 'report.png']);
  });

  it('cancelled, writes nothing and says so', async () => {
    const { runner, release } = steppingRunner(4);
    const jobs = new ExportJobs(runner);
    const started = await jobs.start(map, options, folder, 'map.csv', false);
    if (!started.ok) throw new Error('not started');
    jobs.cancel(started.job);
    release();
    expect(await settled(jobs, started.job)).toEqual({ state: 'cancelled' });
    expect(readdirSync(folder)).toEqual([]);
  });

  it('refuses an existing file before any work, unless replacing is asked', async () => {
    writeFileSync(join(folder, 'map.csv'), 'older');
    let ran = 0;
    const jobs = new ExportJobs(async (_m, _o, name) => (ran++, { files: [{ name, bytes: new TextEncoder().encode('newer') }], scaledTo: null }));
    expect(await jobs.start(map, options, folder, 'map.csv', false)).toEqual({ ok: false, error: { code: 'exists', path: 'map.csv' } });
    expect(ran).toBe(0);
    const started = await jobs.start(map, options, folder, 'map.csv', true);
    if (!started.ok) throw new Error('not started');
    expect((await settled(jobs, started.job)).state).toBe('done');
    expect(readFileSync(join(folder, 'map.csv'), 'utf8')).toBe('newer');
  });

  it('of a report refuses at once when its picture\'s name is taken, writing nothing', async () => {
    writeFileSync(join(folder, 'report.png'), 'someone else\'s picture');
    const jobs = new ExportJobs(async () => {
      throw new Error('never run');
    }, (_options, name) => [name.replace(/\.md$/, '.png')]);
    expect(await jobs.start(map, { ...options, format: 'md' }, folder, 'report.md', false)).toEqual({ ok: false, error: { code: 'exists', path: 'report.png' } });
    expect(readdirSync(folder)).toEqual(['report.png']);
  });

  it('that fails inside the exporter says why in one line and writes nothing', async () => {
    const jobs = new ExportJobs(async () => {
      throw new Error('font table broken\n    at somewhere (stack)');
    });
    const started = await jobs.start(map, options, folder, 'map.pdf', false);
    if (!started.ok) throw new Error('not started');
    expect(await settled(jobs, started.job)).toEqual({ state: 'failed', error: { code: 'export-failed', path: 'map.pdf', errno: 'font table broken' } });
    expect(readdirSync(folder)).toEqual([]);
  });

  it('that cannot write (a full drive) reports the file error and leaves no temporary file', async () => {
    const fs = recordingFileSystem({
      writeNewFile: async (path) => {
        throw errno('ENOSPC', 'write', String(path));
      },
    });
    const jobs = new ExportJobs(async (_m, _o, name) => ({ files: [{ name, bytes: new Uint8Array(10) }], scaledTo: null }), () => [], fs);
    const started = await jobs.start(map, options, folder, 'map.png', false);
    if (!started.ok) throw new Error('not started');
    const status = await settled(jobs, started.job);
    expect(status).toMatchObject({ state: 'failed', error: { code: 'no-space', path: 'map.png' } });
    expect(readdirSync(folder)).toEqual([]);
  });

  it('stop on cancelAll (quitting the app)', async () => {
    const { runner, release } = steppingRunner(3);
    const jobs = new ExportJobs(runner);
    const a = await jobs.start(map, options, folder, 'a.csv', false);
    const b = await jobs.start(map, options, folder, 'b.csv', false);
    if (!a.ok || !b.ok) throw new Error('not started');
    jobs.cancelAll();
    release();
    await jobs.idle();
    expect([jobs.status(a.job), jobs.status(b.job)]).toEqual([{ state: 'cancelled' }, { state: 'cancelled' }]);
  });
});

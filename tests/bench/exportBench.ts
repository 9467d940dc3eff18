// Every export of a 5,000-note map, and the 20,000-note PNG at 2×: time and
// peak memory, each in its own process, beside the baseline every export
// shares (reading the map and laying it out), measured in the same run. Each
// export runs both ways, interleaved: in the main thread (as before issue 12)
// and in a worker thread (as the app runs it), with how busy the main thread
// was meanwhile: its event loop's utilisation (1.00: it answered nothing else).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCjm } from '../../shared/format';
import { defaultExportOptions, type ExportOptions } from '../../shared/export/options';
import { bigMap } from '../support/bigMap';
import { median } from './measure';

interface Run {
  /** From the process's start to the files written: the first export, its libraries loaded on the way. */
  ms: number;
  /** The same export again in the same process: the libraries (or the worker) already loaded. */
  againMs: number;
  bytes: number;
  peakMiB: number;
  /** The main thread's event-loop utilisation during the first export, 0 to 1. */
  busy: number;
  maxDelayMs: number;
}

type Choices = Omit<ExportOptions, 'now'>;
type Mode = 'thread' | 'worker' | 'prepared';

function runOnce(exportOne: string, mapFile: string, choices: Choices | { format: 'layout'; includeHidden: false }, out: string, mode: Mode = 'thread'): Run {
  const result = spawnSync(process.execPath, [exportOne, mapFile, JSON.stringify(choices), out, mode], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (result.status !== 0) throw new Error(`export ${choices.format} (${mode}) failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop()!) as Run;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mid = (runs: Run[], pick: (run: Run) => number) => median(runs.map(pick));
/** The median of the per-run ratios, worker over thread. */
const ratio = (thread: Run[], worker: Run[], pick: (run: Run) => number) => median(worker.map((w, i) => pick(w) / pick(thread[i]!))).toFixed(2);

/**
 * Three lines: from the click, in the main thread (as before), in a worker
 * started by the click, and in a worker made ready while the dialog was open
 * (as the app runs it now); the next export in the same process; peak memory
 * and how busy the main thread was.
 */
function threeWays(thread: Run[], worker: Run[], prepared: Run[]): string {
  const indent = ''.padEnd(20);
  const first = (r: Run) => r.ms;
  const again = (r: Run) => r.againMs;
  return [
    `${indent}from the click: thread ${seconds(mid(thread, first))}, worker ${seconds(mid(worker, first))} (${ratio(thread, worker, first)}×), worker made ready by the dialog ${seconds(mid(prepared, first))} (${ratio(thread, prepared, first)}×)`,
    `${indent}next export: thread ${seconds(mid(thread, again))}, worker ${seconds(mid(worker, again))} (${ratio(thread, worker, again)}×)`,
    `${indent}peak memory: thread ${Math.max(...thread.map((r) => r.peakMiB)).toFixed(0)} MiB, worker ${Math.max(...worker.map((r) => r.peakMiB)).toFixed(0)} MiB   main thread busy: thread ${mid(thread, (r) => r.busy).toFixed(2)}, worker ${mid(worker, (r) => r.busy).toFixed(2)} (longest delay ${mid(thread, (r) => r.maxDelayMs).toFixed(0)} ms, ${mid(worker, (r) => r.maxDelayMs).toFixed(0)} ms)`,
  ].join('\n');
}

export function runExportBench(root: string): void {
  const exportOne = join(root, 'dist/bench/exportOne.cjs');
  const dir = mkdtempSync(join(tmpdir(), 'jejak-export-bench-'));
  try {
    const five = join(dir, 'five.cjm');
    writeFileSync(five, writeCjm(bigMap({ notes: 5000, seed: 5000 })));
    const base = (format: ExportOptions['format']): Choices => {
      const { now: _now, ...choices } = defaultExportOptions(format, 'en');
      return choices;
    };
    const cases: [string, Choices][] = [
      ['SVG', base('svg')],
      ['PNG 1× (offered)', { ...base('png'), scale: 1 }],
      ['PNG 2×', base('png')],
      ['PDF poster', base('pdf')],
      ['PDF fit A4', { ...base('pdf'), page: 'fit' }],
      ['PDF tiled A4', { ...base('pdf'), page: 'a4' }],
      ['PDF handout', { ...base('pdf'), handout: true, orientation: 'portrait' }],
      ['CSV', base('csv')],
      ['XLSX', base('xlsx')],
      ['HTML report', base('html')],
      ['Markdown report', base('md')],
    ];
    console.log(
      '\nExports of a 5,000-note map, each in its own process, median of 3, interleaved: in the main thread (as before issue 12), in a worker started by the click,\n' +
        'and in a worker made ready while the export dialog was open (as the app now runs them); timed from the click, the map\'s bytes in hand, so loading the\n' +
        'libraries counts where nothing made them ready; "next export" is the same export again in that process; baseline: read and lay out the map',
    );
    for (const [name, choices] of cases) {
      const thread: Run[] = [];
      const worker: Run[] = [];
      const prepared: Run[] = [];
      const baselines: Run[] = [];
      for (let i = 0; i < 3; i++) {
        baselines.push(runOnce(exportOne, five, { format: 'layout', includeHidden: false }, join(dir, 'none')));
        thread.push(runOnce(exportOne, five, choices, join(dir, `out.${choices.format}`), 'thread'));
        worker.push(runOnce(exportOne, five, choices, join(dir, `out.${choices.format}`), 'worker'));
        prepared.push(runOnce(exportOne, five, choices, join(dir, `out.${choices.format}`), 'prepared'));
      }
      const ms = Math.max(median(thread.map((r) => r.ms)), median(worker.map((r) => r.ms)));
      const baseMs = median(baselines.map((r) => r.ms));
      const verdict = ms <= 10_000 ? '(target ≤ 10 s: met)' : '(target ≤ 10 s: NOT met)';
      console.log(`${name.padEnd(19)} ${(thread[0]!.bytes / 1024 / 1024).toFixed(1)} MiB out   baseline ${seconds(baseMs)}   ${verdict}`);
      console.log(threeWays(thread, worker, prepared));
    }
    const twenty = join(dir, 'twenty.cjm');
    writeFileSync(twenty, writeCjm(bigMap({ notes: 20_000, seed: 20_000 })));
    const layout = runOnce(exportOne, twenty, { format: 'layout', includeHidden: false }, join(dir, 'none'));
    const thread = runOnce(exportOne, twenty, base('png'), join(dir, 'twenty.png'), 'thread');
    const worker = runOnce(exportOne, twenty, base('png'), join(dir, 'twenty.png'), 'worker');
    const prepared = runOnce(exportOne, twenty, base('png'), join(dir, 'twenty.png'), 'prepared');
    console.log(`\n20,000-note PNG 2×  ${(thread.bytes / 1024 / 1024).toFixed(0)} MiB out   baseline (layout) ${seconds(layout.ms)}`);
    console.log(threeWays([thread], [worker], [prepared]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

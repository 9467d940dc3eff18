// Every export of a 5,000-note map, and the 20,000-note PNG at 2×: time and
// peak memory, each in its own process, beside the baseline every export
// shares (reading the map and laying it out), measured in the same run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCjm } from '../../shared/format';
import { defaultExportOptions, type ExportOptions } from '../../shared/export/options';
import { bigMap } from '../support/bigMap';
import { median } from './measure';

interface Run {
  ms: number;
  bytes: number;
  peakMiB: number;
}

type Choices = Omit<ExportOptions, 'now'>;

function runOnce(exportOne: string, mapFile: string, choices: Choices | { format: 'layout'; includeHidden: false }, out: string): Run {
  const result = spawnSync(process.execPath, [exportOne, mapFile, JSON.stringify(choices), out], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (result.status !== 0) throw new Error(`export ${choices.format} failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop()!) as Run;
}

export function runExportBench(root: string): void {
  const exportOne = join(root, 'dist/bench/exportOne.mjs');
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
    console.log('\nExports of a 5,000-note map (each in its own process; median of 3; baseline: read and lay out the map)');
    for (const [name, choices] of cases) {
      const runs: Run[] = [];
      const baselines: Run[] = [];
      for (let i = 0; i < 3; i++) {
        baselines.push(runOnce(exportOne, five, { format: 'layout', includeHidden: false }, join(dir, 'none')));
        runs.push(runOnce(exportOne, five, choices, join(dir, `out.${choices.format}`)));
      }
      const ms = median(runs.map((r) => r.ms));
      const baseMs = median(baselines.map((r) => r.ms));
      const peak = Math.max(...runs.map((r) => r.peakMiB));
      const verdict = ms <= 10_000 ? '(target ≤ 10 s: met)' : '(target ≤ 10 s: NOT met)';
      console.log(
        `${name.padEnd(18)} ${(ms / 1000).toFixed(2).padStart(6)} s   ${(runs[0]!.bytes / 1024 / 1024).toFixed(1).padStart(6)} MiB out   peak ${peak.toFixed(0).padStart(5)} MiB   baseline ${(baseMs / 1000).toFixed(2)} s, ratio ${(ms / baseMs).toFixed(1)}×  ${verdict}`,
      );
    }
    const twenty = join(dir, 'twenty.cjm');
    writeFileSync(twenty, writeCjm(bigMap({ notes: 20_000, seed: 20_000 })));
    const png = runOnce(exportOne, twenty, base('png'), join(dir, 'twenty.png'));
    const layout = runOnce(exportOne, twenty, { format: 'layout', includeHidden: false }, join(dir, 'none'));
    console.log(
      `\n20,000-note PNG 2×  ${(png.ms / 1000).toFixed(1)} s   ${(png.bytes / 1024 / 1024).toFixed(0)} MiB out   peak ${png.peakMiB.toFixed(0)} MiB   baseline (layout) ${(layout.ms / 1000).toFixed(2)} s, ratio ${(png.ms / layout.ms).toFixed(0)}×`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

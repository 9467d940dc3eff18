// Timing helpers: warm-up, interleaved A/B runs, medians and ratios.
import { performance } from 'node:perf_hooks';

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

export interface Comparison {
  name: string;
  subject: number;
  baseline: number;
  /** Median of the per-run ratios, steadier than the ratio of medians. */
  ratio: number;
}

/**
 * Runs subject and baseline alternately `runs` times after one warm-up of
 * each; `measure` times one run (by default, the call itself).
 */
export function compare(name: string, subject: () => void, baseline: () => void, runs = 7, measure: (fn: () => void) => number = time): Comparison {
  subject();
  baseline();
  const s: number[] = [];
  const b: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < runs; i++) {
    const bt = measure(baseline);
    const st = measure(subject);
    s.push(st);
    b.push(bt);
    ratios.push(st / bt);
  }
  return { name, subject: median(s), baseline: median(b), ratio: median(ratios) };
}

export function printComparison(c: Comparison, subjectLabel: string, baselineLabel: string, limit?: number): void {
  const verdict = limit === undefined ? '' : c.ratio <= limit ? `  (target ≤ ${limit}×: met)` : `  (target ≤ ${limit}×: NOT met)`;
  console.log(
    `${c.name.padEnd(34)} ${subjectLabel} ${c.subject.toFixed(1).padStart(8)} ms   ${baselineLabel} ${c.baseline.toFixed(1).padStart(8)} ms   ratio ${c.ratio.toFixed(2)}×${verdict}`,
  );
}

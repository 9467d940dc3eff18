// The emotion curve drawn in text for a terminal: one row per stage, a dot
// on a scale from -2 to +2, so the curve reads top to bottom.
import type { StageEmotion } from '../../shared/analysis/emotion';

const STEPS = 16; // quarter points from -2 to +2

export function emotionRow(point: StageEmotion): string {
  if (point.mean === null) return '-2 ' + '·'.repeat(STEPS + 1) + ' +2';
  const at = Math.round((point.mean + 2) * (STEPS / 4));
  const cells = Array.from({ length: STEPS + 1 }, (_, i) => (i === at ? '●' : i === STEPS / 2 ? '┆' : '·'));
  return `-2 ${cells.join('')} +2`;
}

export function signed(mean: number): string {
  return (mean > 0 ? '+' : mean < 0 ? '−' : ' ') + Math.abs(mean).toFixed(1);
}

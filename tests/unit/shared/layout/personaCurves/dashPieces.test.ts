// The canvas painting cuts dashed lines into their dashes itself (so every
// band of a PNG dashes alike): the dashes must be where a canvas or an SVG
// would put them, the pattern running on across a polyline's corners.
import { describe, expect, it } from 'vitest';
import { dashPieces } from '../../../../../shared/layout/dashPieces';

const length = (piece: readonly number[]) => {
  let sum = 0;
  for (let i = 2; i < piece.length; i += 2) sum += Math.hypot(piece[i]! - piece[i - 2]!, piece[i + 1]! - piece[i - 1]!);
  return sum;
};

describe('dash pieces', () => {
  it('cut a straight line into the pattern’s dashes, the last one cut short by the line’s end', () => {
    const pieces = dashPieces([0, 0, 50, 0], [10, 8]);
    expect(pieces).toEqual([
      [0, 0, 10, 0],
      [18, 0, 28, 0],
      [36, 0, 46, 0],
    ]);
    expect(dashPieces([0, 0, 40, 0], [10, 8]).at(-1)).toEqual([36, 0, 40, 0]);
  });

  it('follow a pattern of several dashes and gaps, along a slanted line', () => {
    const pieces = dashPieces([0, 0, 30, 40], [18, 8, 1, 8]);
    expect(pieces.map((p) => Math.round(length(p) * 1000) / 1000)).toEqual([18, 1, 15]);
    // Every piece lies on the line.
    for (const p of pieces) for (let i = 0; i < p.length; i += 2) expect(p[i]! * 40).toBeCloseTo(p[i + 1]! * 30, 9);
  });

  it('carry the pattern across a corner: a dash turns the corner as one piece', () => {
    const pieces = dashPieces([0, 0, 15, 0, 15, 20], [10, 8]);
    // 0–10 along x; the gap 10–18 turns the corner; the next dash runs 18–28, all on the second leg.
    expect(pieces[0]).toEqual([0, 0, 10, 0]);
    expect(pieces[1]).toEqual([15, 3, 15, 13]);
    const turning = dashPieces([0, 0, 5, 0, 5, 10], [8, 4]);
    expect(turning[0]).toEqual([0, 0, 5, 0, 5, 3]);
  });

  it('repeat an odd pattern, and draw solid when there is nothing to step by', () => {
    expect(dashPieces([0, 0, 20, 0], [5])).toEqual([
      [0, 0, 5, 0],
      [10, 0, 15, 0],
    ]);
    expect(dashPieces([0, 0, 20, 0], [])).toEqual([[0, 0, 20, 0]]);
    expect(dashPieces([0, 0, 20, 0], [0, 0])).toEqual([[0, 0, 20, 0]]);
    expect(dashPieces([0, 0, 20, 0], [4, -1])).toEqual([[0, 0, 20, 0]]);
  });

  it('keep the dashes’ total length whatever the line', () => {
    const pieces = dashPieces([0, 0, 100, 0], [1, 10]);
    expect(pieces).toHaveLength(10);
    expect(pieces.reduce((sum, p) => sum + length(p), 0)).toBeCloseTo(10, 9);
  });
});

// FORMAT.md, emotions lanes: the curve runs through the mean emotion of each
// stage's notes in that lane; a stage with none has no point and is bridged
// by a dashed segment. The means are computed here, apart from the code.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../../../shared/format';
import { sceneLabels } from '../../../../shared/i18n/sceneLabels';
import { emotionCurveItems, emotionY } from '../../../../shared/layout/emotionCurveItems';
import { layoutBoard, type BoardLayout, type RowLayout } from '../../../../shared/layout/layout';
import { overlayItems } from '../../../../shared/layout/scene';
import type { SceneItem } from '../../../../shared/layout/sceneTypes';
import { LIGHT_THEME } from '../../../../shared/layout/theme';
import { propertyOptions } from '../../../support/arbitraries';
import { anyMapArb, buildMap, loadSample, SAMPLES } from './layoutMaps';

const theme = LIGHT_THEME;
type Circle = Extract<SceneItem, { type: 'circle' }>;
type Line = Extract<SceneItem, { type: 'line' }>;

/** Mean emotion of each stage's scored notes in a lane, null where none has a score. */
function stageMeans(map: JourneyMap, laneId: string): (number | null)[] {
  return map.stages.map((stage) => {
    const scores = map.notes.filter((n) => n.lane === laneId && n.stage === stage.id && n.emotion !== undefined).map((n): number => n.emotion!);
    return scores.length === 0 ? null : scores.reduce((a, b) => a + b, 0) / scores.length;
  });
}

function curveOf(layout: BoardLayout, row: RowLayout) {
  const items = emotionCurveItems(layout, row, theme, sceneLabels(layout.map.locale));
  const circles = items.filter((i): i is Circle => i.type === 'circle');
  // The neutral guide line is grey; every other line is a segment of the curve.
  const segments = items.filter((i): i is Line => i.type === 'line' && i.stroke !== theme.curveNeutral);
  return { circles, segments };
}

function checkCurves(map: JourneyMap): number {
  const layout = layoutBoard(map);
  let points = 0;
  for (const row of layout.rows.filter((r) => r.lane.kind === 'emotions')) {
    const { circles, segments } = curveOf(layout, row);
    const scored = stageMeans(map, row.lane.id)
      .map((mean, index) => ({ mean, index }))
      .filter((p): p is { mean: number; index: number } => p.mean !== null);
    const expected = scored.map(({ mean, index }) => {
      const column = layout.columns[index]!;
      return { x: column.x + column.width / 2, y: emotionY(row, mean), index };
    });
    expect(circles).toHaveLength(expected.length);
    circles.forEach((c, k) => {
      expect(c.x).toBe(expected[k]!.x);
      expect(c.y).toBeCloseTo(expected[k]!.y, 9);
      // Inside the lane's band, above its notes.
      expect(c.y).toBeGreaterThanOrEqual(row.y);
      expect(c.y).toBeLessThanOrEqual(row.y + row.bandHeight);
    });
    // One segment between each pair of neighbouring scored stages: solid when
    // the stages are side by side, dashed across the stages with no score.
    expect(segments).toHaveLength(Math.max(0, expected.length - 1));
    segments.forEach((s, k) => {
      const a = expected[k]!;
      const b = expected[k + 1]!;
      expect(s.points[0]).toBe(a.x);
      expect(s.points[1]).toBeCloseTo(a.y, 9);
      expect(s.points[2]).toBe(b.x);
      expect(s.points[3]).toBeCloseTo(b.y, 9);
      if (b.index - a.index > 1) expect(s.dash?.length, `segment ${a.index}→${b.index} is dashed`).toBeGreaterThan(0);
      else expect(s.dash, `segment ${a.index}→${b.index} is solid`).toBeUndefined();
    });
    points += circles.length;
  }
  // The overlay draws exactly these curves: none for a hidden emotions lane.
  const overlayCircles = overlayItems(layout, theme, sceneLabels(map.locale)).filter((i) => i.type === 'circle');
  expect(overlayCircles).toHaveLength(points);
  return points;
}

describe('the emotion curve', () => {
  it('puts a point at each stage mean, bridges a stage with no score dashed and joins neighbours solid', () => {
    // Stage 0: −2 and 1 (mean −0.5); stage 1: no score; stage 2: 2; stage 3: 0 and 1 (0.5); stage 4: a note with no score.
    const map = buildMap(['emotions', 'actions'], 5, [
      { lane: 'l0', stage: 's0', emotion: -2 },
      { lane: 'l0', stage: 's0', emotion: 1 },
      { lane: 'l0', stage: 's1', text: 'tanpa nilai' },
      { lane: 'l1', stage: 's1', emotion: 2 }, // not an emotions lane: not on this curve
      { lane: 'l0', stage: 's2', emotion: 2 },
      { lane: 'l0', stage: 's3', emotion: 0 },
      { lane: 'l0', stage: 's3', emotion: 1 },
      { lane: 'l0', stage: 's4', text: 'juga tanpa nilai' },
    ]);
    expect(checkCurves(map)).toBe(3);
    const layout = layoutBoard(map);
    const row = layout.rows[0]!;
    const { circles, segments } = curveOf(layout, row);
    expect(circles.map((c) => c.y)).toEqual([emotionY(row, -0.5), emotionY(row, 2), emotionY(row, 0.5)]);
    expect(segments.map((s) => s.dash !== undefined)).toEqual([true, false]);
    // +2 at the top of the band, −2 at its foot.
    expect(emotionY(row, 2)).toBeLessThan(emotionY(row, 0));
    expect(emotionY(row, 0)).toBeLessThan(emotionY(row, -2));
  });

  it('has no point and no segment for a lane with no scores, and one point and no segment for one score', () => {
    expect(checkCurves(buildMap(['emotions'], 3, [{ lane: 'l0', stage: 's1', text: 'x' }]))).toBe(0);
    expect(checkCurves(buildMap(['emotions'], 3, [{ lane: 'l0', stage: 's1', emotion: -1 }]))).toBe(1);
  });

  it('draws one curve per visible emotions lane, none for a hidden one', () => {
    const map = buildMap(['emotions', { kind: 'emotions', hidden: true }, 'emotions'], 2, [
      { lane: 'l0', stage: 's0', emotion: 1 },
      { lane: 'l1', stage: 's0', emotion: -2 },
      { lane: 'l1', stage: 's1', emotion: -2 },
      { lane: 'l2', stage: 's1', emotion: 2 },
    ]);
    expect(checkCurves(map)).toBe(2);
  });

  it.each(SAMPLES)('runs through the stage means of every emotions lane of %s', (file) => {
    const map = loadSample(file);
    expect(checkCurves(map)).toBeGreaterThanOrEqual(2);
  });

  it('runs through the stage means on any map', () => {
    fc.assert(
      fc.property(anyMapArb, (map) => void checkCurves(map)),
      propertyOptions(300),
    );
  });
});

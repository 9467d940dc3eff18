// docs/format.md, emotions lanes: the curve runs through the mean emotion of each
// stage's notes in that lane; a stage with none has no point and is bridged
// by a dashed segment. The means are computed here, apart from the code.
// With two or more emotions lanes the first lane's band carries every curve
// (personaCurves/ has the overlay's own tests), the others their own.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../../../shared/format';
import { sceneLabels } from '../../../../shared/i18n/sceneLabels';
import { curveColor, emotionCurveItems, emotionY } from '../../../../shared/layout/emotionCurveItems';
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

/** Whether an item is a marker drawn around a board point (a disc, a ring, a square, or strokes about it). */
function centredAt(item: SceneItem, p: { x: number; y: number }): boolean {
  const near = (a: number, b: number) => Math.abs(a - b) < 1e-6;
  if (item.type === 'circle') return near(item.x, p.x) && near(item.y, p.y);
  if (item.type === 'rect') return near(item.x + item.width / 2, p.x) && near(item.y + item.height / 2, p.y);
  if (item.type === 'line') {
    const xs = item.points.filter((_, i) => i % 2 === 0);
    const ys = item.points.filter((_, i) => i % 2 === 1);
    return Math.abs((Math.min(...xs) + Math.max(...xs)) / 2 - p.x) < 1e-6 && Math.abs((Math.min(...ys) + Math.max(...ys)) / 2 - p.y) < 3;
  }
  return false;
}

function checkCurves(map: JourneyMap): number {
  const layout = layoutBoard(map);
  const emotionRows = layout.rows.filter((r) => r.lane.kind === 'emotions');
  let points = 0;
  for (const row of emotionRows) {
    const items = emotionCurveItems(layout, row, theme, sceneLabels(layout.map.locale));
    // The first of two or more emotions lanes overlays every curve in its band; the others draw their own.
    const drawn = emotionRows.length >= 2 && row === emotionRows[0] ? emotionRows : [row];
    const segments = items.filter((i): i is Line => i.type === 'line' && i.stroke !== theme.curveNeutral);
    let pairs = 0;
    for (const curveRow of drawn) {
      const color = curveColor(layout, curveRow, theme);
      const scored = stageMeans(map, curveRow.lane.id)
        .map((mean, index) => ({ mean, index }))
        .filter((p): p is { mean: number; index: number } => p.mean !== null);
      const expected = scored.map(({ mean, index }) => {
        const column = layout.columns[index]!;
        return { x: column.x + column.width / 2, y: emotionY(row, mean), index };
      });
      for (const p of expected) {
        // A marker at each stage mean, inside the band, above the notes.
        expect(items.some((i) => centredAt(i, p)), `a marker at stage ${p.index} of ${curveRow.lane.id}`).toBe(true);
        expect(p.y).toBeGreaterThanOrEqual(row.y);
        expect(p.y).toBeLessThanOrEqual(row.y + row.bandHeight);
      }
      // One segment between each pair of neighbouring scored stages, in the curve's colour;
      // across stages with no score it is drawn apart (dashed, or thinner when the curve is dashed).
      const regular = new Set<string>();
      for (let k = 1; k < expected.length; k++) {
        const a = expected[k - 1]!;
        const b = expected[k]!;
        const found = segments.filter((s) => s.points.length === 4 && s.points[0] === a.x && s.points[2] === b.x && Math.abs(s.points[1]! - a.y) < 1e-9 && Math.abs(s.points[3]! - b.y) < 1e-9 && s.stroke === color);
        expect(found, `segment ${a.index}→${b.index} of ${curveRow.lane.id}`).toHaveLength(1);
        const look = `${found[0]!.strokeWidth}:${found[0]!.dash?.join(',') ?? 'solid'}`;
        if (b.index - a.index === 1) regular.add(look);
        else expect(regular.has(look), `the bridge ${a.index}→${b.index} looks unlike the curve's joins`).toBe(false);
        pairs++;
      }
      expect(regular.size).toBeLessThanOrEqual(1);
      if (curveRow === row) points += expected.length;
    }
    // No join the expected curves do not account for (markers and legend keys do not run from stage to stage).
    const centres = new Set(layout.columns.map((c) => c.x + c.width / 2));
    const joins = segments.filter((s) => s.points.length === 4 && centres.has(s.points[0]!) && centres.has(s.points[2]!));
    expect(joins).toHaveLength(pairs);
  }
  // The overlay draws exactly these bands: none for a hidden emotions lane.
  const bands = emotionRows.flatMap((row) => emotionCurveItems(layout, row, theme, sceneLabels(map.locale)));
  expect(overlayItems(layout, theme, sceneLabels(map.locale)).slice(0, bands.length)).toEqual(bands);
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

// An emotion curve's value labels never sit on a line: each number goes on
// the side of its point that the curve leaves free (above a peak, below a
// valley, on a slope above and towards where the line falls away) and
// clear of every other shown curve. Checked on the scene the board and every
// export draw, for many random maps of one to three personas' curves (the
// overlay band carries them all) and for both samples; the boxes are the
// numbers as measured in the shipped font, the lines as thick as drawn.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Emotion, JourneyMap, Note } from '../../../../shared/format';
import { sceneLabels } from '../../../../shared/i18n/sceneLabels';
import { emotionCurveItems, emotionY } from '../../../../shared/layout/emotionCurveItems';
import { SMALL_FONT } from '../../../../shared/layout/geometry';
import { layoutBoard, type BoardLayout, type RowLayout } from '../../../../shared/layout/layout';
import type { SceneItem } from '../../../../shared/layout/sceneTypes';
import { lineHeight, measureText } from '../../../../shared/layout/textMetrics';
import { LIGHT_THEME } from '../../../../shared/layout/theme';
import { propertyOptions } from '../../../support/arbitraries';
import { buildMap, loadSample, SAMPLES } from './layoutMaps';

type Line = Extract<SceneItem, { type: 'line' }>;
type Text = Extract<SceneItem, { type: 'text' }>;
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The value labels of a band (centred in their 60 px item) as the boxes their text covers, and the curve segments drawn there. */
function band(layout: BoardLayout, row: RowLayout): { labels: { text: string; box: Box }[]; segments: Line[] } {
  const items = emotionCurveItems(layout, row, LIGHT_THEME, sceneLabels(layout.map.locale));
  const centres = new Set(layout.columns.map((c) => c.x + c.width / 2));
  const labels = items
    .filter((i): i is Text => i.type === 'text' && i.align === 'center' && /^[+−]?\d/.test(i.text))
    .map((t) => {
      const width = measureText(t.text, t.font);
      return { text: t.text, box: { x: t.x + t.width! / 2 - width / 2, y: t.y, width, height: lineHeight(SMALL_FONT) } };
    });
  // Curve segments join stage centres; the neutral guide and the markers' strokes do not.
  const segments = items.filter((i): i is Line => i.type === 'line' && i.points.length === 4 && centres.has(i.points[0]!) && centres.has(i.points[2]!));
  return { labels, segments };
}

/** Distance from a point to a segment. */
function pointToSegment(px: number, py: number, [x1, y1, x2, y2]: readonly number[]): number {
  const dx = x2! - x1!;
  const dy = y2! - y1!;
  const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, ((px - x1!) * dx + (py - y1!) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (x1! + t * dx), py - (y1! + t * dy));
}

/** Whether segments ab and cd cross (touching counts). */
function cross(a: readonly number[], b: readonly number[], c: readonly number[], d: readonly number[]): boolean {
  const side = (p: readonly number[], q: readonly number[], r: readonly number[]) => Math.sign((q[0]! - p[0]!) * (r[1]! - p[1]!) - (q[1]! - p[1]!) * (r[0]! - p[0]!));
  return side(a, b, c) * side(a, b, d) <= 0 && side(c, d, a) * side(c, d, b) <= 0;
}

/**
 * Distance between a segment and a box: 0 where the segment enters the box;
 * else the nearest of its ends to the box and the box's corners to it (two
 * convex shapes apart are nearest at a vertex of one of them).
 */
function segmentToBox(points: readonly number[], box: Box): number {
  const a = [points[0]!, points[1]!];
  const b = [points[2]!, points[3]!];
  const corners = [[box.x, box.y], [box.x + box.width, box.y], [box.x + box.width, box.y + box.height], [box.x, box.y + box.height]];
  const inside = (p: readonly number[]) => p[0]! >= box.x && p[0]! <= box.x + box.width && p[1]! >= box.y && p[1]! <= box.y + box.height;
  if (inside(a) || inside(b) || corners.some((c, k) => cross(a, b, c, corners[(k + 1) % 4]!))) return 0;
  const toBox = (p: readonly number[]) => Math.hypot(p[0]! - Math.max(box.x, Math.min(p[0]!, box.x + box.width)), p[1]! - Math.max(box.y, Math.min(p[1]!, box.y + box.height)));
  return Math.min(toBox(a), toBox(b), ...corners.map(([x, y]) => pointToSegment(x!, y!, points)));
}

/** Every label that touches a line, as "label ↔ segment" for a readable failure. */
function labelsOnLines(map: JourneyMap): string[] {
  const layout = layoutBoard(map);
  const touching: string[] = [];
  for (const row of layout.rows.filter((r) => r.lane.kind === 'emotions')) {
    const { labels, segments } = band(layout, row);
    for (const { text, box } of labels) {
      for (const s of segments) {
        if (segmentToBox(s.points, box) <= s.strokeWidth / 2) touching.push(`${row.lane.id} "${text}" at (${box.x.toFixed(1)}, ${box.y.toFixed(1)}) ↔ ${s.points.map((v) => v.toFixed(1)).join(',')}`);
      }
    }
  }
  return touching;
}

/** A map of `curves` personas' emotions lanes over `stages` stages, with these notes' emotions per lane and stage (none: no score there). */
function curvesMap(stages: number, scores: readonly (readonly (readonly Emotion[])[])[]): JourneyMap {
  const notes: Partial<Note>[] = scores.flatMap((lane, l) => lane.flatMap((cell, s) => cell.map((emotion) => ({ lane: `l${l}`, stage: `s${s}`, emotion }))));
  const map = buildMap(
    scores.map((_, l) => ({ kind: 'emotions' as const, title: `Emosi ${l}`, persona: `ps-${l}` })),
    stages,
    notes,
  );
  return { ...map, personas: scores.map((_, l) => ({ id: `ps-${l}`, name: `Persona ${l}` })) };
}

const emotionArb = fc.constantFrom<Emotion>(-2, -1, 0, 1, 2);

const curvesArb = fc.integer({ min: 2, max: 8 }).chain((stages) =>
  fc.integer({ min: 1, max: 3 }).chain((curves) =>
    fc.tuple(
      fc.constant(stages),
      // Per lane, per stage: no score, or one to three notes' scores (means in thirds and halves).
      fc.array(fc.array(fc.oneof({ weight: 1, arbitrary: fc.constant([] as Emotion[]) }, { weight: 4, arbitrary: fc.array(emotionArb, { minLength: 1, maxLength: 3 }) }), { minLength: stages, maxLength: stages }), { minLength: curves, maxLength: curves }),
    ),
  ),
);

describe('curve value labels', () => {
  it('never touch a curve segment, on random maps of one to three curves', () => {
    fc.assert(
      fc.property(curvesArb, ([stages, scores]) => {
        expect(labelsOnLines(curvesMap(stages, scores))).toEqual([]);
      }),
      propertyOptions(400),
    );
  });

  it('never touch a curve segment on the samples', () => {
    for (const file of SAMPLES) expect(labelsOnLines(loadSample(file)), file).toEqual([]);
  });

  it('go above a peak, below a valley, and on a slope above, towards where the line falls', () => {
    // One curve: +2 (start), −2 (valley), +1 (peak), rising from −1 to +2 through 0.
    const map = curvesMap(6, [[[2], [-2], [1], [-1], [0], [2]]]);
    const layout = layoutBoard(map);
    const row = layout.rows[0]!;
    const { labels } = band(layout, row);
    const at = (stage: number, value: number) => ({ x: layout.columns[stage]!.x + layout.columns[stage]!.width / 2, y: emotionY(row, value) });
    const place = (stage: number, value: number) => {
      const p = at(stage, value);
      const { box } = labels[stage]!;
      return { above: box.y + box.height <= p.y, centred: Math.abs(box.x + box.width / 2 - p.x) < 0.5, left: box.x + box.width <= p.x };
    };
    expect(labels.map((l) => l.text)).toEqual(['+2', '−2', '+1', '−1', '0', '+2']);
    expect(place(0, 2)).toMatchObject({ above: true });
    expect(place(1, -2)).toMatchObject({ above: false, centred: true });
    expect(place(2, 1)).toMatchObject({ above: true, centred: true });
    expect(place(3, -1)).toMatchObject({ above: false, centred: true });
    // Rising through 0: the line is up to the right and down to the left, so the number sits above and to the left.
    expect(place(4, 0)).toMatchObject({ above: true, left: true });
  });
});

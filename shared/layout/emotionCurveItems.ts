// The emotion curve of an emotions lane, in its band above the lane's notes:
// through each stage's mean emotion, solid between neighbouring stages with a
// score, dashed across stages with none (FORMAT.md), bold enough to read from
// the back of a room.
import { emotionCurve } from '../analysis/emotion';
import { GEOMETRY, SMALL_FONT } from './geometry';
import type { BoardLayout, RowLayout } from './layout';
import type { SceneItem, SceneLabels } from './sceneTypes';
import type { Theme } from './theme';

const MARGIN = 22;

/** Board y of an emotion value (−2 … 2) in a row's band. */
export function emotionY(row: RowLayout, value: number): number {
  return row.y + MARGIN + ((2 - value) / 4) * (row.bandHeight - 2 * MARGIN);
}

export function curveColor(layout: BoardLayout, row: RowLayout, theme: Theme): string {
  const { map } = layout;
  const byPersona = row.lane.persona ? map.personas.findIndex((p) => p.id === row.lane.persona) : -1;
  const index = byPersona >= 0 ? byPersona : map.lanes.filter((l) => l.kind === 'emotions').indexOf(row.lane);
  return theme.curve[Math.max(0, index) % theme.curve.length]!;
}

export function emotionCurveItems(layout: BoardLayout, row: RowLayout, theme: Theme, labels: SceneLabels): SceneItem[] {
  const items: SceneItem[] = [];
  const left = GEOMETRY.laneHeaderWidth;
  const right = layout.width;
  items.push({ type: 'line', points: [left, emotionY(row, 0), right, emotionY(row, 0)], stroke: theme.curveNeutral, strokeWidth: 1.5, dash: [6, 6] });
  for (const v of [2, 0, -2]) {
    items.push({ type: 'text', x: left + 6, y: emotionY(row, v) - 8, text: v > 0 ? `+${v}` : v < 0 ? `−${-v}` : '0', font: SMALL_FONT, color: theme.markText });
  }
  const color = curveColor(layout, row, theme);
  const points = emotionCurve(layout.map, row.lane.id)
    .map((p, index) => ({ ...p, index }))
    .filter((p) => p.mean !== null)
    .map((p) => ({ index: p.index, mean: p.mean!, x: layout.columns[p.index]!.x + layout.columns[p.index]!.width / 2, y: emotionY(row, p.mean!) }));
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const bridged = b.index - a.index > 1;
    items.push({ type: 'line', points: [a.x, a.y, b.x, b.y], stroke: color, strokeWidth: 5, ...(bridged ? { dash: [10, 8] } : {}) });
  }
  for (const p of points) {
    items.push({ type: 'circle', x: p.x, y: p.y, radius: 8, fill: color, stroke: '#FFFFFF', strokeWidth: 2.5 });
    items.push({ type: 'text', x: p.x - 30, y: p.y - 30, width: 60, align: 'center', text: signedMean(p.mean, labels), font: SMALL_FONT, color: theme.markText });
  }
  return items;
}

function signedMean(mean: number, labels: SceneLabels): string {
  const rounded = Math.round(mean * 10) / 10;
  return `${rounded > 0 ? '+' : rounded < 0 ? '−' : ''}${labels.formatNumber(Math.abs(rounded))}`;
}

// The emotion curve of an emotions lane, in its band above the lane's notes:
// through each stage's mean emotion, joined between neighbouring stages with
// a score, bridged across stages with none (docs/format.md), bold enough to read
// from the back of a room. With two or more emotions lanes the first one's
// band overlays every curve under a legend (curveLegend.ts), each in its own
// colour, dash and marker (curveStyles.ts); a curve switched off on the board
// leaves the overlay, and every lane keeps its own curve over its own notes.
import { curvePaletteIndex } from '../analysis/curveIdentity';
import { emotionCurve } from '../analysis/emotion';
import { curveLegendItems } from './curveLegend';
import { curveMarkerItems, CURVE_STYLES, CURVE_WIDTH } from './curveStyles';
import { GEOMETRY, SMALL_FONT } from './geometry';
import type { BoardLayout, RowLayout } from './layout';
import { overlayRow, paletteColor, personaCurves, type PersonaCurve } from './personaCurves';
import type { SceneItem, SceneLabels } from './sceneTypes';
import type { Theme } from './theme';

const MARGIN = 22;
const NONE: ReadonlySet<string> = new Set();

/** Board y of an emotion value (−2 … 2) in a row's band: the band's foot, below the legend if it has one. */
export function emotionY(row: RowLayout, value: number): number {
  const top = row.y + row.bandHeight - GEOMETRY.curveBandHeight;
  return top + MARGIN + ((2 - value) / 4) * (GEOMETRY.curveBandHeight - 2 * MARGIN);
}

export function curveColor(layout: BoardLayout, row: RowLayout, theme: Theme): string {
  return paletteColor(theme, curvePaletteIndex(layout.map, row.lane));
}

interface CurvePoint {
  index: number;
  mean: number;
  x: number;
  y: number;
}

/** A curve's points (stages with a score) placed in a band, which may be another lane's. */
function curvePoints(layout: BoardLayout, laneId: string, band: RowLayout): CurvePoint[] {
  return emotionCurve(layout.map, laneId)
    .map((p, index) => ({ ...p, index }))
    .filter((p) => p.mean !== null)
    .map((p) => ({ index: p.index, mean: p.mean!, x: layout.columns[p.index]!.x + layout.columns[p.index]!.width / 2, y: emotionY(band, p.mean!) }));
}

function segmentItems(points: readonly CurvePoint[], curve: PersonaCurve): SceneItem[] {
  const items: SceneItem[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const { dash, width } = b.index - a.index > 1 ? curve.style.bridged : { dash: curve.style.dash, width: CURVE_WIDTH };
    items.push({ type: 'line', points: [a.x, a.y, b.x, b.y], stroke: curve.color, strokeWidth: width, ...(dash ? { dash } : {}) });
  }
  return items;
}

/** The number over a point; under it instead (`below`) where another curve's marker sits just above. */
function meanLabel(p: CurvePoint, theme: Theme, labels: SceneLabels, below = false): SceneItem {
  return { type: 'text', x: p.x - 30, y: below ? p.y + 12 : p.y - 30, width: 60, align: 'center', text: signedMean(p.mean, labels), font: SMALL_FONT, color: theme.markText };
}

/** Whether another shown curve has a point a little above this one at the same stage (its marker would cover the number). */
function crowdedAbove(p: CurvePoint, others: readonly (readonly CurvePoint[])[]): boolean {
  return others.some((points) => points.some((o) => o.index === p.index && o.mean > p.mean && o.mean - p.mean <= 1.5));
}

/** The lane's own curve as the board styles it (a lane outside the layout's rows gets the first style). */
function ownCurve(layout: BoardLayout, row: RowLayout, theme: Theme): PersonaCurve {
  const found = personaCurves(layout, theme).find((c) => c.laneId === row.lane.id);
  return found ?? { laneId: row.lane.id, row, personaId: row.lane.persona, label: row.lane.title, color: curveColor(layout, row, theme), style: CURVE_STYLES[0]! };
}

/**
 * What an emotions lane's band draws: the guide (the neutral line and the
 * scale), then its own curve; the overlay band instead draws the legend and
 * every curve not in `hidden` (lane ids), its own means labelled.
 */
export function emotionCurveItems(layout: BoardLayout, row: RowLayout, theme: Theme, labels: SceneLabels, hidden: ReadonlySet<string> = NONE): SceneItem[] {
  const items: SceneItem[] = [];
  const left = GEOMETRY.laneHeaderWidth;
  const right = layout.width;
  items.push({ type: 'line', points: [left, emotionY(row, 0), right, emotionY(row, 0)], stroke: theme.curveNeutral, strokeWidth: 1.5, dash: [6, 6] });
  for (const v of [2, 0, -2]) {
    items.push({ type: 'text', x: left + 6, y: emotionY(row, v) - 8, text: v > 0 ? `+${v}` : v < 0 ? `−${-v}` : '0', font: SMALL_FONT, color: theme.markText });
  }
  if (overlayRow(layout)?.lane.id === row.lane.id) {
    items.push(...curveLegendItems(layout, theme, labels, hidden));
    const shown = personaCurves(layout, theme)
      .filter((curve) => !hidden.has(curve.laneId))
      .map((curve) => ({ curve, points: curvePoints(layout, curve.laneId, row) }));
    // Every line first, then every marker, so no curve hides another's points.
    for (const { curve, points } of shown) items.push(...segmentItems(points, curve));
    for (const { curve, points } of shown) for (const p of points) items.push(...curveMarkerItems(curve.style.marker, p.x, p.y, curve.color));
    const own = shown.find(({ curve }) => curve.laneId === row.lane.id);
    const others = shown.filter((s) => s !== own).map((s) => s.points);
    if (own) for (const p of own.points) items.push(meanLabel(p, theme, labels, crowdedAbove(p, others)));
    return items;
  }
  const curve = ownCurve(layout, row, theme);
  const points = curvePoints(layout, row.lane.id, row);
  items.push(...segmentItems(points, curve));
  for (const p of points) items.push(...curveMarkerItems(curve.style.marker, p.x, p.y, curve.color), meanLabel(p, theme, labels));
  return items;
}

function signedMean(mean: number, labels: SceneLabels): string {
  const rounded = Math.round(mean * 10) / 10;
  return `${rounded > 0 ? '+' : rounded < 0 ? '−' : ''}${labels.formatNumber(Math.abs(rounded))}`;
}

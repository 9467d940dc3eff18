// The emotion curve of an emotions lane, in its band above the lane's notes:
// through each stage's mean emotion, joined between neighbouring stages with
// a score, bridged across stages with none (docs/format.md), bold enough to read
// from the back of a room. With two or more emotions lanes the first one's
// band overlays every curve under a legend (curveLegend.ts), each in its own
// colour, dash and marker (curveStyles.ts); a curve switched off on the board
// leaves the overlay, and every lane keeps its own curve over its own notes.
import { curvePaletteIndex } from '../analysis/curveIdentity';
import { emotionCurve } from '../analysis/emotion';
import { placeCurveLabels, type CurveSegment, type LabelSurroundings } from './curveLabels';
import { curveLegendItems } from './curveLegend';
import { curveMarkerItems, CURVE_STYLES, CURVE_WIDTH } from './curveStyles';
import { GEOMETRY, SMALL_FONT } from './geometry';
import type { BoardLayout, RowLayout } from './layout';
import { overlayRow, paletteColor, personaCurves, type PersonaCurve } from './personaCurves';
import type { SceneItem, SceneLabels } from './sceneTypes';
import { lineHeight, measureText } from './textMetrics';
import type { Theme } from './theme';

const MARGIN = 22;
const NONE: ReadonlySet<string> = new Set();
/** The circle that holds any curve's marker (curveStyles.ts: about 16 px across, 21 with a white ground). */
const MARKER_RADIUS = 10;

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

/** A curve's stretches from point to point, as thick as they are drawn (dashed and thinner where bridged). */
function curveSegments(points: readonly CurvePoint[], curve: PersonaCurve): (CurveSegment & { dash?: readonly number[] })[] {
  const segments: (CurveSegment & { dash?: readonly number[] })[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const { dash, width } = b.index - a.index > 1 ? curve.style.bridged : { dash: curve.style.dash, width: CURVE_WIDTH };
    segments.push({ x1: a.x, y1: a.y, x2: b.x, y2: b.y, width, ...(dash ? { dash } : {}) });
  }
  return segments;
}

function segmentItems(points: readonly CurvePoint[], curve: PersonaCurve): SceneItem[] {
  return curveSegments(points, curve).map(({ x1, y1, x2, y2, width, dash }) => ({ type: 'line', points: [x1, y1, x2, y2], stroke: curve.color, strokeWidth: width, ...(dash ? { dash } : {}) }));
}

/**
 * The numbers beside a curve's points, each where no shown curve's line or
 * marker covers it (curveLabels.ts). The text is centred in a 60 px box at
 * the place found, as the board has always drawn it.
 */
function meanLabels(points: readonly CurvePoint[], shown: readonly { curve: PersonaCurve; points: readonly CurvePoint[] }[], band: RowLayout, theme: Theme, labels: SceneLabels): SceneItem[] {
  const top = band.y + band.bandHeight - GEOMETRY.curveBandHeight;
  const around: LabelSurroundings = {
    segments: shown.flatMap((s) => curveSegments(s.points, s.curve)),
    markers: shown.flatMap((s) => s.points.map((p) => ({ x: p.x, y: p.y, radius: MARKER_RADIUS }))),
    top,
    bottom: top + GEOMETRY.curveBandHeight,
  };
  const texts = points.map((p) => signedMean(p.mean, labels));
  const boxes = placeCurveLabels(points, texts.map((text) => ({ width: measureText(text, SMALL_FONT), height: lineHeight(SMALL_FONT) })), around);
  return boxes.map((box, i) => ({ type: 'text', x: box.x + box.width / 2 - 30, y: box.y, width: 60, align: 'center', text: texts[i]!, font: SMALL_FONT, color: theme.markText }));
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
    if (own) items.push(...meanLabels(own.points, shown, row, theme, labels));
    return items;
  }
  const curve = ownCurve(layout, row, theme);
  const points = curvePoints(layout, row.lane.id, row);
  items.push(...segmentItems(points, curve));
  const numbers = meanLabels(points, [{ curve, points }], row, theme, labels);
  points.forEach((p, i) => items.push(...curveMarkerItems(curve.style.marker, p.x, p.y, curve.color), numbers[i]!));
  return items;
}

function signedMean(mean: number, labels: SceneLabels): string {
  const rounded = Math.round(mean * 10) / 10;
  return `${rounded > 0 ? '+' : rounded < 0 ? '−' : ''}${labels.formatNumber(Math.abs(rounded))}`;
}

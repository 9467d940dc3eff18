// The legend of the overlaid emotion curves: a strip across the top of the
// first emotions lane's band, above the curves so it never hides a point.
// Each entry is a sample of its curve (colour, dash, marker) and whose curve
// it is; a curve switched off on the board greys its entry out. Entries sit
// in fixed slots, so the layout can make room for the strip without knowing
// the words, and the board finds the entry under a click from the same sums.
import type { Lane } from '../format/types';
import { ellipsize } from './fitText';
import { curveSampleItems } from './curveStyles';
import { GEOMETRY } from './geometry';
import type { BoardLayout } from './layout';
import { overlayRow, personaCurves, type PersonaCurve } from './personaCurves';
import type { SceneItem, SceneLabels } from './sceneTypes';
import { lineHeight, type FontSpec } from './textMetrics';
import type { Theme } from './theme';

const PAD_X = 16;
const PAD_TOP = 10;
/** Room under the legend for the number over a curve's +2 point. */
const PAD_BOTTOM = 12;
const ROW_HEIGHT = 30;
const TITLE_SLOT = 150;
const ENTRY_SLOT = 250;
const SAMPLE_WIDTH = 44;
const SAMPLE_GAP = 10;
/** What a switched-off entry's name is drawn at. */
const HIDDEN_OPACITY = 0.55;

const LEGEND_TITLE_FONT: FontSpec = { weight: 600, size: 14 };
const LEGEND_FONT: FontSpec = { weight: 400, size: 14 };

function entriesPerRow(boardWidth: number): number {
  return Math.max(1, Math.floor((boardWidth - GEOMETRY.laneHeaderWidth - 2 * PAD_X - TITLE_SLOT) / ENTRY_SLOT));
}

/** The extra height the first emotions lane's band needs for the legend: none unless two or more curves share it. */
export function curveLegendHeight(curveCount: number, boardWidth: number): number {
  if (curveCount < 2) return 0;
  return PAD_TOP + Math.ceil(curveCount / entriesPerRow(boardWidth)) * ROW_HEIGHT + PAD_BOTTOM;
}

/**
 * The height of a lane's curve band (layout.ts): none for a lane of another
 * kind; the first of two or more emotions lanes has the legend on top.
 */
export function emotionBandHeight(lane: Lane, visibleLanes: readonly Lane[], boardWidth: number): number {
  if (lane.kind !== 'emotions') return 0;
  const first = visibleLanes.find((l) => l.kind === 'emotions');
  return GEOMETRY.curveBandHeight + (first === lane ? curveLegendHeight(visibleLanes.filter((l) => l.kind === 'emotions').length, boardWidth) : 0);
}

export interface CurveLegendEntry {
  curve: PersonaCurve;
  /** The entry's box on the board: where a click switches its curve. */
  box: { x: number; y: number; width: number; height: number };
}

/** Where each entry of the legend sits; none when the board has fewer than two curves. */
export function curveLegendEntries(layout: BoardLayout, theme: Theme): CurveLegendEntry[] {
  const row = overlayRow(layout);
  if (!row) return [];
  const perRow = entriesPerRow(layout.width);
  const left = GEOMETRY.laneHeaderWidth + PAD_X + TITLE_SLOT;
  return personaCurves(layout, theme).map((curve, i) => ({
    curve,
    box: { x: left + (i % perRow) * ENTRY_SLOT, y: row.y + PAD_TOP + Math.floor(i / perRow) * ROW_HEIGHT, width: ENTRY_SLOT - 12, height: ROW_HEIGHT },
  }));
}

/** The lane whose legend entry is at a board point, if any. */
export function curveLegendHit(layout: BoardLayout, theme: Theme, x: number, y: number): string | null {
  const entry = curveLegendEntries(layout, theme).find(({ box }) => x >= box.x && x < box.x + box.width && y >= box.y && y < box.y + box.height);
  return entry ? entry.curve.laneId : null;
}

export function curveLegendItems(layout: BoardLayout, theme: Theme, labels: SceneLabels, hidden: ReadonlySet<string>): SceneItem[] {
  const entries = curveLegendEntries(layout, theme);
  if (entries.length === 0) return [];
  const first = entries[0]!.box;
  const textTop = (font: FontSpec, top: number) => top + (ROW_HEIGHT - lineHeight(font)) / 2;
  const items: SceneItem[] = [
    {
      type: 'text',
      x: GEOMETRY.laneHeaderWidth + PAD_X,
      y: textTop(LEGEND_TITLE_FONT, first.y),
      text: ellipsize(labels.emotionCurves, TITLE_SLOT - 12, LEGEND_TITLE_FONT),
      font: LEGEND_TITLE_FONT,
      color: theme.markText,
    },
  ];
  for (const { curve, box } of entries) {
    const off = hidden.has(curve.laneId);
    items.push(...curveSampleItems(curve.style, box.x, box.y + ROW_HEIGHT / 2, SAMPLE_WIDTH, off ? theme.curveNeutral : curve.color));
    items.push({
      type: 'text',
      x: box.x + SAMPLE_WIDTH + SAMPLE_GAP,
      y: textTop(LEGEND_FONT, box.y),
      text: ellipsize(curve.label, box.width - SAMPLE_WIDTH - SAMPLE_GAP, LEGEND_FONT),
      font: LEGEND_FONT,
      color: theme.noteText,
      ...(off ? { opacity: HIDDEN_OPACITY } : {}),
    });
  }
  return items;
}

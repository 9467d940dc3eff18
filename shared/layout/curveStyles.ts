// How one emotion curve is told from another without its colour: a dash
// pattern and a marker shape of its own, so overlaid curves still read on a
// greyscale print and for colour-blind viewers. The first style is the one a
// map with a single emotions lane has always drawn (solid, round dots).
import type { SceneItem } from './sceneTypes';

export type CurveMarker = 'disc' | 'square' | 'ring' | 'cross' | 'hollow-square' | 'triangle';

export interface CurveStyle {
  marker: CurveMarker;
  /** The curve between neighbouring scored stages; none is solid. */
  dash?: readonly number[];
  /** Across stages with no score (docs/format.md: bridged): a solid curve is dashed there, a dashed one thinner. */
  bridged: { dash: readonly number[]; width: number };
}

export const CURVE_WIDTH = 5;

export const CURVE_STYLES: readonly CurveStyle[] = [
  { marker: 'disc', bridged: { dash: [10, 8], width: CURVE_WIDTH } },
  { marker: 'square', dash: [18, 9], bridged: { dash: [18, 9], width: 2.5 } },
  { marker: 'ring', dash: [1, 10], bridged: { dash: [1, 10], width: 2.5 } },
  { marker: 'cross', dash: [18, 8, 1, 8], bridged: { dash: [18, 8, 1, 8], width: 2.5 } },
  { marker: 'hollow-square', dash: [8, 8], bridged: { dash: [8, 8], width: 2.5 } },
  { marker: 'triangle', dash: [26, 8, 1, 8, 1, 8], bridged: { dash: [26, 8, 1, 8, 1, 8], width: 2.5 } },
];

/** The style of the curve at this place among the board's curves. */
export function curveStyle(index: number): CurveStyle {
  return CURVE_STYLES[index % CURVE_STYLES.length]!;
}

const WHITE = '#FFFFFF';

/** A curve's marker at a point, about 16 px across; shapes a line would run through get a white ground. */
export function curveMarkerItems(marker: CurveMarker, x: number, y: number, color: string): SceneItem[] {
  switch (marker) {
    case 'disc':
      return [{ type: 'circle', x, y, radius: 8, fill: color, stroke: WHITE, strokeWidth: 2.5 }];
    case 'square':
      return [{ type: 'rect', x: x - 7.5, y: y - 7.5, width: 15, height: 15, fill: color, stroke: WHITE, strokeWidth: 2.5 }];
    case 'ring':
      return [{ type: 'circle', x, y, radius: 7, fill: WHITE, stroke: color, strokeWidth: 4 }];
    case 'hollow-square':
      return [{ type: 'rect', x: x - 7, y: y - 7, width: 14, height: 14, fill: WHITE, stroke: color, strokeWidth: 4 }];
    case 'cross':
      return [
        { type: 'circle', x, y, radius: 10, fill: WHITE },
        { type: 'line', points: [x - 6, y - 6, x + 6, y + 6], stroke: color, strokeWidth: 4.5 },
        { type: 'line', points: [x - 6, y + 6, x + 6, y - 6], stroke: color, strokeWidth: 4.5 },
      ];
    case 'triangle':
      return [
        { type: 'circle', x, y, radius: 10.5, fill: WHITE },
        { type: 'line', points: [x, y - 8, x + 8, y + 6, x - 8, y + 6, x, y - 8], stroke: color, strokeWidth: 4 },
      ];
  }
}

/** A short stretch of the curve with its marker in the middle: the key in a legend or beside a persona. */
export function curveSampleItems(style: CurveStyle, x: number, y: number, width: number, color: string): SceneItem[] {
  return [
    { type: 'line', points: [x, y, x + width, y], stroke: color, strokeWidth: 4, ...(style.dash ? { dash: style.dash } : {}) },
    ...curveMarkerItems(style.marker, x + width / 2, y, color),
  ];
}

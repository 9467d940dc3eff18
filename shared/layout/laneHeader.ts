// A lane's title at the left of its row: wrapped to at most three lines,
// with the small line under it (its kind, its persona). The layout makes
// each row at least this tall, so a long title in an empty lane never runs
// into the row below; the scene draws it from the same numbers.
import type { Lane } from '../format/types';
import { wrapLines } from './fitText';
import { GEOMETRY, HEADER_FONT, SMALL_FONT } from './geometry';
import { lineHeight } from './textMetrics';

const PADDING_X = 14;
const TITLE_TOP = 14;
/** The gap between the title's last line and the small line under it. */
const SUBTITLE_GAP = 4;
const PADDING_BOTTOM = 12;
const MAX_TITLE_LINES = 3;

export const LANE_HEADER = { paddingX: PADDING_X, titleTop: TITLE_TOP, subtitleGap: SUBTITLE_GAP } as const;

export function laneTitleLines(lane: Lane): string[] {
  return wrapLines(lane.title, GEOMETRY.laneHeaderWidth - 2 * PADDING_X, HEADER_FONT, MAX_TITLE_LINES);
}

/** Where the small line under the title starts, below the row's top. */
export function laneSubtitleTop(titleLines: number): number {
  return TITLE_TOP + SUBTITLE_GAP + titleLines * lineHeight(HEADER_FONT);
}

/** The height a lane's header needs: its title, the small line, and room below. */
export function laneHeaderHeight(lane: Lane): number {
  return Math.ceil(laneSubtitleTop(laneTitleLines(lane).length) + lineHeight(SMALL_FONT) + PADDING_BOTTOM);
}

/**
 * How far down its row the board slides a lane's title (and the small line
 * under it) so it stays in view while any part of the row is: to `viewTop`,
 * the board y at the top of what shows below the stage titles, but never
 * past the row's foot. A poster has no view: its titles stay at the top.
 */
export function laneTitleShift(row: { y: number; height: number }, titleHeight: number, viewTop: number): number {
  return Math.max(0, Math.min(viewTop - row.y, row.height - titleHeight));
}

// Sizes of the board, in board pixels at 100% zoom. The board and every
// export lay out with these, so a poster breaks lines where the screen does.
import type { FontSpec } from './textMetrics';

export const GEOMETRY = {
  /** Width of the lane titles at the left. */
  laneHeaderWidth: 200,
  /** Height of the stage titles at the top. */
  stageHeaderHeight: 56,
  /** Height of the persona strip above the stage titles, when the map has personas. */
  personaStripHeight: 72,
  noteWidth: 196,
  /** Notes side by side in one cell: a stage column is this many notes wide. */
  notesAcross: 2,
  noteGap: 10,
  cellPadding: 12,
  notePaddingX: 10,
  notePaddingTop: 9,
  notePaddingBottom: 11,
  /** Room at the foot of a note for its marks (votes, evidence, emotion). */
  noteMarksHeight: 20,
  minNoteHeight: 64,
  /** A lane with no notes still has room to drop one. */
  minCellHeight: 92,
  /** The band of an emotions lane where its curve is drawn, above its notes. */
  curveBandHeight: 150,
  /** Height of a metric's figure line. */
  metricHeight: 34,
} as const;

/** Note text: at least 14 px at 100% (a projector at the back of a room). */
export const NOTE_FONT: FontSpec = { weight: 400, size: 15 };
export const HEADER_FONT: FontSpec = { weight: 600, size: 16 };
export const SMALL_FONT: FontSpec = { weight: 400, size: 12 };
export const METRIC_FONT: FontSpec = { weight: 600, size: 24 };

export const STAGE_WIDTH = GEOMETRY.cellPadding * 2 + GEOMETRY.notesAcross * GEOMETRY.noteWidth + (GEOMETRY.notesAcross - 1) * GEOMETRY.noteGap;
export const NOTE_TEXT_WIDTH = GEOMETRY.noteWidth - 2 * GEOMETRY.notePaddingX;

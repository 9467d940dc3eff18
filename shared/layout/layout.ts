// Where everything on the board goes, from a map and the shipped font's
// metrics: stage columns, lane rows, cells that grow to fit their notes,
// notes that never overlap, each note's text wrapped into lines. Pure, so the
// board in the browser and the exporters in Node place everything alike.
//
// Note positions are kept relative to their cell, and a cell's layout is
// reused while its notes are the same objects: editing one note re-wraps one
// note and re-measures one cell; the rows and columns (at most 50 × 100)
// are cheap to place again.
import type { JourneyMap, Lane, Note, Stage } from '../format/types';
import { emotionBandHeight } from './curveLegend';
import { GEOMETRY, NOTE_FONT, NOTE_TEXT_WIDTH, STAGE_WIDTH } from './geometry';
import { laneHeaderHeight } from './laneHeader';
import { notePictureBand, pictureShift, type PictureBand } from './notePicture';
import { lineHeight } from './textMetrics';
import { wrapTextCached } from './wrapText';

export interface NotePlacement {
  note: Note;
  /** Relative to the cell's top-left corner. */
  x: number;
  y: number;
  width: number;
  height: number;
  lines: readonly string[];
  /** The note's picture, drawn at the card's top (notePicture.ts). */
  picture?: PictureBand;
}

export interface CellLayout {
  lane: string;
  stage: string;
  /** The notes of the cell, in order: the same objects as in the map. */
  notes: readonly Note[];
  placements: readonly NotePlacement[];
  /** Height the notes need, padding included. */
  contentHeight: number;
}

export interface ColumnLayout {
  stage: Stage;
  index: number;
  x: number;
  width: number;
}

export interface RowLayout {
  lane: Lane;
  index: number;
  y: number;
  height: number;
  /** Space at the top of the row before its cells (an emotions lane's curve band). */
  bandHeight: number;
}

export interface BoardLayout {
  map: JourneyMap;
  columns: readonly ColumnLayout[];
  rows: readonly RowLayout[];
  /** By cellKey(lane, stage); a cell with no notes has no entry. */
  cells: ReadonlyMap<string, CellLayout>;
  /** Note id → the key of its cell and its index there (hidden lanes' notes are absent). */
  noteCells: ReadonlyMap<string, { cell: string; index: number }>;
  columnOf: ReadonlyMap<string, ColumnLayout>;
  rowOf: ReadonlyMap<string, RowLayout>;
  /** Where the lane rows start (below the persona strip and the stage titles). */
  top: number;
  personaStripHeight: number;
  width: number;
  height: number;
}

export const cellKey = (lane: string, stage: string): string => `${lane}\u0000${stage}`;

/** How tall a note is when its text is wrapped into `lines` (and its picture, if any, takes a band at the top). */
function noteHeight(note: Note, lines: readonly string[], picture?: PictureBand | null): number {
  const text = lines.length * lineHeight(NOTE_FONT);
  const metric = note.metric ? GEOMETRY.metricHeight : 0;
  const height = GEOMETRY.notePaddingTop + pictureShift(picture) + metric + text + GEOMETRY.noteMarksHeight + GEOMETRY.notePaddingBottom;
  return Math.max(GEOMETRY.minNoteHeight, Math.ceil(height));
}

/** Absolute position of a note placed in a cell. */
export function notePosition(layout: BoardLayout, cell: CellLayout, placement: NotePlacement): { x: number; y: number } {
  const column = layout.columnOf.get(cell.stage)!;
  const row = layout.rowOf.get(cell.lane)!;
  return { x: column.x + placement.x, y: row.y + row.bandHeight + placement.y };
}

/** Lines of a note as the board shows them; a note not yet revealed shows none. */
function noteLines(note: Note): readonly string[] {
  return note.hidden ? [] : wrapTextCached(note.text, NOTE_TEXT_WIDTH, NOTE_FONT);
}

function layoutCell(lane: string, stage: string, notes: readonly Note[], assets: JourneyMap['assets']): CellLayout {
  const { cellPadding, noteGap, noteWidth, notesAcross } = GEOMETRY;
  const placements: NotePlacement[] = [];
  let y = cellPadding;
  for (let start = 0; start < notes.length; start += notesAcross) {
    let rowHeight = 0;
    const row: NotePlacement[] = [];
    for (let i = start; i < Math.min(notes.length, start + notesAcross); i++) {
      const note = notes[i]!;
      const lines = noteLines(note);
      const picture = notePictureBand(note, assets);
      const height = noteHeight(note, lines, picture);
      row.push({ note, x: cellPadding + (i - start) * (noteWidth + noteGap), y, width: noteWidth, height, lines, ...(picture ? { picture } : {}) });
      rowHeight = Math.max(rowHeight, height);
    }
    placements.push(...row);
    y += rowHeight + noteGap;
  }
  const contentHeight = notes.length === 0 ? 0 : y - noteGap + cellPadding;
  return { lane, stage, notes, placements, contentHeight };
}

function sameNotes(a: readonly Note[], b: readonly Note[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Whether the pictures of these notes are the very same assets in both maps (a picture's size sets its note's height). */
function samePictures(notes: readonly Note[], before: JourneyMap['assets'], now: JourneyMap['assets']): boolean {
  if (before === now) return true;
  for (const note of notes) if (note.image !== undefined && assetOf(before, note.image) !== assetOf(now, note.image)) return false;
  return true;
}

/** An asset by id, own keys only: an id such as "__proto__" is data, never the object's prototype. */
function assetOf(assets: JourneyMap['assets'], id: string): unknown {
  return assets && Object.hasOwn(assets, id) ? assets[id] : undefined;
}

/** Groups the visible notes by cell, in map order. */
function notesByCell(map: JourneyMap, visibleLanes: ReadonlySet<string>, stages: ReadonlySet<string>): Map<string, Note[]> {
  const groups = new Map<string, Note[]>();
  for (const note of map.notes) {
    if (!visibleLanes.has(note.lane) || !stages.has(note.stage)) continue;
    const key = cellKey(note.lane, note.stage);
    const group = groups.get(key);
    if (group) group.push(note);
    else groups.set(key, [note]);
  }
  return groups;
}

/**
 * Lays out the board. With the previous layout, cells whose notes are the
 * very same objects keep their layout (no re-wrapping).
 */
export function layoutBoard(map: JourneyMap, previous?: BoardLayout): BoardLayout {
  const lanes = map.lanes.filter((l) => !l.hidden);
  const groups = notesByCell(map, new Set(lanes.map((l) => l.id)), new Set(map.stages.map((s) => s.id)));

  const cells = new Map<string, CellLayout>();
  const noteCells = new Map<string, { cell: string; index: number }>();
  for (const [key, notes] of groups) {
    const old = previous?.cells.get(key);
    const reusable = old && sameNotes(old.notes, notes) && samePictures(notes, previous!.map.assets, map.assets);
    const cell = reusable ? old : layoutCell(notes[0]!.lane, notes[0]!.stage, notes, map.assets);
    cells.set(key, cell);
    notes.forEach((note, index) => noteCells.set(note.id, { cell: key, index }));
  }

  const personaStripHeight = map.personas.length > 0 ? GEOMETRY.personaStripHeight : 0;
  const top = personaStripHeight + GEOMETRY.stageHeaderHeight;
  const columns = map.stages.map((stage, index) => ({ stage, index, x: GEOMETRY.laneHeaderWidth + index * STAGE_WIDTH, width: STAGE_WIDTH }));
  const width = GEOMETRY.laneHeaderWidth + map.stages.length * STAGE_WIDTH;
  const rows: RowLayout[] = [];
  let y = top;
  lanes.forEach((lane, index) => {
    const bandHeight = emotionBandHeight(lane, lanes, width);
    let tallest: number = Math.max(GEOMETRY.minCellHeight, laneHeaderHeight(lane) - bandHeight);
    for (const stage of map.stages) tallest = Math.max(tallest, cells.get(cellKey(lane.id, stage.id))?.contentHeight ?? 0);
    const height = bandHeight + tallest;
    rows.push({ lane, index, y, height, bandHeight });
    y += height;
  });
  return {
    map,
    columns,
    rows,
    cells,
    noteCells,
    columnOf: new Map(columns.map((c) => [c.stage.id, c])),
    rowOf: new Map(rows.map((r) => [r.lane.id, r])),
    top,
    personaStripHeight,
    width,
    height: y,
  };
}


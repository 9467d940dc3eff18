// The board's own spatial index: stages across and lanes down already sort
// every note into a cell, so what is visible and what is under the pointer
// are found from the columns and rows, not by asking every note.
import type { BoardLayout, CellLayout, ColumnLayout, NotePlacement, RowLayout } from '../../shared/layout/layout';
import { cellKey, notePosition } from '../../shared/layout/layout';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Columns whose x-range meets [x0, x1]: they are evenly spaced, so found by arithmetic. */
export function columnsIn(layout: BoardLayout, x0: number, x1: number): ColumnLayout[] {
  return layout.columns.filter((c) => c.x < x1 && c.x + c.width > x0);
}

/** Rows whose y-range meets [y0, y1], by binary search (rows are sorted by y). */
export function rowsIn(layout: BoardLayout, y0: number, y1: number): RowLayout[] {
  const rows = layout.rows;
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid]!.y + rows[mid]!.height <= y0) lo = mid + 1;
    else hi = mid;
  }
  const out: RowLayout[] = [];
  for (let i = lo; i < rows.length && rows[i]!.y < y1; i++) out.push(rows[i]!);
  return out;
}

export interface PlacedNote {
  cell: CellLayout;
  placement: NotePlacement;
  index: number;
  rect: Rect;
}

/** Notes that meet the rectangle (board units), found cell by cell. */
export function notesIn(layout: BoardLayout, area: Rect): PlacedNote[] {
  const out: PlacedNote[] = [];
  for (const row of rowsIn(layout, area.y, area.y + area.height)) {
    for (const column of columnsIn(layout, area.x, area.x + area.width)) {
      const cell = layout.cells.get(cellKey(row.lane.id, column.stage.id));
      if (!cell) continue;
      cell.placements.forEach((placement, index) => {
        const { x, y } = notePosition(layout, cell, placement);
        const rect = { x, y, width: placement.width, height: placement.height };
        if (intersects(rect, area)) out.push({ cell, placement, index, rect });
      });
    }
  }
  return out;
}

export type Hit =
  | { kind: 'note'; note: PlacedNote }
  | { kind: 'cell'; lane: string; stage: string }
  | { kind: 'lane-header'; lane: string }
  | { kind: 'stage-header'; stage: string }
  | { kind: 'nothing' };

/** What is at a board point (headers are hit-tested by the board in screen space). */
export function hitTest(layout: BoardLayout, x: number, y: number): Hit {
  const row = rowsIn(layout, y, y + 0.001)[0];
  const column = columnsIn(layout, x, x + 0.001)[0];
  if (!row || !column) return { kind: 'nothing' };
  const note = notesIn(layout, { x, y, width: 0.001, height: 0.001 })[0];
  if (note) return { kind: 'note', note };
  return { kind: 'cell', lane: row.lane.id, stage: column.stage.id };
}

/** Where in a cell a note dropped at board point (x, y) lands: its position among the cell's other notes (reading order). */
export function dropPosition(layout: BoardLayout, lane: string, stage: string, x: number, y: number, moving: ReadonlySet<string>): number {
  const cell = layout.cells.get(cellKey(lane, stage));
  if (!cell) return 0;
  let position = 0;
  for (const placement of cell.placements) {
    if (moving.has(placement.note.id)) continue;
    const { x: nx, y: ny } = notePosition(layout, cell, placement);
    if (y > ny + placement.height || (y >= ny && x > nx + placement.width / 2)) position++;
  }
  return position;
}

/** The drop marker for a position in a cell: a bar before the note that will follow, or after the last. */
export function dropMarker(layout: BoardLayout, lane: string, stage: string, position: number, moving: ReadonlySet<string>): Rect | null {
  const row = layout.rowOf.get(lane);
  const column = layout.columnOf.get(stage);
  if (!row || !column) return null;
  const cell = layout.cells.get(cellKey(lane, stage));
  const others = (cell?.placements ?? []).filter((p) => !moving.has(p.note.id));
  const at = (p: NotePlacement) => notePosition(layout, cell!, p);
  if (others.length === 0) return { x: column.x + 8, y: row.y + row.bandHeight + 8, width: 4, height: 64 };
  const next = others[position];
  if (next) {
    const { x, y } = at(next);
    return { x: x - 7, y, width: 4, height: next.height };
  }
  const last = others[others.length - 1]!;
  const { x, y } = at(last);
  return { x: x + last.width + 3, y, width: 4, height: last.height };
}

// Arrow keys move the selection through the grid: along a cell's notes (two
// across), then into the neighbouring stage or lane. Alt+arrows name the
// neighbouring cell to move the selected notes to.
import { GEOMETRY } from '../../shared/layout/geometry';
import type { BoardLayout } from '../../shared/layout/layout';
import { cellKey } from '../../shared/layout/layout';
import type { Selection } from './selection';

export type Direction = 'left' | 'right' | 'up' | 'down';

/** The cell the selection is in: its notes' cell, or the selected cell. */
export function selectionCell(layout: BoardLayout, selection: Selection): { lane: string; stage: string; index: number } | null {
  const id = selection.notes[selection.notes.length - 1];
  if (id) {
    const where = layout.noteCells.get(id);
    const cell = where && layout.cells.get(where.cell);
    if (cell && where) return { lane: cell.lane, stage: cell.stage, index: where.index };
  }
  return selection.cell ? { ...selection.cell, index: -1 } : null;
}

export function neighbourCell(layout: BoardLayout, lane: string, stage: string, direction: Direction): { lane: string; stage: string } | null {
  const row = layout.rowOf.get(lane);
  const column = layout.columnOf.get(stage);
  if (!row || !column) return null;
  const r = row.index + (direction === 'up' ? -1 : direction === 'down' ? 1 : 0);
  const c = column.index + (direction === 'left' ? -1 : direction === 'right' ? 1 : 0);
  const nextRow = layout.rows[r];
  const nextColumn = layout.columns[c];
  return nextRow && nextColumn ? { lane: nextRow.lane.id, stage: nextColumn.stage.id } : null;
}

function selectInCell(layout: BoardLayout, lane: string, stage: string, index: number): Selection {
  const cell = layout.cells.get(cellKey(lane, stage));
  if (!cell || cell.notes.length === 0) return { notes: [], cell: { lane, stage } };
  const i = Math.max(0, Math.min(cell.notes.length - 1, index));
  return { notes: [cell.notes[i]!.id], cell: null };
}

export function moveSelection(layout: BoardLayout, selection: Selection, direction: Direction): Selection {
  const at = selectionCell(layout, selection);
  if (!at) {
    const row = layout.rows[0];
    const column = layout.columns[0];
    return row && column ? selectInCell(layout, row.lane.id, column.stage.id, 0) : selection;
  }
  const across = GEOMETRY.notesAcross;
  const count = layout.cells.get(cellKey(at.lane, at.stage))?.notes.length ?? 0;
  if (at.index >= 0) {
    const column = at.index % across;
    const within =
      direction === 'left' ? (column > 0 ? at.index - 1 : -1) :
      direction === 'right' ? (column < across - 1 && at.index + 1 < count ? at.index + 1 : -1) :
      direction === 'up' ? at.index - across :
      at.index + across < count ? at.index + across : -1;
    if (within >= 0) return selectInCell(layout, at.lane, at.stage, within);
  }
  const next = neighbourCell(layout, at.lane, at.stage, direction);
  if (!next) return selection;
  const nextCount = layout.cells.get(cellKey(next.lane, next.stage))?.notes.length ?? 0;
  const index = direction === 'up' ? nextCount - 1 : direction === 'down' ? 0 : Math.max(0, at.index);
  return selectInCell(layout, next.lane, next.stage, index);
}

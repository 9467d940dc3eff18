// The board's part of the actions (BoardService in shared/actions/context.ts):
// notes, the selection, the undo history and the camera. Each method reads
// the board as it is when it runs.
import type { BoardService, Direction } from '../../shared/actions/context';
import { refusalMessage } from '../../shared/i18n/refusals';
import { newId } from '../../shared/ids';
import { cellKey } from '../../shared/layout/layout';
import { ops } from '../../shared/ops';
import type { Session } from '../app/session';
import { currentLanguage } from '../words';
import type { Edit } from '../panels/edit';
import type { BoardModel } from './boardModel';
import type { Camera } from './camera';
import { hitTest } from './grid';
import { moveSelection, neighbourCell, selectionCell } from './navigation';
import { EMPTY_SELECTION, type Selection } from './selection';
import { addLane, addStage, type HeaderRef } from './structure';

export interface BoardDeps {
  session: Session;
  model: BoardModel;
  camera: Camera;
  view: { width: number; height: number };
  selection: Selection;
  setSelection(s: Selection): void;
  editing: string | null;
  setEditing(id: string | null): void;
  edit: Edit;
  notify(message: string): void;
  /** A stage or lane just added, named at once in its header. */
  rename(header: HeaderRef): void;
  /** What a new stage and a new lane are called before that, in the interface language. */
  newTitles: { stage: string; lane: string };
  /** The selected note's picture, large. */
  openPicture(): void;
}

/** The cell N adds to: the selection's cell, or the cell nearest the middle of the view. */
export function targetCell(deps: Pick<BoardDeps, 'model' | 'camera' | 'view' | 'selection'>): { lane: string; stage: string } | null {
  const at = selectionCell(deps.model.layout, deps.selection);
  if (at) return at;
  const center = deps.camera.toBoard(deps.view.width / 2, deps.view.height / 2);
  const hit = hitTest(deps.model.layout, center.x, center.y);
  if (hit.kind === 'cell') return hit;
  if (hit.kind === 'note') return { lane: hit.note.cell.lane, stage: hit.note.cell.stage };
  const rows = deps.model.layout.rows;
  const columns = deps.model.layout.columns;
  if (rows.length === 0 || columns.length === 0) return null;
  const row = rows.reduce((best, r) => (Math.abs(r.y + r.height / 2 - center.y) < Math.abs(best.y + best.height / 2 - center.y) ? r : best));
  const column = columns.reduce((best, c) => (Math.abs(c.x + c.width / 2 - center.x) < Math.abs(best.x + best.width / 2 - center.x) ? c : best));
  return { lane: row.lane.id, stage: column.stage.id };
}

export function addNoteAt(deps: BoardDeps, lane: string, stage: string): void {
  const id = newId('note');
  deps.session.history.seal();
  // The add stays open to the typing that follows: both are one undo step.
  const result = deps.session.history.apply(ops.addNote, { id, lane, stage, text: '' });
  if (!result.ok) {
    deps.edit.apply(ops.addNote, { id, lane, stage, text: '' });
    return;
  }
  deps.setSelection({ notes: [id], cell: null });
  deps.setEditing(id);
}

/** Keeps the selected notes that still exist (after an undo or redo). */
function keepExisting(deps: BoardDeps): void {
  const ids = new Set(deps.session.map.notes.map((n) => n.id));
  deps.setSelection({ notes: deps.selection.notes.filter((id) => ids.has(id)), cell: deps.selection.cell });
}

/** Says why the facilitator's locks refuse `opName` (undo in review mode, say); true when they do. */
function refused(deps: BoardDeps, opName: string): boolean {
  const refusal = deps.session.history.refusalOf(opName);
  if (refusal) deps.notify(refusalMessage(refusal, currentLanguage()));
  return refusal !== null;
}

function travel(deps: BoardDeps, step: 'undo' | 'redo'): void {
  deps.setEditing(null);
  if (refused(deps, `history.${step}`)) return;
  if (step === 'undo') deps.session.history.undo();
  else deps.session.history.redo();
  keepExisting(deps);
}

export function boardService(board: () => BoardDeps): BoardService {
  const centre = (d: BoardDeps) => [d.view.width / 2, d.view.height / 2] as const;
  return {
    addNote: () => {
      const d = board();
      const cell = targetCell(d);
      if (cell) addNoteAt(d, cell.lane, cell.stage);
    },
    editNote: () => {
      const d = board();
      const last = d.selection.notes[d.selection.notes.length - 1];
      if (last) d.setEditing(last);
    },
    openPicture: () => board().openPicture(),
    stopEditing: () => {
      const d = board();
      if (d.editing) d.setEditing(null);
      else d.setSelection(EMPTY_SELECTION);
    },
    deleteNotes: () => {
      const d = board();
      if (d.selection.notes.length > 0 && d.edit.apply(ops.deleteNotes, { ids: [...d.selection.notes] })) d.setSelection(EMPTY_SELECTION);
    },
    duplicateNotes: () => {
      const d = board();
      const newIds = d.selection.notes.map(() => newId('note'));
      if (newIds.length > 0 && d.edit.apply(ops.duplicateNotes, { ids: [...d.selection.notes], newIds })) d.setSelection({ notes: newIds, cell: null });
    },
    selectAll: () => {
      const { model, selection, setSelection } = board();
      const layout = model.layout;
      const at = selectionCell(layout, selection);
      const cellNotes = at ? (layout.cells.get(cellKey(at.lane, at.stage))?.notes.map((n) => n.id) ?? []) : [];
      const allInCell = cellNotes.length > 0 && cellNotes.every((n) => selection.notes.includes(n)) && selection.notes.length === cellNotes.length;
      setSelection({ notes: cellNotes.length > 0 && !allInCell ? cellNotes : [...layout.noteCells.keys()], cell: null });
    },
    select: (direction: Direction) => {
      const d = board();
      d.setSelection(moveSelection(d.model.layout, d.selection, direction));
    },
    send: (direction: Direction) => {
      const d = board();
      const at = selectionCell(d.model.layout, d.selection);
      if (!at || d.selection.notes.length === 0) return;
      const next = neighbourCell(d.model.layout, at.lane, at.stage, direction);
      if (next) d.edit.apply(ops.moveNotes, { ids: [...d.selection.notes], lane: next.lane, stage: next.stage });
    },
    undo: () => travel(board(), 'undo'),
    redo: () => travel(board(), 'redo'),
    // The browser's own copy, cut and paste events carry these (clipboard access needs them): useClipboardEvents.
    clipboard: (command) => void document.execCommand(command),
    addStage: () => {
      const d = board();
      const id = addStage(d, d.newTitles.stage);
      if (id) d.rename({ kind: 'stage', id });
    },
    addLane: () => {
      const d = board();
      const id = addLane(d, d.newTitles.lane);
      if (id) d.rename({ kind: 'lane', id });
    },
    fitMap: () => {
      const d = board();
      d.camera.fit({ x: 0, y: 0, width: d.model.layout.width, height: d.model.layout.height }, d.view);
    },
    zoomTo: (scale) => {
      const d = board();
      d.camera.zoomAt(scale, ...centre(d));
    },
    zoomBy: (factor) => {
      const d = board();
      d.camera.zoomAt(d.camera.get().scale * factor, ...centre(d));
    },
  };
}

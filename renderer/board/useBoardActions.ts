// What each action of the registry does on the board.
import type { RefObject } from 'react';
import { newId } from '../../shared/ids';
import { cellKey } from '../../shared/layout/layout';
import { ops } from '../../shared/ops';
import type { ActionId } from '../../shared/actions/registry';
import { refusalMessage } from '../../shared/i18n/refusals';
import { currentLanguage } from '../i18n';
import type { Edit } from '../panels/edit';
import type { Session } from '../app/session';
import type { BoardModel } from './boardModel';
import type { Camera } from './camera';
import { hitTest } from './grid';
import { moveSelection, neighbourCell, selectionCell, type Direction } from './navigation';
import type { Selection } from './selection';

export interface BoardActionDeps {
  session: Session;
  model: BoardModel;
  camera: Camera;
  view: { width: number; height: number };
  selection: Selection;
  setSelection(s: Selection): void;
  editing: string | null;
  setEditing(id: string | null): void;
  edit: Edit;
  ui: { save(): void; saveAs(): void; open(): void; close(): void; exportMap(): void; importNotes(): void; restoreBackup(): void; autoSave(): void; find(): void; palette(): void; cheatSheet(): void; inspector(): void; addStage(): void; addLane(): void; openPicture(): void; present(): void; silentRound(): void; reveal(): void; lockStructure(): void; reviewMode(): void; filters(): void; evidenceView(): void; curves(): void; timer(): void; quickCapture(): void; voting(): void; saveVersion(): void; versions(): void; compare(): void };
  clipboardTarget: RefObject<HTMLElement | null>;
  notify(message: string): void;
}

/** The cell N adds to: the selection's cell, or the cell nearest the middle of the view. */
export function targetCell(deps: Pick<BoardActionDeps, 'model' | 'camera' | 'view' | 'selection'>): { lane: string; stage: string } | null {
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

export function addNoteAt(deps: BoardActionDeps, lane: string, stage: string): void {
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

function keepExisting(deps: BoardActionDeps): void {
  const ids = new Set(deps.session.map.notes.map((n) => n.id));
  deps.setSelection({ notes: deps.selection.notes.filter((id) => ids.has(id)), cell: deps.selection.cell });
}

function send(deps: BoardActionDeps, direction: Direction): void {
  const at = selectionCell(deps.model.layout, deps.selection);
  if (!at || deps.selection.notes.length === 0) return;
  const next = neighbourCell(deps.model.layout, at.lane, at.stage, direction);
  if (next) deps.edit.apply(ops.moveNotes, { ids: [...deps.selection.notes], lane: next.lane, stage: next.stage });
}

/** Says why the facilitator's locks refuse `opName` (undo in review mode, say); true when they do. */
function refused(deps: BoardActionDeps, opName: string): boolean {
  const refusal = deps.session.history.refusalOf(opName);
  if (refusal) deps.notify(refusalMessage(refusal, currentLanguage()));
  return refusal !== null;
}

export function runBoardAction(id: ActionId, deps: BoardActionDeps): void {
  const { session, camera, view, selection, setSelection, edit, ui } = deps;
  const layout = deps.model.layout;
  const centre = () => [view.width / 2, view.height / 2] as const;
  switch (id) {
    case 'newNote': {
      const cell = targetCell(deps);
      if (cell) addNoteAt(deps, cell.lane, cell.stage);
      return;
    }
    case 'edit':
      if (selection.notes.length > 0) deps.setEditing(selection.notes[selection.notes.length - 1]!);
      return;
    case 'stopEditing':
      if (deps.editing) deps.setEditing(null);
      else setSelection({ notes: [], cell: null });
      return;
    case 'delete':
      if (selection.notes.length > 0 && edit.apply(ops.deleteNotes, { ids: [...selection.notes] })) setSelection({ notes: [], cell: null });
      return;
    case 'undo':
      deps.setEditing(null);
      if (refused(deps, 'history.undo')) return;
      session.history.undo();
      keepExisting(deps);
      return;
    case 'redo':
      deps.setEditing(null);
      if (refused(deps, 'history.redo')) return;
      session.history.redo();
      keepExisting(deps);
      return;
    case 'copy':
    case 'cut':
    case 'paste':
      // The browser's own copy, cut and paste events carry these (clipboard access needs them).
      document.execCommand(id);
      return;
    case 'duplicate': {
      const newIds = selection.notes.map(() => newId('note'));
      if (newIds.length > 0 && edit.apply(ops.duplicateNotes, { ids: [...selection.notes], newIds })) setSelection({ notes: newIds, cell: null });
      return;
    }
    case 'selectAll': {
      const at = selectionCell(layout, selection);
      const cellNotes = at ? layout.cells.get(cellKey(at.lane, at.stage))?.notes.map((n) => n.id) ?? [] : [];
      const allInCell = cellNotes.length > 0 && cellNotes.every((n) => selection.notes.includes(n)) && selection.notes.length === cellNotes.length;
      setSelection({ notes: cellNotes.length > 0 && !allInCell ? cellNotes : [...layout.noteCells.keys()], cell: null });
      return;
    }
    case 'fit':
      camera.fit({ x: 0, y: 0, width: layout.width, height: layout.height }, view);
      return;
    case 'actualSize':
      camera.zoomAt(1, ...centre());
      return;
    case 'zoomIn':
      camera.zoomAt(camera.get().scale * 1.25, ...centre());
      return;
    case 'zoomOut':
      camera.zoomAt(camera.get().scale / 1.25, ...centre());
      return;
    case 'moveLeft':
    case 'moveRight':
    case 'moveUp':
    case 'moveDown':
      setSelection(moveSelection(layout, selection, id.slice(4).toLowerCase() as Direction));
      return;
    case 'sendLeft':
    case 'sendRight':
    case 'sendUp':
    case 'sendDown':
      send(deps, id.slice(4).toLowerCase() as Direction);
      return;
    case 'save':
      return ui.save();
    case 'saveAs':
      return ui.saveAs();
    case 'open':
      return ui.open();
    case 'close':
      return ui.close();
    case 'export':
      return ui.exportMap();
    case 'import':
      return ui.importNotes();
    case 'restoreBackup':
      return ui.restoreBackup();
    case 'autoSave':
      return ui.autoSave();
    case 'find':
      return ui.find();
    case 'palette':
      return ui.palette();
    case 'cheatSheet':
      return ui.cheatSheet();
    case 'inspector':
      return ui.inspector();
    case 'addStage':
      return ui.addStage();
    case 'addLane':
      return ui.addLane();
    case 'openPicture':
      return ui.openPicture();
    case 'present':
      return ui.present();
    case 'silentRound':
      return ui.silentRound();
    case 'reveal':
      return ui.reveal();
    case 'lockStructure':
      return ui.lockStructure();
    case 'reviewMode':
      return ui.reviewMode();
    case 'filters':
      return ui.filters();
    case 'evidenceView':
      return ui.evidenceView();
    case 'curves':
      return ui.curves();
    case 'timer':
      return ui.timer();
    case 'quickCapture':
      return ui.quickCapture();
    case 'voting':
      return ui.voting();
    case 'saveVersion':
      return ui.saveVersion();
    case 'versions':
      return ui.versions();
    case 'compare':
      return ui.compare();
  }
}

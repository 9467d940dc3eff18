// Stages and lanes from the board: add, rename, recolour, reorder, hide,
// lock and delete, each one operation (one undo step).
import type { LaneKind } from '../../shared/format/types';
import { newId } from '../../shared/ids';
import { ops } from '../../shared/ops';
import type { BoardDeps } from './boardService';
import { selectionCell } from './navigation';

export type HeaderRef = { kind: 'stage'; id: string } | { kind: 'lane'; id: string };

/** Adds a stage after the selection's stage (or at the end) and returns its id. */
export function addStage(deps: Pick<BoardDeps, 'session' | 'model' | 'selection' | 'edit'>, title = 'Stage', after?: string): string | null {
  const at = after ?? selectionCell(deps.model.layout, deps.selection)?.stage;
  const stages = deps.session.map.stages;
  const index = at ? stages.findIndex((s) => s.id === at) + 1 : stages.length;
  const id = newId('stage');
  return deps.edit.apply(ops.addStage, { id, title, index }) ? id : null;
}

export function addLane(deps: Pick<BoardDeps, 'session' | 'model' | 'selection' | 'edit'>, title = 'Lane', kind: LaneKind = 'text', after?: string): string | null {
  const at = after ?? selectionCell(deps.model.layout, deps.selection)?.lane;
  const lanes = deps.session.map.lanes;
  const index = at ? lanes.findIndex((l) => l.id === at) + 1 : lanes.length;
  const id = newId('lane');
  return deps.edit.apply(ops.addLane, { id, kind, title, index }) ? id : null;
}

/** How many notes go with a stage or lane if it is deleted. */
export function notesIn(deps: Pick<BoardDeps, 'session'>, header: HeaderRef): number {
  return deps.session.map.notes.filter((n) => (header.kind === 'stage' ? n.stage : n.lane) === header.id).length;
}

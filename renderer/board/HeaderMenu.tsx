// The menu of a stage or lane header (right-click, or click a header):
// rename, colour, move, hide, lock, add beside, delete (saying how many
// notes go with it; undo brings them back). It closes on Escape and on a
// click outside it. What the facilitator's locks forbid (the undo history's
// policy) shows disabled, with the reason, before anyone clicks it.
import { useRef, useState } from 'react';
import { LANE_KINDS, type LaneKind } from '../../shared/format/types';
import { refusalMessage } from '../../shared/i18n/refusals';
import { ops } from '../../shared/ops';
import { useClickOutside } from '../app/useClickOutside';
import type { Edit } from '../panels/edit';
import type { Session } from '../app/session';
import { addLane, addStage, notesIn, type HeaderRef } from './structure';
import type { Selection } from './selection';
import type { BoardModel } from './boardModel';
import { LanePersonaPicker } from '../curves/LanePersonaPicker';
import { useKeyLayer } from '../keyboard/useKeyLayer';
import { currentLanguage, useWords } from '../words';

export interface HeaderMenuProps {
  header: HeaderRef;
  at: { x: number; y: number };
  session: Session;
  model: BoardModel;
  selection: Selection;
  edit: Edit;
  onRename(header: HeaderRef): void;
  onClose(): void;
}

export function HeaderMenu({ header, at, session, model, selection, edit, onRename, onClose }: HeaderMenuProps) {
  const w = useWords();
  const [confirming, setConfirming] = useState(false);
  const [choosingKind, setChoosingKind] = useState(false);
  const menu = useRef<HTMLDivElement>(null);
  // An open menu has the keyboard: Escape closes it, its buttons keep Enter and Space, the board hears nothing.
  useKeyLayer(
    'menu',
    (event) => {
      if (event.key !== 'Escape') return 'focus';
      onClose();
      return 'handled';
    },
    { root: menu },
  );
  useClickOutside(menu, true, onClose);
  const map = session.map;
  const isStage = header.kind === 'stage';
  const list = isStage ? map.stages : map.lanes;
  const index = list.findIndex((item) => item.id === header.id);
  const item = list[index];
  if (!item) return null;
  const lane = isStage ? undefined : map.lanes[index];
  const count = notesIn({ session }, header);
  const done = (ok: boolean) => ok && onClose();
  const move = (to: number) => done(isStage ? edit.apply(ops.moveStage, { id: header.id, index: to }) : edit.apply(ops.moveLane, { id: header.id, index: to }));
  const deps = { session, model, selection, edit };
  /** Why the locks forbid this operation now, in words, or null when they do not. */
  const forbidden = (op: { name: string }): string | null => {
    const refusal = session.history.refusalOf(op.name);
    return refusal ? refusalMessage(refusal, currentLanguage()) : null;
  };
  const renameWhy = forbidden(isStage ? ops.renameStage : ops.renameLane);
  const colourWhy = forbidden(isStage ? ops.recolourStage : ops.recolourLane);
  const moveWhy = forbidden(isStage ? ops.moveStage : ops.moveLane);
  const addWhy = forbidden(isStage ? ops.addStage : ops.addLane);
  const deleteWhy = forbidden(isStage ? ops.deleteStage : ops.deleteLane);
  const hideWhy = forbidden(ops.setLaneHidden);
  const lockWhy = forbidden(ops.setLaneLocked);
  const reason = renameWhy ?? moveWhy ?? addWhy ?? deleteWhy;

  return (
    <div ref={menu} className="header-menu" role="menu" data-testid="header-menu" style={{ left: at.x, top: at.y }}>
      {confirming ? (
        <div className="confirm-delete" data-testid="confirm-delete">
          <p>{isStage ? w.board.deleteStageQuestion({ title: item.title, count }) : w.board.deleteLaneQuestion({ title: item.title, count })}</p>
          <button onClick={() => setConfirming(false)}>{w.board.cancel}</button>
          <button className="danger" data-autofocus onClick={() => done(isStage ? edit.apply(ops.deleteStage, { id: header.id }) : edit.apply(ops.deleteLane, { id: header.id }))}>
            {w.board.delete}
          </button>
        </div>
      ) : choosingKind ? (
        <div className="kind-list">
          {LANE_KINDS.map((kind: LaneKind) => (
            <button key={kind} role="menuitem" onClick={() => done(addLane(deps, w.laneKinds[kind], kind, header.id) !== null)}>
              {w.laneKinds[kind]}
            </button>
          ))}
        </div>
      ) : (
        <>
          {reason && (
            <p className="menu-reason" role="note" data-testid="header-menu-reason">
              {reason}
            </p>
          )}
          <button role="menuitem" data-testid="menu-rename" disabled={renameWhy !== null} title={renameWhy ?? undefined} onClick={() => { onRename(header); onClose(); }}>{w.menu.rename}</button>
          <label className="menu-color">
            {w.inspector.color}
            <input
              type="color"
              disabled={colourWhy !== null}
              title={colourWhy ?? undefined}
              value={item.color ?? '#1F2A37'}
              onChange={(e) => done(isStage ? edit.apply(ops.recolourStage, { id: header.id, color: e.target.value.toUpperCase() }) : edit.apply(ops.recolourLane, { id: header.id, color: e.target.value.toUpperCase() }))}
            />
          </label>
          {item.color && (
            <button role="menuitem" disabled={colourWhy !== null} title={colourWhy ?? undefined} onClick={() => done(isStage ? edit.apply(ops.recolourStage, { id: header.id, color: null }) : edit.apply(ops.recolourLane, { id: header.id, color: null }))}>
              {w.menu.defaultColor}
            </button>
          )}
          <button role="menuitem" disabled={index === 0 || moveWhy !== null} title={moveWhy ?? undefined} onClick={() => move(index - 1)}>{isStage ? w.menu.moveLeft : w.menu.moveUp}</button>
          <button role="menuitem" disabled={index === list.length - 1 || moveWhy !== null} title={moveWhy ?? undefined} onClick={() => move(index + 1)}>{isStage ? w.menu.moveRight : w.menu.moveDown}</button>
          {lane && (
            <>
              <button role="menuitem" disabled={hideWhy !== null} title={hideWhy ?? undefined} onClick={() => done(edit.apply(ops.setLaneHidden, { id: lane.id, hidden: true }))}>{w.menu.hideLane}</button>
              <button role="menuitem" disabled={lockWhy !== null} title={lockWhy ?? undefined} onClick={() => done(edit.apply(ops.setLaneLocked, { id: lane.id, locked: !lane.locked }))}>{lane.locked ? w.menu.unlockLane : w.menu.lockLane}</button>
              <LanePersonaPicker map={map} lane={lane} edit={edit} locked={forbidden(ops.setLanePersona)} onDone={onClose} />
            </>
          )}
          {isStage ? (
            <button role="menuitem" disabled={addWhy !== null} title={addWhy ?? undefined} onClick={() => done(addStage(deps, w.board.newStage, header.id) !== null)}>{w.menu.addStageAfter}</button>
          ) : (
            <button role="menuitem" disabled={addWhy !== null} title={addWhy ?? undefined} onClick={() => setChoosingKind(true)}>{w.menu.addLaneBelow}</button>
          )}
          <button role="menuitem" className="danger-text" data-testid="menu-delete" disabled={deleteWhy !== null} title={deleteWhy ?? undefined} onClick={() => setConfirming(true)}>{w.board.delete}…</button>
        </>
      )}
    </div>
  );
}

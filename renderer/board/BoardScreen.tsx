// The screen around the board: the title bar with the unsaved mark, the
// board, the note editor, find, the inspector, and the keyboard, all driven
// by one session and the action registry.
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { notePosition } from '../../shared/layout/layout';
import { ops } from '../../shared/ops';
import { newId } from '../../shared/ids';
import { ACTIONS, type ActionId } from '../../shared/actions/registry';
import type { Host } from '../../shared/host/host';
import { CheatSheet, Palette } from '../actions/Palette';
import { addLane, addStage, type HeaderRef } from './structure';
import { HeaderEditor } from './HeaderEditor';
import { HeaderMenu } from './HeaderMenu';
import { matchesShortcut } from '../actions/keys';
import type { Session } from '../app/session';
import { makeEdit } from '../panels/edit';
import { Inspector } from '../panels/Inspector';
import { Board } from './Board';
import { boardModel, type BoardModel } from './boardModel';
import { Camera } from './camera';
import { fromClipboard, notesToClipboard } from './clipboard';
import { FindBar } from './FindBar';
import { NoteEditor } from './NoteEditor';
import { EMPTY_SELECTION, type Selection } from './selection';
import { runBoardAction, targetCell, addNoteAt, type BoardActionDeps } from './useBoardActions';
import { imageSource } from './images';
import { textColorOn } from '../../shared/layout/theme';
import { refusalMessage } from '../../shared/i18n/refusals';
import { currentLanguage } from '../i18n';

export interface BoardScreenProps {
  session: Session;
  ui: Omit<BoardActionDeps['ui'], 'find' | 'inspector' | 'palette' | 'cheatSheet' | 'addStage' | 'addLane'>;
  notify(message: string): void;
  /** Asks for a picture (a dialog); null when cancelled. */
  pickImage(): Promise<{ name: string; bytesBase64: string } | null>;
  exposeBoard?(state: { selection: () => Selection; camera: Camera; view: () => { width: number; height: number } }): void;
  /** For the desktop app's menus, which run actions of the same registry. */
  host?: Pick<Host, 'onMenuAction'>;
}

function useViewSize(element: HTMLElement | null): { width: number; height: number } {
  const [size, setSize] = useState({ width: 800, height: 600 });
  useEffect(() => {
    if (!element) return;
    const observer = new ResizeObserver(() => setSize({ width: element.clientWidth, height: element.clientHeight }));
    observer.observe(element);
    setSize({ width: element.clientWidth, height: element.clientHeight });
    return () => observer.disconnect();
  }, [element]);
  return size;
}

export function BoardScreen({ session, ui, notify, pickImage, exposeBoard, host }: BoardScreenProps) {
  const { t } = useTranslation();
  // Re-render on every change of the session (map, saved state); the value itself is not needed.
  const subscribe = useCallback((listener: () => void) => session.subscribe(listener), [session]);
  useSyncExternalStore(subscribe, () => session.revision);
  const map = session.map;
  const previous = useRef<BoardModel | null>(null);
  const model = useMemo(() => (previous.current = boardModel(map, previous.current)), [map]);
  const camera = useMemo(() => new Camera(), []);
  const [holder, setHolder] = useState<HTMLDivElement | null>(null);
  const view = useViewSize(holder);
  const [selection, setSelection] = useState<Selection>(EMPTY_SELECTION);
  const [editing, setEditingState] = useState<string | null>(null);
  const [finding, setFinding] = useState(false);
  const [hits, setHits] = useState<string[]>([]);
  const [inspectorOpen, setInspectorOpen] = useState(true);
  const [overlay, setOverlay] = useState<'none' | 'palette' | 'cheat-sheet'>('none');
  const [menu, setMenu] = useState<{ header: HeaderRef; at: { x: number; y: number } } | null>(null);
  const [renaming, setRenaming] = useState<HeaderRef | null>(null);
  const space = useRef(false);
  const fitted = useRef(false);
  const edit = useMemo(() => makeEdit(session.history, notify), [session, notify]);
  const selectionRef = useRef(selection);
  selectionRef.current = selection;
  const viewRef = useRef(view);
  viewRef.current = view;

  // Braces: the callback's return value is not a cleanup (App's returns the state it stored).
  useEffect(() => {
    exposeBoard?.({ selection: () => selectionRef.current, camera, view: () => viewRef.current });
  }, [exposeBoard, camera]);

  // Open at 100% at the top-left when the map's start fits the screen, else fitted.
  useEffect(() => {
    if (fitted.current || view.width < 100) return;
    fitted.current = true;
    camera.set({ x: 0, y: 0, scale: 1 });
  }, [camera, view]);

  const setEditing = useCallback(
    (id: string | null) => {
      setEditingState(id);
      if (id === null) session.history.seal();
    },
    [session],
  );

  const deps: BoardActionDeps = {
    session,
    model,
    camera,
    view,
    selection,
    setSelection,
    editing,
    setEditing,
    edit,
    ui: {
      ...ui,
      find: () => setFinding(true),
      inspector: () => setInspectorOpen((o) => !o),
      palette: () => setOverlay('palette'),
      cheatSheet: () => setOverlay('cheat-sheet'),
      addStage: () => {
        const id = addStage(depsRef.current, t('board.newStage'));
        if (id) setRenaming({ kind: 'stage', id });
      },
      addLane: () => {
        const id = addLane(depsRef.current, t('board.newLane'));
        if (id) setRenaming({ kind: 'lane', id });
      },
    },
    clipboardTarget: { current: holder },
  };
  const depsRef = useRef(deps);
  depsRef.current = deps;
  const run = useCallback((id: ActionId) => runBoardAction(id, depsRef.current), []);

  // The desktop menus run the same actions (the preload keeps one listener per window).
  useEffect(() => {
    host?.onMenuAction?.((id) => {
      if (ACTIONS.some((a) => a.id === id)) run(id as ActionId);
    });
  }, [host, run]);

  // The keyboard: one listener, the registry's shortcuts.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === ' ') space.current = event.type === 'keydown';
      if (event.type !== 'keydown') return;
      const target = event.target as HTMLElement;
      if (target.closest('input, textarea, select, [role="dialog"]')) return;
      for (const action of ACTIONS) {
        if (!action.keys.some((k) => matchesShortcut(event, k))) continue;
        if ('native' in action && action.native) return;
        event.preventDefault();
        run(action.id);
        return;
      }
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('keyup', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('keyup', onKey);
    };
  }, [run]);

  // Copy, cut and paste through the browser's own events (clipboard access needs them).
  useEffect(() => {
    const outsideBoard = (e: Event) => (e.target as HTMLElement | null)?.closest?.('input, textarea, select, [role="dialog"]');
    const onCopy = (event: ClipboardEvent, cut: boolean) => {
      const d = depsRef.current;
      if (outsideBoard(event) || !event.clipboardData || d.selection.notes.length === 0) return;
      const chosen = new Set(d.selection.notes);
      notesToClipboard(d.session.map.notes.filter((n) => chosen.has(n.id)), event.clipboardData);
      event.preventDefault();
      if (cut && d.edit.apply(ops.deleteNotes, { ids: [...d.selection.notes] })) d.setSelection(EMPTY_SELECTION);
    };
    const onPaste = (event: ClipboardEvent) => {
      const d = depsRef.current;
      if (outsideBoard(event) || !event.clipboardData) return;
      const pasted = fromClipboard(event.clipboardData);
      const cell = targetCell(d);
      if (!pasted || !cell) return;
      event.preventDefault();
      const ids: string[] = [];
      const result = d.session.history.transaction('note.paste', (apply) => {
        const items = pasted.kind === 'lines' ? pasted.lines.map((text) => ({ text, fields: {} })) : pasted.notes.map(({ id: _id, lane: _l, stage: _s, text, image: _i, ...fields }) => ({ text, fields }));
        for (const item of items) {
          const id = newId('note');
          apply(ops.addNote, { id, lane: cell.lane, stage: cell.stage, text: item.text, fields: item.fields });
          ids.push(id);
        }
      });
      d.session.history.seal();
      if (result.ok) d.setSelection({ notes: ids, cell: null });
      else notify(refusalMessage(result.refusal, currentLanguage()));
    };
    const copy = (e: ClipboardEvent) => onCopy(e, false);
    const cut = (e: ClipboardEvent) => onCopy(e, true);
    document.addEventListener('copy', copy);
    document.addEventListener('cut', cut);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('copy', copy);
      document.removeEventListener('cut', cut);
      document.removeEventListener('paste', onPaste);
    };
  }, [notify]);

  const highlighted = useMemo(() => new Set(hits), [hits]);
  const showNote = useCallback(
    (id: string) => {
      const layout = depsRef.current.model.layout;
      const where = layout.noteCells.get(id);
      const cell = where && layout.cells.get(where.cell);
      if (!cell || !where) return;
      const placement = cell.placements[where.index]!;
      const { x, y } = notePosition(layout, cell, placement);
      const { scale } = camera.get();
      const v = viewRef.current;
      camera.set({ scale, x: v.width / 2 - (x + placement.width / 2) * scale, y: v.height / 2 - (y + placement.height / 2) * scale });
      setSelection({ notes: [id], cell: null });
    },
    [camera],
  );

  const editingNote = editing ? map.notes.find((n) => n.id === editing) : undefined;
  const editingLane = editingNote && map.lanes.find((l) => l.id === editingNote.lane);
  const editingFill = editingNote && editingLane ? (editingNote.color ?? editingLane.color ?? model.theme.noteFill[editingLane.kind]) : '#FFFFFF';

  return (
    <div className="board-screen" data-testid="board-screen">
      <header className="title-bar">
        <strong data-testid="map-title-bar">{map.title}</strong>
        <span className="muted">{session.file.name}</span>
        {session.dirty && <span className="unsaved" data-testid="unsaved-mark" title={t('app.unsaved')}>●</span>}
        <span className="spacer" />
        <button onClick={() => run('undo')} disabled={!session.history.canUndo}>{t('actions.undo')}</button>
        <button onClick={() => run('redo')} disabled={!session.history.canRedo}>{t('actions.redo')}</button>
        <button onClick={() => run('newNote')}>{t('actions.newNote')}</button>
        <button onClick={() => run('fit')}>{t('board.fit')}</button>
        <button onClick={() => run('save')} data-testid="save">{t('actions.save')}</button>
        <button onClick={() => run('close')}>{t('actions.close')}</button>
      </header>
      {finding && <FindBar map={map} onHits={setHits} onCurrent={showNote} onClose={() => { setFinding(false); setHits([]); }} />}
      <div className="board-body">
        <div className="board-holder" ref={setHolder}>
          <Board
            model={model}
            camera={camera}
            images={imageSource(map)}
            view={view}
            highlighted={highlighted}
            selection={selection}
            setSelection={setSelection}
            moveNotes={(ids, lane, stage, position) => edit.apply(ops.moveNotes, { ids, lane, stage, position })}
            editNote={(id) => setEditing(id)}
            addNoteAt={(lane, stage) => addNoteAt(depsRef.current, lane, stage)}
            spaceHeld={() => space.current}
            openHeaderMenu={(header, at) => setMenu({ header, at })}
            renameHeader={(header) => {
              setMenu(null);
              setRenaming(header);
            }}
            moveHeader={(header, index) =>
              header.kind === 'stage' ? edit.apply(ops.moveStage, { id: header.id, index }) : edit.apply(ops.moveLane, { id: header.id, index })
            }
          />
          {renaming && <HeaderEditor header={renaming} model={model} camera={camera} edit={edit} onDone={() => setRenaming(null)} />}
          {menu && (
            <>
              <div className="menu-backdrop" onMouseDown={() => setMenu(null)} />
              <HeaderMenu
                header={menu.header}
                at={menu.at}
                session={session}
                model={model}
                selection={selection}
                edit={edit}
                onRename={(header) => setRenaming(header)}
                onClose={() => setMenu(null)}
              />
            </>
          )}
          {editingNote && (
            <NoteEditor
              model={model}
              camera={camera}
              noteId={editingNote.id}
              fill={editingFill}
              textColor={textColorOn(editingFill, model.theme)}
              onText={(text) => {
                const result = session.history.apply(ops.setNoteText, { id: editingNote.id, text });
                if (!result.ok) notify(refusalMessage(result.refusal, currentLanguage()));
              }}
              onDone={() => setEditing(null)}
            />
          )}
        </div>
        {overlay === 'palette' && <Palette onRun={run} onClose={() => setOverlay('none')} />}
        {overlay === 'cheat-sheet' && <CheatSheet onClose={() => setOverlay('none')} />}
        {inspectorOpen && <Inspector map={map} selection={selection} edit={edit} pickImage={pickImage} notify={notify} />}
      </div>
    </div>
  );
}

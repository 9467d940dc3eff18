// The screen around the board: the title bar with the unsaved mark, the
// board, the note editor, find, the inspector, and the keyboard, all driven
// by one session and the action registry (the board, screen and workshop
// services its actions run with).
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { noteFill } from '../../shared/layout/noteItem';
import { ops } from '../../shared/ops';
import type { ActionState } from '../../shared/actions/action';
import { switchesOn } from '../actions/switchesOn';
import type { AppContext, FileService, MapContext, ScreenService, WorkshopService } from '../../shared/actions/context';
import type { ActionId } from '../../shared/actions/registry';
import type { Host } from '../../shared/host/host';
import { useActionNames } from '../actions/actionWords';
import { CheatSheet } from '../actions/CheatSheet';
import { MenuBar } from '../actions/MenuBar';
import { Palette } from '../actions/Palette';
import { useActionRunner } from '../actions/useActionRunner';
import { useTyping } from '../keyboard/useTyping';
import type { HeaderRef } from './structure';
import { HeaderEditor } from './HeaderEditor';
import { HeaderMenu } from './HeaderMenu';
import { EmptyBoardHint } from './EmptyBoardHint';
import type { Session } from '../app/session';
import { makeEdit } from '../panels/edit';
import { Inspector } from '../panels/Inspector';
import { Board } from './Board';
import { boardModel, type BoardModel } from './boardModel';
import { Camera } from './camera';
import { FindBar } from './FindBar';
import { FilterBar } from './FilterBar';
import { EvidenceLegend, LensTitleControls } from './LensControls';
import { useBoardLens } from './useBoardLens';
import { useViewSize } from './useViewSize';
import { useBoardKeys } from './useBoardKeys';
import { useClipboardEvents } from './useClipboardEvents';
import { FacilitatorStatus } from '../workshop/FacilitatorStatus';
import { useFacilitator } from '../workshop/useFacilitator';
import { PresentMode } from '../presenting/PresentMode';
import { TimerDisplay } from '../workshop/timer/TimerDisplay';
import { TimerControl } from '../workshop/timer/TimerControl';
import { CaptureBar } from '../workshop/capture/CaptureBar';
import { useBringIntoView } from './useBringIntoView';
import { useDotVoting } from '../workshop/voting/useDotVoting';
import { usePictures, type PictureDrops } from '../pictures/usePictures';
import { CurvesControl } from '../curves/CurvesControl';
import { useCurveVisibility } from '../curves/useCurveVisibility';
import { personaCurves } from '../../shared/layout/personaCurves';
import { NoteEditor } from './NoteEditor';
import { EMPTY_SELECTION, type Selection } from './selection';
import { addNoteAt, boardService, targetCell, type BoardDeps } from './boardService';
import { imageSource } from './images';
import { textColorOn } from '../../shared/layout/theme';
import { refusalMessage } from '../../shared/i18n/refusals';
import { currentLanguage, useWords } from '../words';

export interface BoardScreenProps {
  session: Session;
  /** The window's services (open, settings, the text field's commands) and the map file's (save, export…). */
  app: AppContext;
  file: FileService;
  notify(message: string): void;
  /** Asks for a picture (a dialog); null when cancelled. */
  pickImage(): Promise<{ name: string; bytes: Uint8Array } | null>;
  exposeBoard?(state: { selection: () => Selection; camera: Camera; view: () => { width: number; height: number }; pictures?: PictureDrops }): void;
  /** The window's hold on the board's action runner (its native menus run the same actions). */
  exposeRunner?(run: ((id: ActionId) => void) | null): void;
  /** Full screen for present mode, and the greyed native menu items (desktop). */
  host?: Pick<Host, 'presentation' | 'actionStates'>;
  /** Browser mode draws its own menu bar; the desktop app has native menus. */
  menuBar?: boolean;
  /** Save automatically is on: the File menu shows it ticked. */
  autoSaveOn?: boolean;
}

export function BoardScreen({ session, app, file, notify, pickImage, exposeBoard, exposeRunner, host, menuBar, autoSaveOn = false }: BoardScreenProps) {
  const w = useWords();
  const names = useActionNames();
  // Re-render on every change of the session (map, saved state); the value itself is not needed.
  const subscribe = useCallback((listener: () => void) => session.subscribe(listener), [session]);
  useSyncExternalStore(subscribe, () => session.revision);
  const map = session.map;
  const previous = useRef<BoardModel | null>(null);
  // Emotion curves switched off in the overlay: this window's view, not the map's.
  const curves = useCurveVisibility();
  const model = useMemo(() => (previous.current = boardModel(map, previous.current, undefined, { hiddenCurves: curves.hidden })), [map, curves.hidden]);
  const camera = useMemo(() => new Camera(), []);
  const [holder, setHolder] = useState<HTMLDivElement | null>(null);
  const view = useViewSize(holder);
  const [selection, setSelection] = useState<Selection>(EMPTY_SELECTION);
  const [editing, setEditingState] = useState<string | null>(null);
  const [finding, setFinding] = useState(false);
  const [timerOpen, setTimerOpen] = useState(false);
  const [curvesOpen, setCurvesOpen] = useState(false);
  const [capturing, setCapturing] = useState(false);
  // Notes just captured, shown, made or opened for typing come into view, clear of the pinned titles.
  const bringIntoView = useBringIntoView(model, camera, view);
  const [hits, setHits] = useState<string[]>([]);
  const [inspectorOpen, setInspectorOpen] = useState(true);
  const [overlay, setOverlay] = useState<'none' | 'palette' | 'cheat-sheet'>('none');
  const [menu, setMenu] = useState<{ header: HeaderRef; at: { x: number; y: number } } | null>(null);
  const [renaming, setRenaming] = useState<HeaderRef | null>(null);
  const space = useRef(false);
  const fitted = useRef(false);
  const edit = useMemo(() => makeEdit(session.history, notify), [session, notify]);
  // Pictures dropped or chosen for notes and personas, and the viewer that opens one large.
  const pictures = usePictures({ session, model, camera, edit, notify, selection, setSelection, pickImage, board: holder });
  const selectionRef = useRef(selection);
  selectionRef.current = selection;
  const viewRef = useRef(view);
  viewRef.current = view;

  // Braces: the callback's return value is not a cleanup (App's returns the state it stored).
  useEffect(() => {
    exposeBoard?.({ selection: () => selectionRef.current, camera, view: () => viewRef.current, pictures: pictures.drops });
  }, [exposeBoard, camera, pictures.drops]);

  // Open at 100% at the top-left when the map's start fits the screen, else fitted.
  useEffect(() => {
    if (fitted.current || view.width < 100) return;
    fitted.current = true;
    camera.set({ x: 0, y: 0, scale: 1 });
  }, [camera, view]);

  const facilitator = useFacilitator(session, notify);
  // Dot voting: in a round a click on a note votes; the round is this laptop's view state.
  const voting = useDotVoting({ session, model, selection, notify, showNote: (id) => showNote(id) });
  const mayEdit = facilitator.mayEdit;
  // Filters and the evidence view: view state of this window, never stored in the map.
  // A secret round's counts stay out of it until the results reveal them.
  const lens = useBoardLens(map, model, voting.secretLanes);

  const setEditing = useCallback(
    (id: string | null) => {
      // Review mode and locked lanes: say why rather than open a field that refuses every key.
      if (id !== null && !mayEdit(id)) return;
      setEditingState(id);
      if (id === null) session.history.seal();
      // A note being typed in is in view, at a zoom where its text can be read.
      else bringIntoView(id, { place: 'nearest', readable: true });
    },
    [session, mayEdit, bringIntoView],
  );

  /** A stage's or lane's title opens for renaming (a double-click, its menu, a new one), unless the locks forbid it: then the reason, as its menu gives. */
  const renameHeader = (header: HeaderRef) => {
    setMenu(null);
    const refusal = session.history.refusalOf(header.kind === 'stage' ? ops.renameStage.name : ops.renameLane.name);
    if (refusal) notify(refusalMessage(refusal, currentLanguage()));
    else setRenaming(header);
  };

  const deps: BoardDeps = {
    session,
    model,
    camera,
    view,
    selection,
    setSelection,
    editing,
    setEditing,
    edit,
    notify,
    rename: renameHeader,
    newTitles: { stage: w.board.newStage, lane: w.board.newLane },
    openPicture: () => pictures.open(),
  };
  const depsRef = useRef(deps);
  depsRef.current = deps;
  const board = useMemo(() => boardService(() => depsRef.current), []);

  const emotionCurves = useMemo(() => personaCurves(model.layout, model.theme), [model]);
  const toggles: Record<Parameters<ScreenService['toggle']>[0], () => void> = {
    inspector: () => setInspectorOpen((o) => !o),
    filters: lens.toggleBar,
    evidenceView: lens.toggleEvidence,
    curves: () => setCurvesOpen((open) => !open),
    timer: () => setTimerOpen((open) => !open),
    quickCapture: () => setCapturing((open) => !open),
  };
  const shows: Record<Parameters<ScreenService['show']>[0], () => void> = {
    find: () => setFinding(true),
    palette: () => setOverlay('palette'),
    cheatSheet: () => setOverlay('cheat-sheet'),
  };
  const workshop: WorkshopService = {
    // Like a slide show, the presentation starts at the first stage (1–9 or End jump on).
    present: () => {
      setEditing(null);
      facilitator.present(0);
    },
    toggleSilentRound: facilitator.toggleSilentRound,
    reveal: facilitator.reveal,
    toggleStructureLock: facilitator.toggleStructureLock,
    toggleReviewMode: facilitator.toggleReviewMode,
    startVoting: voting.open,
    showVotingResults: voting.showResults,
  };
  const mapContext: MapContext = { ...app, file, board, screen: { show: (panel) => shows[panel](), toggle: (panel) => toggles[panel]() }, workshop };
  const typing = useTyping();
  const state: ActionState = {
    mapOpen: true,
    typing,
    selectedNotes: selection.notes.length,
    canUndo: session.history.canUndo,
    canRedo: session.history.canRedo,
    emotionCurves: emotionCurves.length,
    on: switchesOn({ autoSave: autoSaveOn, ...facilitator.modes }),
  };
  const run = useActionRunner({ app, map: mapContext }, state, notify, { host, expose: exposeRunner });

  useBoardKeys(run, space);

  useClipboardEvents(depsRef, notify);

  const highlighted = useMemo(() => new Set(hits), [hits]);
  const showNote = useCallback(
    (id: string) => {
      bringIntoView(id, { place: 'centre' });
      setSelection({ notes: [id], cell: null });
    },
    [bringIntoView],
  );

  // Until the map's first note, where adding one is allowed (not in review mode, not while voting).
  const showsEmptyHint = map.notes.length === 0 && model.layout.rows.length > 0 && model.layout.columns.length > 0 && !voting.active && session.history.refusalOf(ops.addNote.name) === null;

  const editingNote = editing ? map.notes.find((n) => n.id === editing) : undefined;
  const editingLane = editingNote && map.lanes.find((l) => l.id === editingNote.lane);
  const editingFill = editingNote && editingLane ? noteFill(editingNote, editingLane, model.theme) : '#FFFFFF';

  return (
    <div className="board-screen" data-testid="board-screen">
      <header className="title-bar">
        {menuBar && <MenuBar run={run} state={state} />}
        <span className="title-bar-name" title={`${map.title} — ${session.file.name}`}>
          <strong data-testid="map-title-bar">{map.title}</strong>
          <span className="muted">{session.file.name}</span>
        </span>
        {session.dirty && <span className="unsaved" data-testid="unsaved-mark" title={w.app.unsaved}>●</span>}
        <FacilitatorStatus
          map={map}
          modes={facilitator.modes}
          onReveal={facilitator.reveal}
          onEndSilent={facilitator.toggleSilentRound}
          onUnlockStructure={facilitator.toggleStructureLock}
          onLeaveReview={facilitator.toggleReviewMode}
          onUnlockLanes={facilitator.unlockLanes}
        />
        <span className="spacer" />
        <TimerControl open={timerOpen} onOpenChange={setTimerOpen} />
        <LensTitleControls lens={lens} />
        <CurvesControl curves={emotionCurves} visibility={curves} open={curvesOpen} onOpenChange={setCurvesOpen} />
        <button onClick={() => run('undo')} disabled={!session.history.canUndo}>{names.name('undo')}</button>
        <button onClick={() => run('redo')} disabled={!session.history.canRedo}>{names.name('redo')}</button>
        <button onClick={() => run('save')} data-testid="save">{names.name('save')}</button>
      </header>
      {lens.barOpen && <FilterBar map={map} filter={lens.filter} onFilter={lens.setFilter} counts={lens.counts} votesSecret={lens.lens.secretVotes !== undefined} onClose={lens.closeBar} />}
      {lens.evidence && <EvidenceLegend lens={lens} />}
      {finding && <FindBar map={map} within={lens.findWithin} onHits={setHits} onCurrent={showNote} onClose={() => { setFinding(false); setHits([]); }} />}
      {voting.bar}
      <div className="board-body">
        <div className={voting.active ? 'board-holder voting' : 'board-holder'} ref={setHolder}>
          <Board
            model={model}
            camera={camera}
            images={imageSource(map)}
            view={view}
            highlighted={highlighted}
            lens={lens.lens}
            stageOverlay={lens.stageOverlay}
            notesOverlay={voting.marks}
            voteOnNote={voting.voteOnNote}
            toggleCurve={curves.toggle}
            selection={selection}
            setSelection={setSelection}
            moveNotes={(ids, lane, stage, position) => edit.apply(ops.moveNotes, { ids, lane, stage, position })}
            editNote={(id) => setEditing(id)}
            openPictureAt={pictures.openAt}
            addNoteAt={(lane, stage) => addNoteAt(depsRef.current, lane, stage)}
            spaceHeld={() => space.current}
            openHeaderMenu={(header, at) => setMenu({ header, at })}
            renameHeader={renameHeader}
            moveHeader={(header, index) =>
              header.kind === 'stage' ? edit.apply(ops.moveStage, { id: header.id, index }) : edit.apply(ops.moveLane, { id: header.id, index })
            }
          />
          {showsEmptyHint && <EmptyBoardHint model={model} camera={camera} view={view} />}
          {renaming && <HeaderEditor header={renaming} model={model} camera={camera} edit={edit} onDone={() => setRenaming(null)} />}
          {menu && (
            <>
              {/* The second press of a double-click on a title lands here (its first opened the menu): it renames. */}
              <div
                className="menu-backdrop"
                onMouseDown={(event) => {
                  if (event.button !== 0 || event.detail < 2) return setMenu(null);
                  // No focus move for this press: it would take the title editor's focus as it opens.
                  event.preventDefault();
                  renameHeader(menu.header);
                }}
              />
              <HeaderMenu
                header={menu.header}
                at={menu.at}
                session={session}
                model={model}
                selection={selection}
                edit={edit}
                onRename={renameHeader}
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
        {overlay === 'palette' && <Palette state={state} onRun={run} onClose={() => setOverlay('none')} />}
        {overlay === 'cheat-sheet' && <CheatSheet onClose={() => setOverlay('none')} />}
        {voting.panel}
        {inspectorOpen && !voting.showsResults && <Inspector map={map} history={session.history} selection={selection} edit={edit} pictures={pictures} secretVotes={lens.lens.secretVotes} onShowNote={showNote} />}
      </div>
      {voting.dialogs}
      {pictures.viewer}
      {capturing && (
        <CaptureBar
          session={session}
          model={model}
          selection={selection}
          fallbackCell={targetCell({ model, camera, view, selection: EMPTY_SELECTION })}
          onAdded={(ids) => {
            setSelection({ notes: ids, cell: null });
            bringIntoView(ids[ids.length - 1]!, { place: 'nearest' });
          }}
          onClose={() => setCapturing(false)}
        />
      )}
      {facilitator.presenting !== null && (
        <PresentMode
          map={map}
          startStage={facilitator.presenting}
          hiddenCurves={curves.hidden}
          secretVotes={lens.lens.secretVotes}
          presentation={host?.presentation}
          corner={<TimerDisplay variant="large" theme="dark" size={64} />}
          onExit={facilitator.stopPresenting}
        />
      )}
    </div>
  );
}

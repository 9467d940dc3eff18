// What an action's run is given: the window's services, each provided by the
// screen that owns its state (VS Code's ServicesAccessor, typed). The
// compiler checks that a screen provides every member, so no action can be
// silently left without a handler.

export type Direction = 'left' | 'right' | 'up' | 'down';

/** The window's own, on the start screen too (renderer/app/App.tsx). */
export interface AppService {
  openMap(): void;
  openSettings(): void;
}

/** The text field that has the keyboard, when one has it. */
export interface TextService {
  /** Whether text is being typed in a field (a note, the inspector, a dialog's field). */
  editing(): boolean;
  /** The field's own undo, redo or select all. */
  command(name: 'undo' | 'redo' | 'selectAll'): void;
}

export interface AppContext {
  app: AppService;
  text: TextService;
}

/** The open map's file and what is kept of it (App.tsx). */
export interface FileService {
  save(): void;
  saveAs(): void;
  close(): void;
  exportMap(): void;
  importNotes(): void;
  restoreBackup(): void;
  toggleAutoSave(): void;
  saveVersion(): void;
  showVersions(): void;
  compare(): void;
}

/** The board: its notes, selection, history and camera (renderer/board/boardService.ts). */
export interface BoardService {
  /** A note in the selected cell (or the one in the middle of the view), being edited. */
  addNote(): void;
  editNote(): void;
  openPicture(): void;
  /** Ends the editing of a note, else clears the selection. */
  stopEditing(): void;
  deleteNotes(): void;
  duplicateNotes(): void;
  /** The notes of the selection's cell, then all. */
  selectAll(): void;
  select(direction: Direction): void;
  /** The selected notes to the neighbouring cell. */
  send(direction: Direction): void;
  undo(): void;
  redo(): void;
  clipboard(command: 'cut' | 'copy' | 'paste'): void;
  /** A stage or lane after the selection's, named at once. */
  addStage(): void;
  addLane(): void;
  fitMap(): void;
  zoomTo(scale: number): void;
  zoomBy(factor: number): void;
}

/** The panels, bars and popovers around the board (BoardScreen.tsx). */
export interface ScreenService {
  show(panel: 'find' | 'palette' | 'cheatSheet'): void;
  toggle(panel: 'inspector' | 'filters' | 'evidenceView' | 'curves' | 'timer' | 'quickCapture'): void;
}

/** The facilitator's tools (renderer/workshop). */
export interface WorkshopService {
  present(): void;
  toggleSilentRound(): void;
  reveal(): void;
  toggleStructureLock(): void;
  toggleReviewMode(): void;
  startVoting(): void;
  /** The results panel: of the round running, else of the last one ended. */
  showVotingResults(): void;
}

export interface MapContext extends AppContext {
  file: FileService;
  board: BoardService;
  screen: ScreenService;
  workshop: WorkshopService;
}

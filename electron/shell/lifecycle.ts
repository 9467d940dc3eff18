// The desktop app's lifecycle decisions, without Electron: what closing a
// window, quitting, opening a file from the system, a second instance and
// the Dock's activate do to windows, locks, exports and prompts. main.ts
// only translates Electron's events into these calls and the effects back
// into Electron calls, so every sequence is tested in Node
// (tests/unit/electron/shell/lifecycle.test.ts; docs/architecture.md,
// "The desktop lifecycle").
//
// The rules: one owner decides a close (this, never the page's
// beforeunload); a window with unsaved changes is asked once, Save / Don't
// save / Cancel, and a failed or cancelled save keeps it; quitting asks each
// window in turn and releases, cancels and destroys nothing until all have
// agreed; a window's locks go when that window closes.

export type WindowId = number;
export type UnsavedChoice = 'save' | 'discard' | 'cancel';
/** What the page says of a save asked for by a close: `cancelled` when it asked where and the person said no. */
export type SaveOutcome = 'saved' | 'failed' | 'cancelled';

export interface LifecycleEffects {
  /** Opens a window on a map, or on the start screen (null). */
  openWindow(path: string | null): WindowId;
  focusWindow(id: WindowId): void;
  /** Save / Don't save / Cancel, for the map in this window. */
  askUnsaved(id: WindowId, title: string): Promise<UnsavedChoice>;
  /** Exports still being made (their file names): stop them and quit? */
  askStopExports(files: readonly string[]): Promise<boolean>;
  /** Has the page save its map (it may ask where, for a map never saved). */
  save(id: WindowId): Promise<SaveOutcome>;
  /**
   * The window's maps are closed: their locks released. `decided`: the person
   * closed it (after Save or Don't save), so its recovery journal is cleared;
   * a window whose page went away keeps it, to be recovered at the next start.
   */
  releaseWindow(id: WindowId, decided: boolean): Promise<void>;
  /** The window goes, with nothing more asked. */
  destroyWindow(id: WindowId): void;
  /** The file names of exports still running. */
  runningExports(): string[];
  /** Cancels every export and waits until none runs (one writing its file finishes first). */
  stopExports(): Promise<void>;
  /** Waits for saves under way: a half-written map is never left behind. */
  savesSettled(): Promise<void>;
  /** Everything agreed and released: the app ends. */
  exit(): void;
}

interface WindowState {
  /** The map the window was opened on, to bring it forward when that map is opened again. */
  path: string | null;
  title: string;
  dirty: boolean;
  /** Decided: the next close of this window goes through. */
  closing: boolean;
}

type Phase = 'starting' | 'running' | 'quitting' | 'quit';

export class Lifecycle {
  private readonly windows = new Map<WindowId, WindowState>();
  private readonly queued: string[] = [];
  private phase: Phase = 'starting';
  /** A close or a quit is being asked about: another waits its turn rather than stacking prompts. */
  private asking = false;

  constructor(
    private readonly effects: LifecycleEffects,
    private readonly platform: string,
  ) {}

  /** The app is ready: the files the system handed over meanwhile open, or the start screen. */
  ready(): void {
    if (this.phase !== 'starting') return;
    this.phase = 'running';
    const files = this.queued.splice(0);
    if (files.length === 0) this.open(null);
    for (const file of files) this.openFile(file);
  }

  /** A map handed over by the system (open-file, the command line, a second instance): queued until ready. */
  openFile(path: string): void {
    if (this.phase === 'starting') {
      this.queued.push(path);
      return;
    }
    if (this.phase !== 'running') return;
    const open = [...this.windows].find(([, w]) => w.path === path);
    if (open) this.effects.focusWindow(open[0]);
    else this.open(path);
  }

  /** A second copy was started: its maps open here; with none, the first window comes forward. */
  secondInstance(paths: readonly string[]): void {
    if (this.phase === 'starting') {
      this.queued.push(...paths);
      return;
    }
    if (paths.length === 0) {
      const first = this.windows.keys().next();
      if (first.done) this.open(null);
      else this.effects.focusWindow(first.value);
      return;
    }
    for (const path of paths) this.openFile(path);
  }

  /** macOS: the Dock icon was clicked; with no window open, one opens. */
  activate(): void {
    if (this.phase === 'running' && this.windows.size === 0) this.open(null);
  }

  /** The page reports its map's title and unsaved state. */
  documentChanged(id: WindowId, state: { title: string; dirty: boolean }): void {
    const window = this.windows.get(id);
    if (window) Object.assign(window, state);
  }

  /** Whether Electron should let this window close now (decided), or leave it to requestClose. */
  closeAllowed(id: WindowId): boolean {
    return this.windows.get(id)?.closing ?? true;
  }

  /** The window's close button, or Close Window. */
  async requestClose(id: WindowId): Promise<void> {
    const window = this.windows.get(id);
    if (!window || window.closing || this.asking || this.phase !== 'running') return;
    this.asking = true;
    try {
      if (!(await this.agrees(id))) return;
      window.closing = true;
      await this.effects.releaseWindow(id, true);
      this.destroy(id);
    } finally {
      this.asking = false;
    }
    // The last window closed: on macOS the app stays in the Dock; elsewhere it ends.
    if (this.windows.size === 0 && this.platform !== 'darwin') await this.requestQuit();
  }

  /** A window went without asking (its page crashed, or the system took it): its locks go with it. */
  async windowGone(id: WindowId): Promise<void> {
    if (!this.windows.delete(id)) return;
    await this.effects.releaseWindow(id, false);
    if (this.windows.size === 0 && this.platform !== 'darwin' && this.phase === 'running') await this.requestQuit();
  }

  /** Whether Electron should let the app quit now (everything agreed and released). */
  quitAllowed(): boolean {
    return this.phase === 'quit';
  }

  /**
   * Quit, from the menu, the Dock or the last window: each window is asked
   * in turn; only when every one has agreed (and running exports may be
   * stopped) are exports stopped, saves waited for, locks released and
   * windows destroyed. Any Cancel leaves everything exactly as it was.
   */
  async requestQuit(): Promise<boolean> {
    if (this.phase === 'quit') return true;
    if (this.phase !== 'running' || this.asking) return false;
    this.asking = true;
    this.phase = 'quitting';
    try {
      for (const id of [...this.windows.keys()]) {
        if (!(await this.agrees(id))) return this.stayOpen();
      }
      const exporting = this.effects.runningExports();
      if (exporting.length > 0 && !(await this.effects.askStopExports(exporting))) return this.stayOpen();
      await this.effects.stopExports();
      await this.effects.savesSettled();
      for (const id of [...this.windows.keys()]) {
        this.windows.get(id)!.closing = true;
        await this.effects.releaseWindow(id, true);
        this.destroy(id);
      }
      this.phase = 'quit';
      this.effects.exit();
      return true;
    } finally {
      this.asking = false;
    }
  }

  /** How many windows are open (for the tests and the Dock). */
  get openWindows(): number {
    return this.windows.size;
  }

  private open(path: string | null): void {
    const id = this.effects.openWindow(path);
    this.windows.set(id, { path, title: '', dirty: false, closing: false });
  }

  private destroy(id: WindowId): void {
    this.windows.delete(id);
    this.effects.destroyWindow(id);
  }

  private stayOpen(): false {
    this.phase = 'running';
    return false;
  }

  /** A window agrees to go: it has no unsaved changes, or they were saved, or the person chose not to keep them. */
  private async agrees(id: WindowId): Promise<boolean> {
    const window = this.windows.get(id);
    if (!window) return true;
    if (!window.dirty) return true;
    this.effects.focusWindow(id);
    const choice = await this.effects.askUnsaved(id, window.title);
    if (choice === 'cancel') return false;
    if (choice === 'discard') return true;
    return (await this.effects.save(id)) === 'saved';
  }
}

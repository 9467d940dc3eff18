// One open map in the window: its undo history, where it came from, and
// whether it has changes not yet saved. The board and panels read it through
// useSession; every change goes through an operation on the history.
import { writeCjm } from '../../shared/format/writer';
import type { JourneyMap } from '../../shared/format/types';
import { History, type ApplyResult, type Step } from '../../shared/history/history';
import type { FileHandle, Host } from '../../shared/host/host';
import type { FileError } from '../../shared/i18n/fileErrors';
import { ops } from '../../shared/ops';

export interface DocumentSource {
  /** Null for a map not yet saved anywhere (a new map, a sample, a repaired copy). */
  handle: FileHandle | null;
  name: string;
  folder: string;
  writable: boolean;
  /** RFC 3339: when the file was last written, as its system said at open or save; null when unknown or never saved. */
  modifiedAt?: string | null;
}

export type SaveOutcome =
  | { ok: true }
  | { ok: false; error: FileError }
  | { ok: false; needsLocation: true }
  /** Someone else saved the file since it was loaded here: `onDisk` is what is there now. */
  | { ok: false; changedOnDisk: Uint8Array };

export class Session {
  readonly history: History;
  /** The history position last opened or saved; undefined when never saved anywhere. */
  private savedAt: Step | null | undefined;
  private source: DocumentSource;
  /** The map as last loaded from or saved to its file: the base of a three-way merge. */
  private baseMap: JourneyMap;
  private readonly listeners = new Set<() => void>();
  private version = 0;

  /** Names this map's recovery journal entry (a restored map keeps the entry it came from). */
  readonly recoveryKey: string;

  constructor(map: JourneyMap, source: DocumentSource, saved: boolean, recoveryKey = newRecoveryKey()) {
    this.recoveryKey = recoveryKey;
    this.history = new History(map, { limit: 500 });
    this.savedAt = saved ? null : undefined;
    this.source = source;
    this.baseMap = map;
    this.history.subscribe(() => this.changed());
  }

  /** What the file held when last loaded or saved here. */
  get base(): JourneyMap {
    return this.baseMap;
  }

  /** Starts from a given base (a recovered map is newer than its file, whose map this is). */
  setBase(map: JourneyMap): void {
    this.baseMap = map;
  }

  /**
   * The file changed on disk and nothing here was edited: their map replaces
   * this one as one undo step that counts as saved. The history before it is
   * kept, so a facilitator can still undo (into their own edits, then shown
   * as unsaved) rather than lose the morning's steps to a colleague's save.
   */
  reload(map: JourneyMap): void {
    this.baseMap = map;
    // Their save arrives whatever this laptop has locked, and as they wrote it.
    this.history.unguarded(() => this.history.apply(ops.replaceMap, { map }));
    this.savedAt = this.markSaved();
    this.changed();
  }

  /**
   * The file changed on disk while this map was edited: `merged` (mine and
   * theirs, shared/merge) replaces the map as one undo step, and `theirs`
   * becomes the base. Not saved: the merge is written only when the user saves.
   */
  applyMerge(merged: JourneyMap, theirs: JourneyMap): void {
    this.baseMap = theirs;
    this.history.unguarded(() => this.history.apply(ops.replaceMap, { map: merged }));
    // No step of the history is what the file holds now.
    this.savedAt = undefined;
    this.changed();
  }

  /**
   * An earlier version (a backup) put back as one undoable step, shown as
   * unsaved until the person saves; the facilitator's locks may refuse it.
   */
  restore(map: JourneyMap): ApplyResult<void> {
    this.history.seal();
    const result = this.history.apply(ops.replaceMap, { map });
    this.history.seal();
    return result;
  }

  get map(): JourneyMap {
    return this.history.current;
  }

  get file(): DocumentSource {
    return this.source;
  }

  /** Whether the map differs from what was last opened or saved (undoing back to it clears the mark). */
  get dirty(): boolean {
    return this.history.position !== this.savedAt;
  }

  /** Changes each time anything here changes: a cheap key for React. */
  get revision(): number {
    return this.version;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * The map as it will be saved: updatedAt moves only when something changed.
   * Unchanged, it keeps the updatedAt of what was last opened or saved (the
   * history's map still holds the one it was opened with).
   */
  mapToSave(now: Date): JourneyMap {
    const map = this.history.current;
    if (this.dirty) return { ...map, updatedAt: laterOf(now.toISOString(), map.createdAt) };
    return map.updatedAt === this.baseMap.updatedAt ? map : { ...map, updatedAt: this.baseMap.updatedAt };
  }

  /** The map as the bytes of its file (canonical .cjm, UTF-8). */
  bytesToSave(now: Date): Uint8Array {
    return new TextEncoder().encode(writeCjm(this.mapToSave(now)));
  }

  async save(host: Host, now = new Date()): Promise<SaveOutcome> {
    if (!this.source.handle || !this.source.writable) return { ok: false, needsLocation: true };
    const position = this.markSaved();
    const saving = this.mapToSave(now);
    const result = await host.save(this.source.handle, new TextEncoder().encode(writeCjm(saving)));
    if (!result.ok) return 'onDisk' in result ? { ok: false, changedOnDisk: result.onDisk } : result;
    this.savedAt = position;
    this.baseMap = saving;
    this.source = { ...this.source, modifiedAt: result.value.modifiedAt };
    this.changed();
    return { ok: true };
  }

  /** After "save as": the map now lives in a new file. */
  savedTo(source: DocumentSource, saved?: JourneyMap): void {
    this.source = source;
    this.savedAt = this.markSaved();
    if (saved) this.baseMap = saved;
    this.changed();
  }

  /** The position being saved; sealed, so typing after a save is a new step and shows as unsaved. */
  private markSaved(): Step | null {
    this.history.seal();
    return this.history.position;
  }

  private changed(): void {
    this.version++;
    for (const listener of this.listeners) listener();
  }
}

function newRecoveryKey(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** `updatedAt` may not be before `createdAt` (docs/format.md), even on a machine whose clock is behind. */
function laterOf(a: string, b: string): string {
  return Date.parse(a) >= Date.parse(b) ? a : b;
}

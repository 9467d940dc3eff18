// One open map in the window: its undo history, where it came from, and
// whether it has changes not yet saved. The board and panels read it through
// useSession; every change goes through an operation on the history.
import { writeCjm } from '../../shared/format/writer';
import type { JourneyMap } from '../../shared/format/types';
import { History, type Step } from '../../shared/history/history';
import type { FileHandle, Host } from '../../shared/host/host';
import type { FileError } from '../../shared/i18n/files';

export interface DocumentSource {
  /** Null for a map not yet saved anywhere (a new map, a sample, a repaired copy). */
  handle: FileHandle | null;
  name: string;
  folder: string;
  writable: boolean;
}

export type SaveOutcome = { ok: true } | { ok: false; error: FileError } | { ok: false; needsLocation: true };

export class Session {
  readonly history: History;
  /** The history position last opened or saved; undefined when never saved anywhere. */
  private savedAt: Step | null | undefined;
  private source: DocumentSource;
  private readonly listeners = new Set<() => void>();
  private version = 0;

  constructor(map: JourneyMap, source: DocumentSource, saved: boolean) {
    this.history = new History(map, { limit: 500 });
    this.savedAt = saved ? null : undefined;
    this.source = source;
    this.history.subscribe(() => this.changed());
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

  /** The map as it will be saved: updatedAt moves only when something changed. */
  textToSave(now: Date): string {
    const map = this.history.current;
    const stamped = this.dirty ? { ...map, updatedAt: laterOf(now.toISOString(), map.createdAt) } : map;
    return writeCjm(stamped);
  }

  async save(host: Host, now = new Date()): Promise<SaveOutcome> {
    if (!this.source.handle || !this.source.writable) return { ok: false, needsLocation: true };
    const position = this.markSaved();
    const result = await host.save(this.source.handle, this.textToSave(now));
    if (!result.ok) return result;
    this.savedAt = position;
    this.changed();
    return { ok: true };
  }

  /** After "save as": the map now lives in a new file. */
  savedTo(source: DocumentSource): void {
    this.source = source;
    this.savedAt = this.markSaved();
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

/** `updatedAt` may not be before `createdAt` (FORMAT.md), even on a machine whose clock is behind. */
function laterOf(a: string, b: string): string {
  return Date.parse(a) >= Date.parse(b) ? a : b;
}

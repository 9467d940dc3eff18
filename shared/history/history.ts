// Undo and redo over immer patches. Each step is what one user action did;
// consecutive steps with the same coalescing key (typing into one note)
// merge until the history is sealed, and the number of steps kept is bounded.
import type { Patch } from 'immer';
import type { JourneyMap } from '../format/types';
import { immer } from '../ops/immer';
import type { MapDraft, Operation } from '../ops/operation';
import type { EditPolicy } from '../ops/facilitatorPolicy';
import { OpRefusal, type Refusal } from '../ops/refusal';
import { applyPatchesShared, foldPatches } from './applyPatches';

export interface Step {
  /** The operation's name, or a transaction's label: for "Undo …" in menus. */
  label: string;
  patches: Patch[];
  inverse: Patch[];
  coalesceKey?: string;
}

export type ApplyResult<R> = { ok: true; value: R } | { ok: false; refusal: Refusal };

export interface HistoryOptions {
  /** Steps kept for undo; the oldest go first. */
  limit?: number;
}

export const DEFAULT_HISTORY_LIMIT = 200;

type Run = <A, S>(op: Operation<A, S>, args: A) => S;

export class History {
  private map: JourneyMap;
  private past: Step[] = [];
  private future: Step[] = [];
  private sealed = true;
  private readonly limit: number;
  private readonly listeners = new Set<(map: JourneyMap) => void>();
  private readonly policyListeners = new Set<() => void>();
  private policy: EditPolicy | null = null;

  constructor(map: JourneyMap, options: HistoryOptions = {}) {
    this.map = map;
    this.limit = Math.max(1, options.limit ?? DEFAULT_HISTORY_LIMIT);
  }

  get current(): JourneyMap {
    return this.map;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  get undoLabel(): string | undefined {
    return this.past[this.past.length - 1]?.label;
  }

  get redoLabel(): string | undefined {
    return this.future[this.future.length - 1]?.label;
  }

  get depth(): number {
    return this.past.length;
  }

  /**
   * Where in the history the map is now: the last step applied, or null at
   * the start. Undoing back to a saved position gives the same marker, so
   * "unsaved" can be told from the history rather than by comparing maps.
   */
  get position(): Step | null {
    return this.past[this.past.length - 1] ?? null;
  }

  /** Calls `listener` with the map after every change, undo and redo. */
  subscribe(listener: (map: JourneyMap) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The facilitator's locks and rounds, applied to every operation from now on (null: none). */
  setPolicy(policy: EditPolicy | null): void {
    if (policy === this.policy) return;
    this.policy = policy;
    for (const listener of this.policyListeners) listener();
  }

  /** The policy in force: a value that changes exactly when what refusalOf answers may. */
  get editPolicy(): EditPolicy | null {
    return this.policy;
  }

  /** Calls `listener` after every setPolicy that changed it: fields showing what is refused redraw. */
  subscribePolicy(listener: () => void): () => void {
    this.policyListeners.add(listener);
    return () => this.policyListeners.delete(listener);
  }

  /** Why an operation (by name), undo or redo (`history.undo`, `history.redo`) is refused now, or null when it may run. */
  refusalOf(opName: string): Refusal | null {
    return this.policy?.refuse(opName) ?? null;
  }

  /**
   * Runs `body` with no policy: what other people saved, merged in or
   * reloaded, arrives whatever this laptop has locked, and as they wrote it.
   */
  unguarded<R>(body: () => R): R {
    const policy = this.policy;
    this.policy = null;
    try {
      return body();
    } finally {
      this.policy = policy;
    }
  }

  /** Runs one operation as one undo step (or merged into the last, see coalescing). */
  apply<A, R>(op: Operation<A, R>, args: A): ApplyResult<R> {
    return this.record(op.name, op.coalesceKey?.(args), (run) => run(op, args));
  }

  /**
   * Runs several operations as one undo step: all of them happen, or, if one
   * is refused, none does.
   */
  transaction<R>(label: string, body: (run: Run) => R): ApplyResult<R> {
    return this.record(label, undefined, body);
  }

  /** Ends the current run of merged steps: the next edit is a step of its own. */
  seal(): void {
    this.sealed = true;
  }

  undo(): boolean {
    if (this.refusalOf('history.undo')) return false;
    const step = this.past.pop();
    if (!step) return false;
    this.map = applyPatchesShared(this.map, step.inverse);
    this.future.push(step);
    this.sealed = true;
    this.emit();
    return true;
  }

  redo(): boolean {
    if (this.refusalOf('history.redo')) return false;
    const step = this.future.pop();
    if (!step) return false;
    this.map = applyPatchesShared(this.map, step.patches);
    this.past.push(step);
    this.sealed = true;
    this.emit();
    return true;
  }

  /** Replaces the map wholesale (a reload from disk): the history starts again. */
  reset(map: JourneyMap): void {
    this.map = map;
    this.past = [];
    this.future = [];
    this.sealed = true;
    this.emit();
  }

  /**
   * Runs the body's operations one produce each (so that one operation's
   * replaced `notes` array is never edited in place by the next) and keeps
   * their patches as one step.
   */
  private record<R>(label: string, coalesceKey: string | undefined, body: (run: Run) => R): ApplyResult<R> {
    let map = this.map;
    const patches: Patch[] = [];
    let inverse: Patch[] = [];
    let value: R;
    const policy = this.policy;
    try {
      value = body((op, args) => {
        const refusal = policy?.refuse(op.name);
        if (refusal) throw new OpRefusal(refusal);
        let result!: ReturnType<typeof op.run>;
        let [next, forward, backward] = immer.produceWithPatches(map, (draft: MapDraft) => {
          result = op.run(draft, args);
        });
        if (policy?.newNotesFaceDown) {
          // A silent round: the notes this operation added are turned face down, in the same step.
          const added = addedNotes(op.name, map, next);
          if (added.length > 0) {
            const [faceDown, moreForward, moreBackward] = immer.produceWithPatches(next, (draft: MapDraft) => {
              for (const i of added) draft.notes[i]!.hidden = true;
            });
            next = faceDown;
            forward = [...forward, ...moreForward];
            backward = [...moreBackward, ...backward];
          }
        }
        map = next;
        patches.push(...forward);
        inverse = backward.concat(inverse);
        return result;
      });
    } catch (error) {
      if (error instanceof OpRefusal) return { ok: false, refusal: error.refusal };
      throw error;
    }
    if (patches.length === 0) return { ok: true, value };
    this.map = map;
    this.future = [];
    const last = this.past[this.past.length - 1];
    if (!this.sealed && last && coalesceKey !== undefined && last.coalesceKey === coalesceKey) {
      foldPatches(last, patches, inverse);
    } else {
      this.past.push({ label, patches, inverse, coalesceKey });
      if (this.past.length > this.limit) this.past.shift();
    }
    this.sealed = coalesceKey === undefined;
    this.emit();
    return { ok: true, value };
  }

  private emit(): void {
    for (const listener of this.listeners) listener(this.map);
  }
}

/**
 * Positions of the notes an operation wrote that were not there before and
 * are face up. Only an operation that made the list longer, or an import
 * (which may add and delete at once), can have added one: a keystroke in a
 * silent round costs no walk through a large map's notes. A whole map put
 * back (a backup, a merge) is not writing: its notes stay as they were.
 */
function addedNotes(opName: string, before: JourneyMap, after: JourneyMap): number[] {
  if (after.notes === before.notes || opName === 'map.merge') return [];
  if (after.notes.length <= before.notes.length && opName !== 'note.import') return [];
  const old = new Set(before.notes.map((n) => n.id));
  const added: number[] = [];
  after.notes.forEach((note, i) => {
    if (!old.has(note.id) && !note.hidden) added.push(i);
  });
  return added;
}

// The order of merged lists. One side's order is the skeleton: theirs, if
// they reordered anything, else mine (so that a move made on one side
// only is kept). What the skeleton lacks (the other side's additions, things
// it deleted that came back) goes after its nearest predecessor in the other
// side's list. With no change on one side this gives exactly the other's
// order, and merging a side with itself gives that side.
import type { Note } from '../format/types';
import type { Side } from './types';

const START = '\u0000start';

/** Whether `side` changed the relative order of the ids it shares with `base`. */
function reordered(base: readonly string[], side: readonly string[]): boolean {
  const inSide = new Set(side);
  const inBase = new Set(base);
  const a = base.filter((id) => inSide.has(id));
  const b = side.filter((id) => inBase.has(id));
  return a.some((id, i) => id !== b[i]);
}

interface Placement {
  /** The skeleton, as it stays. */
  skeleton: readonly string[];
  /** The other side's list, in its order. */
  other: readonly string[];
  /** Whether an id of `other` belongs in the result and is not already in the skeleton. */
  floats: (id: string) => boolean;
  /** Chooses where a floating id goes, given its nearest placed predecessor in `other` (null: none). */
  anchor?: (id: string, predecessor: string | null) => string | null;
  /** Ids to put directly after another, before anything else placed there (marked copies). */
  extra?: ReadonlyMap<string, readonly string[]>;
  /** Told of each id of `other` that is in the result, in order, once it is placed. */
  passed?: (id: string) => void;
}

/** Places the floating ids after their anchors and writes the whole order out. */
function place({ skeleton, other, floats, anchor, extra, passed }: Placement): string[] {
  const placed = new Set(skeleton);
  const after = new Map<string, string[]>();
  let predecessor: string | null = null;
  for (const id of other) {
    if (!placed.has(id) && floats(id)) {
      const at = anchor ? anchor(id, predecessor) : predecessor;
      const list = after.get(at ?? START);
      if (list) list.push(id);
      else after.set(at ?? START, [id]);
      placed.add(id);
    }
    if (placed.has(id)) {
      predecessor = id;
      passed?.(id);
    }
  }
  const out: string[] = [];
  // Iterative, so that a long run of additions cannot overflow the stack.
  const emitAfter = (id: string) => {
    const stack: string[] = [];
    const push = (list: readonly string[] | undefined) => {
      if (list) for (let i = list.length - 1; i >= 0; i--) stack.push(list[i]!);
    };
    push(after.get(id));
    push(extra?.get(id));
    while (stack.length > 0) {
      const next = stack.pop()!;
      out.push(next);
      push(after.get(next));
      push(extra?.get(next));
    }
  };
  emitAfter(START);
  for (const id of skeleton) {
    out.push(id);
    emitAfter(id);
  }
  return out;
}

/** Which side's order leads: theirs if they reordered, else mine. */
function leadingSide(theirsReordered: boolean): Side {
  return theirsReordered ? 'theirs' : 'mine';
}

/** The order of stages, lanes or personas that survive (`alive`). */
export function mergeOrder(base: readonly string[], mine: readonly string[], theirs: readonly string[], alive: (id: string) => boolean): string[] {
  const lead = leadingSide(reordered(base, theirs));
  const [skeletonSide, other] = lead === 'theirs' ? [theirs, mine] : [mine, theirs];
  const skeleton = skeletonSide.filter(alive);
  const out = place({ skeleton, other, floats: alive });
  return withStragglers(out, [...base, ...mine, ...theirs], alive);
}

/** Anything alive that neither list placed (cannot happen for a well-formed merge) goes last. */
function withStragglers(out: string[], all: readonly string[], alive: (id: string) => boolean): string[] {
  const placed = new Set(out);
  for (const id of all) {
    if (alive(id) && !placed.has(id)) {
      out.push(id);
      placed.add(id);
    }
  }
  return out;
}

const cellOf = (n: Note) => `${n.lane}\u0000${n.stage}`;

/** Whether `side` moved a note it shares with base: to another cell, or among the notes. */
function movedNotes(base: readonly Note[], baseById: ReadonlyMap<string, Note>, side: readonly Note[]): boolean {
  if (reordered(base.map((n) => n.id), side.map((n) => n.id))) return true;
  for (const n of side) {
    const b = baseById.get(n.id);
    if (b && (b.lane !== n.lane || b.stage !== n.stage)) return true;
  }
  return false;
}

export interface NoteOrderInput {
  base: readonly Note[];
  mine: readonly Note[];
  theirs: readonly Note[];
  baseById: ReadonlyMap<string, Note>;
  /** The merged notes by id (their merged cells decide where they go). */
  merged: ReadonlyMap<string, Note>;
  /** Marked copies, each right after the note it copies. */
  copies: ReadonlyMap<string, readonly string[]>;
}

/**
 * The order of the merged notes. The skeleton is the leading side's notes
 * that stay in the cell they have there; a note that is new to it, or that
 * the merge puts in the other side's cell, goes after its predecessor in
 * the other side, but never before the note that precedes it in its cell
 * there, so a cell's order stays the other side's where the skeleton allows.
 */
export function orderNotes({ base, mine, theirs, baseById, merged, copies }: NoteOrderInput): string[] {
  const lead = leadingSide(movedNotes(base, baseById, theirs));
  const [skeletonSide, other] = lead === 'theirs' ? [theirs, mine] : [mine, theirs];
  const skeleton: string[] = [];
  for (const n of skeletonSide) {
    const m = merged.get(n.id);
    if (m && m.lane === n.lane && m.stage === n.stage) skeleton.push(n.id);
  }
  // Where things stand, to compare two placed notes: a skeleton note's
  // index, and a floating note its anchor's with a later sequence number.
  const rank = new Map<string, [number, number]>();
  skeleton.forEach((id, i) => rank.set(id, [i, 0]));
  let sequence = 0;
  const before = (a: string | null, b: string) => {
    const [x0, x1] = a === null ? [-1, 0] : rank.get(a)!;
    const [y0, y1] = rank.get(b)!;
    return x0 < y0 || (x0 === y0 && x1 < y1);
  };
  // The last placed note of each merged cell met so far in the other side.
  const lastInCell = new Map<string, string>();
  const otherIds: string[] = [];
  const cellKey = new Map<string, string>();
  for (const n of other) {
    otherIds.push(n.id);
    const m = merged.get(n.id);
    if (m) cellKey.set(n.id, cellOf(m));
  }
  const inSkeleton = new Set(skeleton);
  const out = place({
    skeleton,
    other: otherIds,
    floats: (id) => merged.has(id) && !inSkeleton.has(id),
    anchor: (id, predecessor) => {
      const key = cellKey.get(id)!;
      const inCell = lastInCell.get(key);
      const at = inCell !== undefined && before(predecessor, inCell) ? inCell : predecessor;
      rank.set(id, [at === null ? -1 : rank.get(at)![0], ++sequence]);
      return at;
    },
    extra: copies,
    passed: (id) => lastInCell.set(cellKey.get(id)!, id),
  });
  return withStragglers(out, [...merged.keys()], (id) => merged.has(id));
}

// The three-way merge of a map as values: what the caller gives, the
// conflicts the user settles, and the notices that say what the merge did on
// its own (kept an edited thing the other side deleted, undid a deletion
// that would have left a note without its lane, …).
import type { Collection } from '../format/problems';
import type { JourneyMap } from '../format/types';

/** `mine`: the map in memory. `theirs`: the map now on disk. */
export type Side = 'mine' | 'theirs';

export const otherSide = (side: Side): Side => (side === 'mine' ? 'theirs' : 'mine');

/** Where a conflicting field lives: the map itself or one of its collections. */
export type MergeCollection = 'map' | Collection;

/** What the merge did with the side that was not chosen, when it held text. */
export type KeptText =
  /** A note's text: a marked copy note beside it, in the same cell. `marked` is false when the marker would not fit. */
  | { side: Side; as: 'copy'; id: string; marked: boolean }
  /** A persona's bio or quote: appended below the chosen text, after a marker. */
  | { side: Side; as: 'appended' }
  /** Too long to append: kept in an extension of the persona. */
  | { side: Side; as: 'extension'; key: string };

export interface MergeConflict {
  /** Stable across resolutions: `notes/nt-1/text`, `map/title`. Choices are given by it. */
  key: string;
  /** The id of the persona, stage, lane, note or asset; for `map`, the map's id. */
  id: string;
  collection: MergeCollection;
  /**
   * The key that both sides changed. Two are compound, because half of one
   * would be nonsense: `cell` (a note's lane and stage, as `{ lane, stage }`)
   * and an asset's `file` (its `{ mime, data, name }`).
   */
  field: string;
  /** JSON path of the field in the merged map, e.g. `notes[3].text` (for `cell` and `file`: the note or asset). */
  path: string;
  /** undefined: the key is absent (or holds its default) on that side, or the thing did not exist in base. */
  base: unknown;
  mine: unknown;
  theirs: unknown;
  /** The side the merged map takes: provisional until the user chooses. */
  resolution: Side;
  kept?: KeptText;
}

export type MergeNotice =
  /** Deleted on one side and changed on the other: the changed one is kept, so no edit is lost. */
  | { code: 'kept-edited'; collection: Collection; id: string; deletedBy: Side }
  /**
   * A deletion undone: something still refers to it (a note to its lane or
   * stage, a lane or the map to a persona, a note or persona to an asset),
   * or it was the last stage or lane (`because` null).
   */
  | {
      code: 'restored';
      collection: 'stages' | 'lanes' | 'personas' | 'assets';
      id: string;
      deletedBy: Side;
      because: { collection: MergeCollection; id: string } | null;
    }
  /** More than docs/format.md allows: the newest additions are kept, whole, in a map extension instead. */
  | { code: 'over-limit'; collection: 'personas' | 'stages' | 'lanes' | 'notes'; ids: string[]; limit: number; keptIn: string }
  /** A reference to a persona kept in that extension is taken off (the lane or map keeps `x-original-persona`). */
  | { code: 'reference-dropped'; collection: 'lanes' | 'map'; id: string; field: string; ref: string };

/** Counts for the UI, of the merged map against the map in memory (what the user sees change). */
export interface MergeSummary {
  added: number;
  removed: number;
  changed: number;
  conflicts: number;
}

export type Choices = Side | Readonly<Record<string, Side>> | ((conflict: MergeConflict) => Side);

export interface MergeOptions {
  /** The provisional resolution of every conflict not chosen otherwise. Default `mine`. */
  prefer?: Side;
  /** Per-conflict choices by `key`. */
  choices?: Readonly<Record<string, Side>>;
}

export interface MergeResult {
  /** Always a map the reader accepts with no repairs. */
  map: JourneyMap;
  conflicts: MergeConflict[];
  notices: MergeNotice[];
  summary: MergeSummary;
  /** What was merged, so that `resolveConflicts` can merge again with the user's choices. */
  readonly sources: { readonly base: JourneyMap; readonly mine: JourneyMap; readonly theirs: JourneyMap; readonly options: MergeOptions };
}

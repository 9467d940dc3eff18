// How the board looks at a map without changing it: the filter (notes that do
// not match are drawn faded, still there as context) and the evidence view
// (cards coloured by evidence). Both are view state: they live in the window
// and never reach the map, the undo history or an export.
import { evidenceFill } from '../../shared/analysis/evidenceView';
import type { NoteTest } from '../../shared/analysis/noteFilter';
import type { Lane, Note } from '../../shared/format/types';
import { noteFill } from '../../shared/layout/noteItem';
import type { NoteItem } from '../../shared/layout/sceneTypes';
import { textColorOn, type Theme } from '../../shared/layout/theme';

export interface BoardLens {
  /** Whether a note matches the filter; null when nothing is filtered. */
  test: NoteTest | null;
  /** Cards take their evidence's colour. */
  evidence: boolean;
  /** Lanes whose vote counts are not shown on the cards (a secret dot-voting round). */
  secretVotes?: ReadonlySet<string>;
}

export const PLAIN_LENS: BoardLens = { test: null, evidence: false };

/**
 * The lens applied to a freshly made note item, in place: the item is new for
 * this frame's list, so this allocates nothing. A private (face-down) note
 * keeps its face-down card in the evidence view: its evidence is not shown yet.
 */
export function applyLens(item: NoteItem, note: Note, lane: Lane, lens: BoardLens, theme: Theme): NoteItem {
  if (lens.evidence && !item.faceDown) {
    item.fill = evidenceFill(note);
    item.textColor = textColorOn(item.fill, theme);
  }
  if (lens.test && !lens.test(note, lane)) item.dimmed = true;
  return item;
}

/** A card's colour when zoomed out (CardsShape), with the lens. */
export function cardFill(note: Note, lane: Lane, lens: BoardLens, theme: Theme): string {
  if (note.hidden) return theme.hiddenNoteFill;
  if (lens.evidence) return evidenceFill(note);
  return noteFill(note, lane, theme);
}

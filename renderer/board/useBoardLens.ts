// The board's lens as React state: the filter and whether its bar is open,
// the evidence view, and what they derive (the test the board draws with,
// Find's test, the count, the shares and the stage-title overlay). It lives
// as long as the window shows the map and is never stored in it. While a
// secret dot-voting round runs, the lens keeps its counts unseen: the cards of
// its lanes show no count, and the filter's votes criterion rests (which
// notes it kept would say where the dots went).
import { useCallback, useMemo, useState } from 'react';
import { boardEvidenceShares, type BoardEvidenceShares } from '../../shared/analysis/evidenceView';
import { countMatches, isFilterActive, mapNoteTest, NO_FILTER, noteTest, type NoteFilter } from '../../shared/analysis/noteFilter';
import type { JourneyMap, Note } from '../../shared/format/types';
import { evidenceHeaderItems } from '../../shared/layout/evidenceHeaderItems';
import type { SceneItem } from '../../shared/layout/sceneTypes';
import type { BoardModel } from './boardModel';
import type { BoardLens } from './lens';
import { useWords } from '../words';

export interface BoardLensState {
  filter: NoteFilter;
  setFilter(filter: NoteFilter): void;
  /** The filter bar is open (the filter itself may be on with the bar closed: the title bar says so). */
  barOpen: boolean;
  toggleBar(): void;
  closeBar(): void;
  evidence: boolean;
  toggleEvidence(): void;
  /** What the board draws with. */
  lens: BoardLens;
  /** Find's test: only notes that match the filter are found; null when nothing is filtered. */
  findWithin: ((note: Note) => boolean) | null;
  /** "12 of 86 notes match"; counted while the bar is open or a filter is on. */
  counts: { matching: number; total: number };
  /** The evidence view's shares; computed only while it is on. */
  shares: BoardEvidenceShares | null;
  /** Stage titles with their shares, drawn over the ordinary ones while the evidence view is on. */
  stageOverlay: readonly SceneItem[] | null;
}

const NOT_COUNTED = { matching: 0, total: 0 };

export function useBoardLens(map: JourneyMap, model: BoardModel, secretLanes: readonly string[] | null = null): BoardLensState {
  const w = useWords();
  const [filter, setFilter] = useState<NoteFilter>(NO_FILTER);
  const [barOpen, setBarOpen] = useState(false);
  const [evidence, setEvidence] = useState(false);
  const votesResting = secretLanes !== null && filter.minVotes > 0;
  const drawn = useMemo(() => (votesResting ? { ...filter, minVotes: 0 } : filter), [filter, votesResting]);
  const test = useMemo(() => noteTest(drawn), [drawn]);
  const secretVotes = useMemo(() => (secretLanes ? new Set(secretLanes) : undefined), [secretLanes]);
  const lens = useMemo<BoardLens>(() => ({ test, evidence, secretVotes }), [test, evidence, secretVotes]);
  const findWithin = useMemo(() => mapNoteTest(map, test), [map, test]);
  // Counted only while shown (the bar, or the title bar's chip): an edit on a big map costs nothing extra otherwise.
  const counting = barOpen || isFilterActive(filter);
  const counts = useMemo(() => (counting ? countMatches(map, drawn) : NOT_COUNTED), [counting, map, drawn]);
  const shares = useMemo(() => (evidence ? boardEvidenceShares(map) : null), [evidence, map]);
  const stageOverlay = useMemo(() => {
    if (!shares) return null;
    const levels = { assumption: w.filters.levels.assumption, observed: w.filters.levels.observed, measured: w.filters.levels.measured, unstated: w.filters.levels.unstated };
    return evidenceHeaderItems(model.layout, model.theme, shares.stages, { levels, noNotes: w.filters.noNotes });
  }, [shares, model, w]);
  const toggleBar = useCallback(() => setBarOpen((open) => !open), []);
  const closeBar = useCallback(() => setBarOpen(false), []);
  const toggleEvidence = useCallback(() => setEvidence((on) => !on), []);
  return { filter, setFilter, barOpen, toggleBar, closeBar, evidence, toggleEvidence, lens, findWithin, counts, shares, stageOverlay };
}

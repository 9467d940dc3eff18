// The evidence view (issue 7): notes coloured by how sure the room is of
// them, and how much of the wall, and of each stage, is still assumption
// (DOMAIN.md: "maps should rest on data, not assumptions"). View state only.
//
// The fills keep the board's dark note text at WCAG AA (4.5:1 or better, a
// unit test checks with theme.contrastRatio): amber for an assumption, blue
// for observed, green for measured, a neutral grey for a note that says
// nothing, strong enough to tell apart on a projector.
import type { JourneyMap, Note } from '../format/types';
import { evidenceChoiceOf, type EvidenceChoice } from './noteFilter';
import { evidenceShare, type EvidenceShare } from './reportData';

export const EVIDENCE_FILL: Readonly<Record<EvidenceChoice, string>> = {
  assumption: '#FBBF24',
  observed: '#93C5FD',
  measured: '#4ADE80',
  unstated: '#D5DBE1',
};

/** The card colour of a note in the evidence view. */
export function evidenceFill(note: Note): string {
  return EVIDENCE_FILL[evidenceChoiceOf(note)];
}

export interface BoardEvidenceShares {
  /** Over every note on the board. */
  map: EvidenceShare;
  /** Stage id → its share, for every stage of the map (0 notes: all 0%). */
  stages: Map<string, EvidenceShare>;
}

/**
 * The shares the evidence view shows, as the report counts them
 * (reportData.evidenceShare: whole percentages that add up to 100), over the
 * notes on the board: those of hidden lanes are not shown, and private notes
 * are left out as the report leaves them out (their fields are not revealed yet).
 */
export function boardEvidenceShares(map: JourneyMap): BoardEvidenceShares {
  const shownLanes = new Set(map.lanes.filter((lane) => !lane.hidden).map((lane) => lane.id));
  const byStage = new Map<string, Note[]>(map.stages.map((stage) => [stage.id, []]));
  const all: Note[] = [];
  for (const note of map.notes) {
    if (note.hidden || !shownLanes.has(note.lane)) continue;
    const stage = byStage.get(note.stage);
    if (!stage) continue;
    stage.push(note);
    all.push(note);
  }
  return { map: evidenceShare(all), stages: new Map([...byStage].map(([id, notes]) => [id, evidenceShare(notes)])) };
}

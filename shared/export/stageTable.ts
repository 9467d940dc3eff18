// Each stage at a glance, for the Stages sheet: how many notes it holds,
// how many are pain points and opportunities, how much of it is still an
// assumption, and the mean emotion over every emotions lane.
import type { JourneyMap, Stage } from '../format/types';
import { roundTo2 } from './emotionTable';

export interface StageSummary {
  stage: Stage;
  notes: number;
  painPoints: number;
  opportunities: number;
  assumptions: number;
  /** Mean of every scored note in an emotions lane, two decimals; null when there is none. */
  meanEmotion: number | null;
}

export function stageTable(map: JourneyMap): StageSummary[] {
  const kinds = new Map(map.lanes.map((l) => [l.id, l.kind]));
  const rows = new Map(map.stages.map((stage) => [stage.id, { stage, notes: 0, painPoints: 0, opportunities: 0, assumptions: 0, sum: 0, scored: 0 }]));
  for (const note of map.notes) {
    const row = rows.get(note.stage);
    const kind = kinds.get(note.lane);
    if (!row || kind === undefined) continue;
    row.notes++;
    if (kind === 'pain-points') row.painPoints++;
    if (kind === 'opportunities') row.opportunities++;
    if (note.evidence === 'assumption') row.assumptions++;
    if (kind === 'emotions' && note.emotion !== undefined) {
      row.sum += note.emotion;
      row.scored++;
    }
  }
  return [...rows.values()].map(({ sum, scored, ...row }) => ({ ...row, meanEmotion: scored > 0 ? roundTo2(sum / scored) : null }));
}

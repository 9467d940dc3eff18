// The emotion curve: for an emotions lane, the mean emotion of each stage's
// notes in that lane (docs/format.md). Stages with no scored note have no point;
// the board bridges them with a dashed segment.
import type { JourneyMap, Lane } from '../format/types';

export interface StageEmotion {
  stage: string;
  /** Mean of the scored notes, or null when the stage has none. */
  mean: number | null;
  count: number;
}

export interface EmotionCurve {
  lane: Lane;
  points: StageEmotion[];
}

export function emotionCurve(map: JourneyMap, laneId: string): StageEmotion[] {
  const sums = new Map<string, { sum: number; count: number }>();
  for (const note of map.notes) {
    if (note.lane !== laneId || note.emotion === undefined) continue;
    const entry = sums.get(note.stage) ?? { sum: 0, count: 0 };
    entry.sum += note.emotion;
    entry.count++;
    sums.set(note.stage, entry);
  }
  return map.stages.map((stage) => {
    const entry = sums.get(stage.id);
    return { stage: stage.id, mean: entry ? entry.sum / entry.count : null, count: entry?.count ?? 0 };
  });
}

/** One curve per emotions lane, in lane order. */
export function emotionCurves(map: JourneyMap): EmotionCurve[] {
  return map.lanes.filter((l) => l.kind === 'emotions').map((lane) => ({ lane, points: emotionCurve(map, lane.id) }));
}

// The emotion curves as a table for a spreadsheet: one row per stage, one
// column per emotions lane (a lane records one persona's feelings, so the
// column is headed by that persona's name), the mean of the stage's scored
// notes to two decimals, and nothing where a stage has no score. The same
// means the board draws the curve through (shared/analysis/emotion.ts).
import { emotionCurves } from '../analysis/emotion';
import type { JourneyMap, Stage } from '../format/types';

export interface EmotionTable {
  /** Column headings: the lane's persona's name, or the lane's title when it has none (or two lanes share one). */
  columns: { lane: string; heading: string }[];
  rows: { stage: Stage; means: (number | null)[] }[];
}

export function roundTo2(value: number): number {
  return Math.round(value * 100) / 100;
}

export function emotionTable(map: JourneyMap): EmotionTable {
  const curves = emotionCurves(map);
  const personas = new Map(map.personas.map((p) => [p.id, p.name]));
  const perPersona = new Map<string, number>();
  for (const { lane } of curves) if (lane.persona !== undefined) perPersona.set(lane.persona, (perPersona.get(lane.persona) ?? 0) + 1);
  const columns = curves.map(({ lane }) => {
    const name = lane.persona !== undefined ? personas.get(lane.persona) : undefined;
    return { lane: lane.id, heading: name !== undefined && perPersona.get(lane.persona!) === 1 ? name : lane.title };
  });
  const rows = map.stages.map((stage, i) => ({
    stage,
    means: curves.map(({ points }) => {
      const mean = points[i]!.mean;
      return mean === null ? null : roundTo2(mean);
    }),
  }));
  return { columns, rows };
}

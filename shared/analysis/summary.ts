// What `jejak info` and the start screen say about a map at a glance.
import type { JourneyMap } from '../format/types';

export interface MapCounts {
  personas: number;
  stages: number;
  lanes: number;
  notes: number;
  votes: number;
}

export function countMap(map: JourneyMap): MapCounts {
  let votes = 0;
  for (const note of map.notes) votes += note.votes ?? 0;
  return { personas: map.personas.length, stages: map.stages.length, lanes: map.lanes.length, notes: map.notes.length, votes };
}

/** Whether the review-by date has passed on `today` (a local `YYYY-MM-DD`). */
export function isReviewOverdue(map: JourneyMap, today: string): boolean {
  return typeof map.reviewBy === 'string' && map.reviewBy < today;
}

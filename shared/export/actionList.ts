// The action list a map leaves behind (DOMAIN.md: "opportunities carry an
// owner, a priority and a due date, and leave the map as an action list"):
// every note in an opportunities lane, and any other note someone gave an
// owner, a priority or a due date, most urgent first.
import type { JourneyMap, Lane, Note, Priority, Stage } from '../format/types';

export interface ActionItem {
  note: Note;
  stage: Stage;
  lane: Lane;
}

/** High, medium, low, then notes with no priority. */
const PRIORITY_RANK: Record<Priority, number> = { high: 0, medium: 1, low: 2 };
const NO_PRIORITY = 3;

function isAction(note: Note, lane: Lane): boolean {
  return lane.kind === 'opportunities' || note.owner !== undefined || note.priority !== undefined || note.due !== undefined;
}

/**
 * The actions of `map` (pass the map as exported), by priority; within a
 * priority the earliest due date first (none last), then in reading order.
 */
export function actionList(map: JourneyMap): ActionItem[] {
  const stages = new Map(map.stages.map((s, i) => [s.id, { stage: s, i }]));
  const lanes = new Map(map.lanes.map((l, i) => [l.id, { lane: l, i }]));
  const items: (ActionItem & { rank: number; due: string; stageAt: number; laneAt: number; at: number })[] = [];
  map.notes.forEach((note, at) => {
    const stage = stages.get(note.stage);
    const lane = lanes.get(note.lane);
    if (!stage || !lane || !isAction(note, lane.lane)) return;
    items.push({
      note,
      stage: stage.stage,
      lane: lane.lane,
      rank: note.priority ? PRIORITY_RANK[note.priority] : NO_PRIORITY,
      // "~" sorts after every digit: no date goes last.
      due: note.due ?? '~',
      stageAt: stage.i,
      laneAt: lane.i,
      at,
    });
  });
  items.sort((a, b) => a.rank - b.rank || compare(a.due, b.due) || a.stageAt - b.stageAt || a.laneAt - b.laneAt || a.at - b.at);
  return items.map(({ note, stage, lane }) => ({ note, stage, lane }));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// The results of a dot-voting round: the notes of the round's lanes that got
// dots, most first. Equal counts keep the order of the journey (stage by
// stage, then lane by lane as the board shows them, then the notes' own
// order in their cell), so a tie reads left to right as on the wall.
import type { JourneyMap, Lane, Note, Stage } from '../format/types';

export interface VoteResult {
  /** 1 for the most votes; notes with equal votes share a rank (1, 2, 2, 4). */
  rank: number;
  votes: number;
  note: Note;
  stage: Stage;
  lane: Lane;
}

/** Voted notes of `lanes` (every lane when null), ranked. */
export function rankVotes(map: JourneyMap, lanes: readonly string[] | null): VoteResult[] {
  const chosen = lanes ? new Set(lanes) : null;
  const stageIndex = new Map(map.stages.map((s, i) => [s.id, i]));
  const laneIndex = new Map(map.lanes.map((l, i) => [l.id, i]));
  const voted: { note: Note; order: number }[] = [];
  map.notes.forEach((note, order) => {
    if (!note.votes || (chosen && !chosen.has(note.lane))) return;
    if (!stageIndex.has(note.stage) || !laneIndex.has(note.lane)) return;
    voted.push({ note, order });
  });
  voted.sort(
    (a, b) =>
      b.note.votes! - a.note.votes! ||
      stageIndex.get(a.note.stage)! - stageIndex.get(b.note.stage)! ||
      laneIndex.get(a.note.lane)! - laneIndex.get(b.note.lane)! ||
      a.order - b.order,
  );
  let rank = 0;
  return voted.map(({ note }, index) => {
    if (index === 0 || note.votes !== voted[index - 1]!.note.votes) rank = index + 1;
    return { rank, votes: note.votes!, note, stage: map.stages[stageIndex.get(note.stage)!]!, lane: map.lanes[laneIndex.get(note.lane)!]! };
  });
}

/** How many notes of `lanes` (every lane when null) carry votes, and how many votes in all. */
export function voteTotals(map: JourneyMap, lanes: readonly string[] | null): { notes: number; votes: number } {
  const chosen = lanes ? new Set(lanes) : null;
  let notes = 0;
  let votes = 0;
  for (const note of map.notes) {
    if (!note.votes || (chosen && !chosen.has(note.lane))) continue;
    notes++;
    votes += note.votes;
  }
  return { notes, votes };
}

/**
 * The top `n` of ranked results, split where the cut falls: `sure` are
 * ranked above it whatever happens; when the notes at the cut share their
 * votes with notes below it, `tied` is all of them and `places` how many of
 * them fit in the top `n`. The facilitator then includes them all or picks:
 * a tie is never broken by the journey's order without saying so.
 */
export interface TopCut {
  sure: VoteResult[];
  tied: VoteResult[];
  places: number;
}

export function topCut(results: readonly VoteResult[], n: number): TopCut {
  const last = results[n - 1];
  const next = results[n];
  if (!last || !next || next.votes !== last.votes) return { sure: results.slice(0, n), tied: [], places: 0 };
  const sure = results.filter((r) => r.votes > last.votes);
  return { sure, tied: results.filter((r) => r.votes === last.votes), places: n - sure.length };
}

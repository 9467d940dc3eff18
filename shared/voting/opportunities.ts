// "Make opportunities" from the results of a round: for each chosen note (a
// pain point the room voted up), one new note in the same stage of the map's
// first opportunities lane, worded as the source note for the room to turn
// into an action. The lane is added, titled in the map's own language, when
// the map has none. The whole batch is one undo step.
//
// The new notes do not carry the votes as their own. The dots were the room's
// judgement on the problem, and they stay on it; copied onto the opportunity
// they would be counted twice in every total, and the new note would come
// first in the next round's results before anyone had voted on it. Each new
// note keeps a record instead (`madeFrom`, docs/format.md): the note it was
// made from and that note's votes then, which the action list and the
// reports show, and which clearing the votes or deleting the source leaves.
import type { JourneyMap, Note } from '../format/types';
import type { ApplyResult, History } from '../history/history';
import { languageOf, words } from '../i18n/languages';
import { ops } from '../ops';

export interface OpportunityPlan {
  /** The opportunities lane the notes go to; `add` when it must be made first. */
  lane: { id: string; title: string; add: false } | { id: string; title: string; add: true; index: number };
  notes: { id: string; stage: string; text: string; from: string; votes: number }[];
  /** Chosen notes left as they are, and why. */
  skipped: { alreadyOpportunity: number; alreadyThere: number; faceDown: number; gone: number };
}

export type NewId = (kind: 'lane' | 'note') => string;

/** What making opportunities from `sourceIds` (in that order) would do to `map`. */
export function planOpportunities(map: JourneyMap, sourceIds: readonly string[], newId: NewId): OpportunityPlan {
  const existing = map.lanes.find((l) => l.kind === 'opportunities');
  const lane: OpportunityPlan['lane'] = existing
    ? { id: existing.id, title: existing.title, add: false }
    : { id: newId('lane'), title: words(languageOf(map.locale)).laneKinds.opportunities, add: true, index: indexForNewLane(map) };
  const byId = new Map(map.notes.map((n) => [n.id, n]));
  const laneKind = new Map(map.lanes.map((l) => [l.id, l.kind]));
  // What each stage's opportunities already say: pressing twice adds nothing twice.
  const said = new Set(map.notes.filter((n) => n.lane === lane.id).map((n) => sameText(n.stage, n.text)));
  const skipped = { alreadyOpportunity: 0, alreadyThere: 0, faceDown: 0, gone: 0 };
  const notes: OpportunityPlan['notes'] = [];
  for (const id of new Set(sourceIds)) {
    const source: Note | undefined = byId.get(id);
    if (!source) skipped.gone++;
    else if (laneKind.get(source.lane) === 'opportunities') skipped.alreadyOpportunity++;
    // A face-down note's words are still private to whoever wrote them.
    else if (source.hidden) skipped.faceDown++;
    else if (said.has(sameText(source.stage, source.text))) skipped.alreadyThere++;
    else {
      said.add(sameText(source.stage, source.text));
      notes.push({ id: newId('note'), stage: source.stage, text: source.text, from: source.id, votes: source.votes ?? 0 });
    }
  }
  return { lane, notes, skipped };
}

export interface OpportunityOutcome extends OpportunityPlan {
  /** False when there was nothing to add (no undo step was made). */
  changed: boolean;
}

/** Makes the opportunities as one undo step; refused as a whole (e.g. a locked lane) with the map unchanged. */
export function makeOpportunities(history: History, sourceIds: readonly string[], newId: NewId): ApplyResult<OpportunityOutcome> {
  const plan = planOpportunities(history.current, sourceIds, newId);
  if (plan.notes.length === 0) return { ok: true, value: { ...plan, changed: false } };
  history.seal();
  const result = history.transaction('note.makeOpportunities', (run) => {
    if (plan.lane.add) run(ops.addLane, { id: plan.lane.id, kind: 'opportunities', title: plan.lane.title, index: plan.lane.index });
    for (const note of plan.notes) {
      run(ops.addNote, { id: note.id, lane: plan.lane.id, stage: note.stage, text: note.text, fields: { madeFrom: { note: note.from, votes: note.votes } } });
    }
  });
  history.seal();
  return result.ok ? { ok: true, value: { ...plan, changed: true } } : result;
}

/** A new opportunities lane goes below the last pain-points lane (a fix under its problem), else at the bottom. */
function indexForNewLane(map: JourneyMap): number {
  let last = -1;
  map.lanes.forEach((l, i) => {
    if (l.kind === 'pain-points') last = i;
  });
  return last >= 0 ? last + 1 : map.lanes.length;
}

function sameText(stage: string, text: string): string {
  return `${stage}\n${text.trim().toLocaleLowerCase()}`;
}

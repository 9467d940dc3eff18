// A dot-voting round as this laptop runs it: how many dots each person has,
// which lanes can be voted on, whose turn it is and where they have put
// their dots so far. One laptop goes round the room: each person spends
// their dots, then "Next person" hands it on. This is view state of the
// laptop, not of the map (the map keeps only each note's total, docs/format.md
// `votes`). Pure functions: no React, no storage, no DOM.
import type { JourneyMap, LaneKind } from '../../../shared/format/types';

export const MIN_DOTS = 1;
export const MAX_DOTS = 20;
export const DEFAULT_DOTS = 3;

export interface VotingRound {
  /** Tells one round from the next (undo of a vote from an earlier round must not touch this one). */
  id: string;
  dotsPerPerson: number;
  /** Lane ids whose notes can be voted on. */
  lanes: string[];
  /** Whose turn it is, from 1. */
  person: number;
  /** Where this person has put their dots: note id → dots (an object without a prototype: any id is a plain key). */
  given: Record<string, number>;
  /** Voting mode: clicks on notes vote. False while paused (Escape), the round kept. */
  active: boolean;
  /**
   * Open voting: everyone sees the counts as the dots go on. Otherwise (the
   * default) the round is secret: each person sees only their own dots, so
   * nobody follows the crowd, until the results panel reveals the counts
   * (while it is open: it closes when the laptop is handed on).
   */
  open: boolean;
}

export interface RoundSettings {
  dotsPerPerson: number;
  lanes: string[];
  /** Open voting (see VotingRound.open). */
  open: boolean;
}

export type SettingsProblem = 'dots' | 'lanes';

/** What is wrong with the settings typed into the start dialog, if anything. */
export function settingsProblems(map: JourneyMap, settings: Pick<RoundSettings, 'dotsPerPerson' | 'lanes'>): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  const { dotsPerPerson } = settings;
  if (!Number.isInteger(dotsPerPerson) || dotsPerPerson < MIN_DOTS || dotsPerPerson > MAX_DOTS) problems.push('dots');
  if (!settings.lanes.some((id) => map.lanes.some((l) => l.id === id))) problems.push('lanes');
  return problems;
}

const DEFAULT_KINDS: readonly LaneKind[] = ['pain-points', 'opportunities'];

/** The lanes offered first: pain points and opportunities when the map has them, else every lane on show. */
export function defaultLanes(map: JourneyMap): string[] {
  const shown = map.lanes.filter((l) => !l.hidden);
  const usual = shown.filter((l) => DEFAULT_KINDS.includes(l.kind));
  return (usual.length > 0 ? usual : shown.length > 0 ? shown : map.lanes).map((l) => l.id);
}

/** An empty tally. Note ids may be "__proto__" (docs/format.md allows it), so the tally has no prototype. */
function noDots(): Record<string, number> {
  return Object.create(null) as Record<string, number>;
}

/** This person's dots on one note. */
export function dotsOn(round: VotingRound, noteId: string): number {
  return Object.hasOwn(round.given, noteId) ? round.given[noteId]! : 0;
}

export function startRound(settings: RoundSettings, id: string): VotingRound {
  return { id, dotsPerPerson: settings.dotsPerPerson, lanes: [...settings.lanes], person: 1, given: noDots(), active: true, open: settings.open };
}

/** Whether the board keeps the round's counts to itself now: a secret round's, unless the results are on show. */
export function countsHidden(round: VotingRound, resultsOnShow: boolean): boolean {
  return !round.open && !resultsOnShow;
}

/** The lanes whose vote counts the board keeps to itself now (see countsHidden); null when every count is on show. */
export function secretLanes(round: VotingRound | null, map: Pick<JourneyMap, 'lanes'>, resultsOnShow: boolean): string[] | null {
  return round && countsHidden(round, resultsOnShow) ? roundLanes(round, map) : null;
}

/** How many people have voted and handed on: the board may say how many, never where. */
export function peopleVoted(round: VotingRound): number {
  return round.person - 1;
}

function dotsGiven(round: VotingRound): number {
  let given = 0;
  for (const dots of Object.values(round.given)) given += dots;
  return given;
}

export function dotsLeft(round: VotingRound): number {
  return Math.max(0, round.dotsPerPerson - dotsGiven(round));
}

/** The lanes of the round that are still in the map. */
export function roundLanes(round: Pick<VotingRound, 'lanes'>, map: Pick<JourneyMap, 'lanes'>): string[] {
  return round.lanes.filter((id) => map.lanes.some((l) => l.id === id));
}

export type VoteCheck =
  | { ok: true }
  | { ok: false; reason: 'not-in-round' | 'face-down' | 'no-dots-left' | 'none-to-take-back' | 'gone' };

/** Whether the person whose turn it is may add (or take back) a dot on a note. */
export function checkVote(round: VotingRound, map: JourneyMap, noteId: string, remove: boolean): VoteCheck {
  const note = map.notes.find((n) => n.id === noteId);
  if (!note) return { ok: false, reason: 'gone' };
  if (!round.lanes.includes(note.lane)) return { ok: false, reason: 'not-in-round' };
  if (remove) return dotsOn(round, noteId) > 0 ? { ok: true } : { ok: false, reason: 'none-to-take-back' };
  // The room cannot read a face-down note, so it cannot judge it.
  if (note.hidden) return { ok: false, reason: 'face-down' };
  return dotsLeft(round) > 0 ? { ok: true } : { ok: false, reason: 'no-dots-left' };
}

/** The round after this person's dot on `noteId` went on (+1) or came back (−1). */
export function recordDot(round: VotingRound, noteId: string, delta: 1 | -1): VotingRound {
  const dots = Math.max(0, dotsOn(round, noteId) + delta);
  const given = Object.assign(noDots(), round.given);
  if (dots === 0) delete given[noteId];
  else given[noteId] = dots;
  return { ...round, given };
}

/** The laptop goes to the next person, with a full set of dots. */
export function nextPerson(round: VotingRound): VotingRound {
  return { ...round, person: round.person + 1, given: noDots() };
}

/** After the votes were reset: the same settings, from the first person again. */
export function restartRound(round: VotingRound, id: string): VotingRound {
  return { ...round, id, person: 1, given: noDots() };
}

/** A round read back from storage, or null when what is stored is not one (old, hand-edited, broken). */
export function parseRound(value: unknown): VotingRound | null {
  if (!value || typeof value !== 'object') return null;
  const r = value as Record<string, unknown>;
  const dots = r.dotsPerPerson;
  if (typeof r.id !== 'string' || typeof dots !== 'number' || !Number.isInteger(dots) || dots < MIN_DOTS || dots > MAX_DOTS) return null;
  if (!Array.isArray(r.lanes) || !r.lanes.every((l) => typeof l === 'string')) return null;
  if (typeof r.person !== 'number' || !Number.isInteger(r.person) || r.person < 1) return null;
  if (!r.given || typeof r.given !== 'object' || Array.isArray(r.given)) return null;
  const given = noDots();
  let total = 0;
  for (const [id, n] of Object.entries(r.given as Record<string, unknown>)) {
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) return null;
    given[id] = n;
    total += n;
  }
  if (total > dots) return null;
  // A round stored without `open` is kept secret: the safer way to carry on.
  return { id: r.id, dotsPerPerson: dots, lanes: r.lanes as string[], person: r.person, given, active: r.active === true, open: r.open === true };
}

// Everything a report says about a map, worked out once from the map as
// exported (private notes already left out), so the HTML and the Markdown
// report cannot disagree: the pain points the room voted on, the actions it
// owns, the personas, the figures, how much of the wall rests on data rather
// than assumptions (the articles' "data, not assumptions"), how each persona
// felt stage by stage, and when the map is due for its review (every three to
// six months, the articles say). No words here: the reports add those.
import type { EvidenceLevel, JourneyMap, Lane, Note, Persona, Priority, Stage } from '../format/types';
import { curveLabel, curvePaletteIndex } from './curveIdentity';
import { emotionCurves } from './emotion';
import { sourceNotes, votesBehind } from './madeFrom';
import { metricEntries, type MetricEntry } from './noteMetric';

/** Evidence as a report counts it: the three levels, and notes that say nothing. */
export const EVIDENCE_KINDS = ['measured', 'observed', 'assumption', 'unstated'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export interface EvidenceShare {
  total: number;
  counts: Record<EvidenceKind, number>;
  /** Whole percentages that add up to exactly 100 (largest remainder), all 0 when there are no notes. */
  percents: Record<EvidenceKind, number>;
}

export interface RankedPainPoint {
  /** 1 for the most votes; notes with equal votes share a rank (1, 2, 2, 4). */
  rank: number;
  votes: number;
  note: Note;
  stage: Stage;
}

export interface ActionItem {
  note: Note;
  stage: Stage;
  owner: string | null;
  priority: Priority | null;
  due: string | null;
  /** The due date has passed (before today). */
  overdue: boolean;
  /** Its own votes and those of the note it was made from (madeFrom.ts). */
  votes: number;
  /** The note it was made from, when that is still on the map as exported. */
  madeFrom: Note | null;
}

export interface EmotionPoint {
  stage: Stage;
  /** Mean of the scored notes, or null when the stage has none (a gap in the curve). */
  mean: number | null;
  count: number;
}

export interface EmotionSeries {
  lane: Lane;
  /** The persona whose experience the lane records, when it names one that exists. */
  persona: Persona | null;
  /** What a legend calls the curve: the persona's name, with the lane's title when two lanes share a persona; else the lane's title. */
  label: string;
  /** Index into the theme's curve colours: the colour the board draws this curve in. */
  paletteIndex: number;
  points: EmotionPoint[];
  /** Mean over every scored note of the lane, or null when none is scored. */
  mean: number | null;
  /** The stage with the lowest mean (the first, on a tie): where to look first. */
  lowest: EmotionPoint | null;
  highest: EmotionPoint | null;
}

export type ReviewState = 'none' | 'overdue' | 'due' | 'scheduled';

export interface ReviewStatus {
  date: string | null;
  /**
   * `overdue`: the date has passed; `due`: it is today or within
   * REVIEW_DUE_DAYS; `scheduled`: later; `none`: the map has no date.
   */
  state: ReviewState;
  /** Days from today to the date (negative when overdue), null without a date. */
  days: number | null;
  /** Notes still marked as assumptions: what a review should check against data. */
  assumptions: number;
  /** Actions due on or before the review date that a review can check on. */
  actionsDueByReview: number;
}

export interface ReportData {
  map: JourneyMap;
  /** The report's "today", a local `YYYY-MM-DD`. */
  today: string;
  painPoints: RankedPainPoint[];
  actions: ActionItem[];
  personas: Persona[];
  metrics: MetricEntry[];
  evidence: { map: EvidenceShare; stages: { stage: Stage; share: EvidenceShare }[] };
  emotions: EmotionSeries[];
  review: ReviewStatus;
}

/** A month's notice: time to book the room and gather fresh data before the review. */
export const REVIEW_DUE_DAYS = 30;

const PRIORITY_ORDER: Record<Priority, number> = { high: 0, medium: 1, low: 2 };

export function reportData(map: JourneyMap, now: Date): ReportData {
  const today = localDate(now);
  const stageIndex = new Map(map.stages.map((stage, index) => [stage.id, index]));
  const laneKind = new Map(map.lanes.map((lane) => [lane.id, lane.kind]));
  const sourceOf = sourceNotes(map);
  // A note's place on the wall: its stage, then its order in the file (its order in the cell).
  const order = new Map(map.notes.map((note, index) => [note, index]));
  const byPlace = (a: Note, b: Note) => stageIndex.get(a.stage)! - stageIndex.get(b.stage)! || order.get(a)! - order.get(b)!;
  const stageOf = (note: Note) => map.stages[stageIndex.get(note.stage)!]!;
  // A valid map never has a note outside its stages and lanes; skip one rather than fail a report.
  const placed = map.notes.filter((note) => stageIndex.has(note.stage) && laneKind.has(note.lane));

  return {
    map,
    today,
    painPoints: rankPainPoints(
      placed.filter((note) => laneKind.get(note.lane) === 'pain-points'),
      byPlace,
      stageOf,
    ),
    actions: placed
      .filter((note) => laneKind.get(note.lane) === 'opportunities')
      .sort((a, b) => priorityRank(a) - priorityRank(b) || compareDue(a.due, b.due) || byPlace(a, b))
      .map((note) => ({
        note,
        stage: stageOf(note),
        owner: note.owner?.trim() || null,
        priority: note.priority ?? null,
        due: note.due ?? null,
        overdue: note.due !== undefined && note.due < today,
        votes: votesBehind(note),
        madeFrom: sourceOf(note),
      })),
    personas: map.personas,
    metrics: metricEntries(map),
    evidence: {
      map: evidenceShare(placed),
      stages: map.stages.map((stage) => ({ stage, share: evidenceShare(placed.filter((note) => note.stage === stage.id)) })),
    },
    emotions: emotionSeries(map),
    review: reviewStatus(map, placed, today),
  };
}

/** `now` as a local calendar date, the way a review date or a due date is written. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whole days from `from` to `to`, both `YYYY-MM-DD`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function rankPainPoints(notes: Note[], byPlace: (a: Note, b: Note) => number, stageOf: (note: Note) => Stage): RankedPainPoint[] {
  const sorted = notes.sort((a, b) => (b.votes ?? 0) - (a.votes ?? 0) || byPlace(a, b));
  let rank = 0;
  return sorted.map((note, index) => {
    const votes = note.votes ?? 0;
    if (index === 0 || votes !== (sorted[index - 1]!.votes ?? 0)) rank = index + 1;
    return { rank, votes, note, stage: stageOf(note) };
  });
}

/** High, medium, low, then actions nobody has prioritised yet. */
function priorityRank(note: Note): number {
  return note.priority ? PRIORITY_ORDER[note.priority] : 3;
}

/** Earliest first; an action with no date after every dated one. */
function compareDue(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
}

export function evidenceShare(notes: readonly Note[]): EvidenceShare {
  const counts: Record<EvidenceKind, number> = { measured: 0, observed: 0, assumption: 0, unstated: 0 };
  for (const note of notes) counts[evidenceKind(note.evidence)]++;
  return { total: notes.length, counts, percents: wholePercents(counts, notes.length) };
}

function evidenceKind(level: EvidenceLevel | undefined): EvidenceKind {
  return level ?? 'unstated';
}

/**
 * Percentages rounded so they still add up to 100 (largest remainder: the
 * kinds that lost most to rounding down get the missing points, ties in
 * EVIDENCE_KINDS order), so a printed bar and its figures agree.
 */
function wholePercents(counts: Record<EvidenceKind, number>, total: number): Record<EvidenceKind, number> {
  const percents: Record<EvidenceKind, number> = { measured: 0, observed: 0, assumption: 0, unstated: 0 };
  if (total === 0) return percents;
  const exact = EVIDENCE_KINDS.map((kind) => ({ kind, value: (counts[kind] * 100) / total }));
  for (const { kind, value } of exact) percents[kind] = Math.floor(value);
  let missing = 100 - EVIDENCE_KINDS.reduce((sum, kind) => sum + percents[kind], 0);
  const byRemainder = [...exact].sort((a, b) => b.value - Math.floor(b.value) - (a.value - Math.floor(a.value)));
  for (const { kind } of byRemainder) {
    if (missing === 0) break;
    percents[kind]++;
    missing--;
  }
  return percents;
}

function emotionSeries(map: JourneyMap): EmotionSeries[] {
  return emotionCurves(map).map(({ lane, points: curve }) => {
    const persona = map.personas.find((p) => p.id === lane.persona) ?? null;
    const label = curveLabel(map, lane);
    const points = curve.map((point, index) => ({ stage: map.stages[index]!, mean: point.mean, count: point.count }));
    let sum = 0;
    let count = 0;
    let lowest: EmotionPoint | null = null;
    let highest: EmotionPoint | null = null;
    for (const point of points) {
      if (point.mean === null) continue;
      sum += point.mean * point.count;
      count += point.count;
      if (!lowest || point.mean < lowest.mean!) lowest = point;
      if (!highest || point.mean > highest.mean!) highest = point;
    }
    return { lane, persona, label, paletteIndex: curvePaletteIndex(map, lane), points, mean: count > 0 ? sum / count : null, lowest, highest };
  });
}

function reviewStatus(map: JourneyMap, notes: readonly Note[], today: string): ReviewStatus {
  const date = typeof map.reviewBy === 'string' ? map.reviewBy : null;
  const assumptions = notes.filter((note) => note.evidence === 'assumption').length;
  if (date === null) return { date, state: 'none', days: null, assumptions, actionsDueByReview: 0 };
  const days = daysBetween(today, date);
  const laneKind = new Map(map.lanes.map((lane) => [lane.id, lane.kind]));
  const actionsDueByReview = notes.filter((note) => laneKind.get(note.lane) === 'opportunities' && note.due !== undefined && note.due <= date).length;
  const state: ReviewState = days < 0 ? 'overdue' : days <= REVIEW_DUE_DAYS ? 'due' : 'scheduled';
  return { date, state, days, assumptions, actionsDueByReview };
}

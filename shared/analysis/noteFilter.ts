// The board's filter (issue 7, "what doesn't match dims"): which notes match
// the criteria a facilitator picked (lane kind, tag, owner, evidence,
// persona, votes). It is view state: nothing here is stored in the map. The
// criteria combine with AND; the values picked within one criterion with OR.
//
// Notes that are on the board count: those of hidden lanes are not drawn, so
// they are neither counted nor matched. A private note (written face down, not
// yet revealed) never matches an active filter: matching it or not would give
// away what it says.
import type { EvidenceLevel, JourneyMap, Lane, LaneKind, Note } from '../format/types';

/** Evidence as the filter offers it: the three levels, and notes that give none. */
export type EvidenceChoice = EvidenceLevel | 'unstated';
export const EVIDENCE_CHOICES: readonly EvidenceChoice[] = ['assumption', 'observed', 'measured', 'unstated'];

/** The largest number of votes a note can have (docs/format.md). */
const MAX_VOTES = 9999;

export interface NoteFilter {
  laneKinds: readonly LaneKind[];
  tags: readonly string[];
  /** Owners as written (trimmed); '' picks the notes with no owner. */
  owners: readonly string[];
  evidence: readonly EvidenceChoice[];
  /** Persona ids: a note's persona is its lane's. */
  personas: readonly string[];
  /** At least this many votes; 0 means any. */
  minVotes: number;
}

export const NO_FILTER: NoteFilter = { laneKinds: [], tags: [], owners: [], evidence: [], personas: [], minVotes: 0 };

/**
 * "Assumptions to check": what the room still has to verify (DOMAIN.md: mark
 * what is still an assumption). A note that gives no evidence is unverified
 * too, so it is included.
 */
export const ASSUMPTIONS_TO_CHECK: NoteFilter = { ...NO_FILTER, evidence: ['assumption', 'unstated'] };

export function evidenceChoiceOf(note: Note): EvidenceChoice {
  return note.evidence ?? 'unstated';
}

function ownerOf(note: Note): string {
  return note.owner?.trim() ?? '';
}

/** How many criteria the filter uses (0: it lets every note through). */
export function activeCriteria(filter: NoteFilter): number {
  return (
    Number(filter.laneKinds.length > 0) +
    Number(filter.tags.length > 0) +
    Number(filter.owners.length > 0) +
    Number(filter.evidence.length > 0) +
    Number(filter.personas.length > 0) +
    Number(filter.minVotes > 0)
  );
}

export function isFilterActive(filter: NoteFilter): boolean {
  return activeCriteria(filter) > 0;
}

/** Whether a note (in its lane) matches; built once per filter, called per drawn note. */
export type NoteTest = (note: Note, lane: Lane) => boolean;

/** The filter as a test, with its values in sets; null when the filter lets everything through. */
export function noteTest(filter: NoteFilter): NoteTest | null {
  if (!isFilterActive(filter)) return null;
  const kinds = filter.laneKinds.length > 0 ? new Set<string>(filter.laneKinds) : null;
  const tags = filter.tags.length > 0 ? new Set(filter.tags) : null;
  const owners = filter.owners.length > 0 ? new Set(filter.owners) : null;
  const evidence = filter.evidence.length > 0 ? new Set<string>(filter.evidence) : null;
  const personas = filter.personas.length > 0 ? new Set(filter.personas) : null;
  const minVotes = filter.minVotes;
  return (note, lane) => {
    if (note.hidden) return false;
    if (kinds && !kinds.has(lane.kind)) return false;
    if (tags && !(note.tags ?? []).some((tag) => tags.has(tag))) return false;
    if (owners && !owners.has(ownerOf(note))) return false;
    if (evidence && !evidence.has(evidenceChoiceOf(note))) return false;
    if (personas && !(lane.persona !== undefined && personas.has(lane.persona))) return false;
    if (minVotes > 0 && (note.votes ?? 0) < minVotes) return false;
    return true;
  };
}

/** The same test for a note alone (its lane looked up in the map), e.g. for Find; null when nothing is filtered. */
export function mapNoteTest(map: JourneyMap, test: NoteTest | null): ((note: Note) => boolean) | null {
  if (!test) return null;
  const lanes = new Map(map.lanes.map((lane) => [lane.id, lane]));
  return (note) => {
    const lane = lanes.get(note.lane);
    return lane !== undefined && !lane.hidden && test(note, lane);
  };
}

/** The notes on the board: in a lane that exists and is shown. */
function boardNotes(map: JourneyMap): { note: Note; lane: Lane }[] {
  const lanes = new Map(map.lanes.map((lane) => [lane.id, lane]));
  const out: { note: Note; lane: Lane }[] = [];
  for (const note of map.notes) {
    const lane = lanes.get(note.lane);
    if (lane && !lane.hidden) out.push({ note, lane });
  }
  return out;
}

/** "12 of 86 notes match": the notes on the board that match, and all the notes on the board. */
export function countMatches(map: JourneyMap, filter: NoteFilter): { matching: number; total: number } {
  const notes = boardNotes(map);
  const test = noteTest(filter);
  if (!test) return { matching: notes.length, total: notes.length };
  let matching = 0;
  for (const { note, lane } of notes) if (test(note, lane)) matching++;
  return { matching, total: notes.length };
}

export interface Choice<V> {
  value: V;
  /** How many notes on the board have it (private notes left out: their fields are not shown yet). */
  count: number;
}

/** What the filter can offer for a map: only values that occur, each with its number of notes. */
export interface FilterChoices {
  /** Kinds of the shown lanes, in the order the lanes first use them. */
  laneKinds: Choice<LaneKind>[];
  /** Tags, most used first, then alphabetically. */
  tags: Choice<string>[];
  /** Owners, alphabetically; '' (no owner) last, when some note has none. */
  owners: Choice<string>[];
  evidence: Choice<EvidenceChoice>[];
  /** The map's personas, in the map's order, with how many notes their lanes hold. */
  personas: (Choice<string> & { name: string })[];
  /** The most votes any note has (the votes criterion can go no higher). */
  maxVotes: number;
}

export function filterChoices(map: JourneyMap): FilterChoices {
  const kinds = new Map<LaneKind, number>();
  for (const lane of map.lanes) if (!lane.hidden && !kinds.has(lane.kind)) kinds.set(lane.kind, 0);
  const tags = new Map<string, number>();
  const owners = new Map<string, number>();
  const evidence = new Map<EvidenceChoice, number>(EVIDENCE_CHOICES.map((choice) => [choice, 0]));
  const personas = new Map<string, number>(map.personas.map((p) => [p.id, 0]));
  let maxVotes = 0;
  for (const { note, lane } of boardNotes(map)) {
    kinds.set(lane.kind, (kinds.get(lane.kind) ?? 0) + 1);
    if (lane.persona !== undefined && personas.has(lane.persona)) personas.set(lane.persona, personas.get(lane.persona)! + 1);
    if (note.hidden) continue;
    for (const tag of note.tags ?? []) tags.set(tag, (tags.get(tag) ?? 0) + 1);
    const owner = ownerOf(note);
    owners.set(owner, (owners.get(owner) ?? 0) + 1);
    const level = evidenceChoiceOf(note);
    evidence.set(level, evidence.get(level)! + 1);
    maxVotes = Math.max(maxVotes, note.votes ?? 0);
  }
  const byName = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' });
  const ownerChoices = [...owners].filter(([owner]) => owner !== '').sort(([a], [b]) => byName(a, b));
  // "No owner" is worth offering only beside owners: a map where nobody owns anything has nothing to tell apart.
  if (ownerChoices.length > 0 && owners.has('')) ownerChoices.push(['', owners.get('')!]);
  return {
    laneKinds: [...kinds].map(([value, count]) => ({ value, count })),
    tags: [...tags].sort(([a, m], [b, n]) => n - m || byName(a, b)).map(([value, count]) => ({ value, count })),
    owners: ownerChoices.map(([value, count]) => ({ value, count })),
    evidence: [...evidence].map(([value, count]) => ({ value, count })),
    personas: map.personas.map((p) => ({ value: p.id, name: p.name, count: personas.get(p.id)! })),
    maxVotes,
  };
}

/** The filter with one value of a list criterion switched on or off. */
export function toggleValue<K extends 'laneKinds' | 'tags' | 'owners' | 'evidence' | 'personas'>(filter: NoteFilter, key: K, value: NoteFilter[K][number]): NoteFilter {
  const list = filter[key] as readonly unknown[];
  const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  return { ...filter, [key]: next };
}

/**
 * Reads what was typed as the least number of votes: a whole number from 0
 * to MAX_VOTES ('' is 0, any). Anything else is refused, so the caller can
 * say what is wrong instead of guessing.
 */
export function parseMinVotes(text: string): { ok: true; value: number } | { ok: false } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: 0 };
  if (!/^\d{1,4}$/.test(trimmed)) return { ok: false };
  const value = Number(trimmed);
  return value <= MAX_VOTES ? { ok: true, value } : { ok: false };
}

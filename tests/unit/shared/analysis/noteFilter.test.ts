// The board's filter, on a map crafted so every count can be checked by hand:
// each criterion alone, AND across criteria, OR within one, private notes and
// hidden lanes, the choices offered with their counts, and typed votes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  activeCriteria,
  ASSUMPTIONS_TO_CHECK,
  countMatches,
  filterChoices,
  isFilterActive,
  mapNoteTest,
  NO_FILTER,
  noteTest,
  parseMinVotes,
  toggleValue,
  type NoteFilter,
} from '../../../../shared/analysis/noteFilter';
import { readCjm, type JourneyMap, type Note } from '../../../../shared/format';
import { craftedMap } from '../../../support/craftedMap';

function note(id: string, lane: string, extra: Partial<Note> = {}): Note {
  return { id, lane, stage: 'st-1', text: `note ${id}`, ...extra };
}

const MAP: JourneyMap = craftedMap({
  personas: [
    { id: 'ps-a', name: 'Ayu' },
    { id: 'ps-b', name: 'Bima' },
  ],
  stages: [{ id: 'st-1', title: 'One' }],
  lanes: [
    { id: 'ln-pain', kind: 'pain-points', title: 'Pain' },
    { id: 'ln-opp', kind: 'opportunities', title: 'Opportunities' },
    { id: 'ln-emo-a', kind: 'emotions', title: 'Ayu feels', persona: 'ps-a' },
    { id: 'ln-emo-b', kind: 'emotions', title: 'Bima feels', persona: 'ps-b' },
    { id: 'ln-gone', kind: 'thoughts', title: 'Put away', hidden: true },
  ],
  notes: [
    note('pain-1', 'ln-pain', { tags: ['pricing'], evidence: 'measured', votes: 5 }),
    note('pain-2', 'ln-pain', { tags: ['pricing', 'security'], evidence: 'assumption', votes: 1 }),
    note('pain-3', 'ln-pain', { evidence: 'observed' }),
    note('opp-1', 'ln-opp', { owner: 'Finance', tags: ['pricing'], votes: 3 }),
    note('opp-2', 'ln-opp', { owner: ' Finance ', evidence: 'assumption' }),
    note('opp-3', 'ln-opp', { owner: 'Sales' }),
    note('emo-a', 'ln-emo-a', { evidence: 'observed', tags: ['security'] }),
    note('emo-b', 'ln-emo-b', { votes: 2 }),
    note('private', 'ln-pain', { tags: ['pricing'], evidence: 'measured', votes: 9, hidden: true }),
    note('put-away', 'ln-gone', { tags: ['pricing'] }),
  ],
});

const f = (criteria: Partial<NoteFilter>): NoteFilter => ({ ...NO_FILTER, ...criteria });

/** The ids of the notes on the board the filter lets through. */
function matching(filter: NoteFilter, map: JourneyMap = MAP): string[] {
  const test = mapNoteTest(map, noteTest(filter));
  return map.notes.filter((n) => !map.lanes.find((l) => l.id === n.lane)!.hidden && (test === null || test(n))).map((n) => n.id);
}

describe('the filter test', () => {
  it('lets everything through when nothing is picked (no test at all)', () => {
    expect(noteTest(NO_FILTER)).toBeNull();
    expect(isFilterActive(NO_FILTER)).toBe(false);
    expect(countMatches(MAP, NO_FILTER)).toEqual({ matching: 9, total: 9 });
  });

  it('filters by lane kind', () => {
    expect(matching(f({ laneKinds: ['opportunities'] }))).toEqual(['opp-1', 'opp-2', 'opp-3']);
  });

  it('filters by tag, any of the picked tags (OR within a criterion)', () => {
    expect(matching(f({ tags: ['security'] }))).toEqual(['pain-2', 'emo-a']);
    expect(matching(f({ tags: ['security', 'pricing'] }))).toEqual(['pain-1', 'pain-2', 'opp-1', 'emo-a']);
  });

  it('filters by owner, trimmed, and by "no owner"', () => {
    expect(matching(f({ owners: ['Finance'] }))).toEqual(['opp-1', 'opp-2']);
    expect(matching(f({ owners: [''] }))).toEqual(['pain-1', 'pain-2', 'pain-3', 'emo-a', 'emo-b']);
  });

  it('filters by evidence, with "unstated" for notes that give none', () => {
    expect(matching(f({ evidence: ['measured'] }))).toEqual(['pain-1']);
    expect(matching(f({ evidence: ['unstated'] }))).toEqual(['opp-1', 'opp-3', 'emo-b']);
  });

  it('filters by persona, a note taking its lane’s', () => {
    expect(matching(f({ personas: ['ps-a'] }))).toEqual(['emo-a']);
    expect(matching(f({ personas: ['ps-a', 'ps-b'] }))).toEqual(['emo-a', 'emo-b']);
  });

  it('filters by a least number of votes', () => {
    expect(matching(f({ minVotes: 1 }))).toEqual(['pain-1', 'pain-2', 'opp-1', 'emo-b']);
    expect(matching(f({ minVotes: 3 }))).toEqual(['pain-1', 'opp-1']);
  });

  it('combines criteria with AND', () => {
    const filter = f({ tags: ['pricing'], laneKinds: ['pain-points'], minVotes: 2 });
    expect(activeCriteria(filter)).toBe(3);
    expect(matching(filter)).toEqual(['pain-1']);
    expect(matching(f({ tags: ['security'], evidence: ['assumption', 'observed'], laneKinds: ['emotions'] }))).toEqual(['emo-a']);
    expect(matching(f({ tags: ['security'], personas: ['ps-b'] }))).toEqual([]);
  });

  it('never matches a private note, whatever it holds, and ignores hidden lanes', () => {
    // "private" has the tag, the evidence and the votes, yet it must not give itself away.
    expect(matching(f({ tags: ['pricing'] }))).not.toContain('private');
    expect(matching(f({ evidence: ['measured'], minVotes: 9 }))).toEqual([]);
    expect(countMatches(MAP, f({ tags: ['pricing'] }))).toEqual({ matching: 3, total: 9 });
    // A note of a hidden lane is not on the board: not counted, and Find's test refuses it.
    expect(mapNoteTest(MAP, noteTest(f({ tags: ['pricing'] })))!(MAP.notes.find((n) => n.id === 'put-away')!)).toBe(false);
  });

  it('"assumptions to check" takes assumptions and notes with no evidence, as unverified', () => {
    expect(ASSUMPTIONS_TO_CHECK.evidence).toEqual(['assumption', 'unstated']);
    expect(matching(ASSUMPTIONS_TO_CHECK)).toEqual(['pain-2', 'opp-1', 'opp-2', 'opp-3', 'emo-b']);
  });

  it('toggles one value of a criterion on and off, leaving the others', () => {
    const on = toggleValue(f({ minVotes: 2 }), 'tags', 'pricing');
    expect(on).toEqual(f({ minVotes: 2, tags: ['pricing'] }));
    expect(toggleValue(on, 'tags', 'pricing')).toEqual(f({ minVotes: 2 }));
  });
});

describe('the choices offered', () => {
  it('are the values the board holds, with their counts, private notes left out', () => {
    const choices = filterChoices(MAP);
    expect(choices.laneKinds).toEqual([
      { value: 'pain-points', count: 4 },
      { value: 'opportunities', count: 3 },
      { value: 'emotions', count: 2 },
    ]);
    expect(choices.tags).toEqual([
      { value: 'pricing', count: 3 },
      { value: 'security', count: 2 },
    ]);
    expect(choices.owners).toEqual([
      { value: 'Finance', count: 2 },
      { value: 'Sales', count: 1 },
      { value: '', count: 5 },
    ]);
    expect(choices.evidence).toEqual([
      { value: 'assumption', count: 2 },
      { value: 'observed', count: 2 },
      { value: 'measured', count: 1 },
      { value: 'unstated', count: 3 },
    ]);
    expect(choices.personas).toEqual([
      { value: 'ps-a', name: 'Ayu', count: 1 },
      { value: 'ps-b', name: 'Bima', count: 1 },
    ]);
    expect(choices.maxVotes).toBe(5);
  });

  it('offer no "no owner" when nobody owns anything', () => {
    expect(filterChoices({ ...MAP, notes: MAP.notes.map(({ owner: _o, ...n }) => n) }).owners).toEqual([]);
  });

  it('on the B2B sample, count what the file holds', () => {
    const read = readCjm(readFileSync(join(import.meta.dirname, '../../../../shared/samples/b2b-software-purchase.en.cjm'), 'utf8'));
    if (!read.ok) throw new Error('the sample does not read');
    const map = read.map;
    const choices = filterChoices(map);
    const pricing = map.notes.filter((n) => n.tags?.includes('pricing')).length;
    expect(choices.tags.find((c) => c.value === 'pricing')?.count).toBe(pricing);
    expect(countMatches(map, f({ tags: ['pricing'] }))).toEqual({ matching: pricing, total: map.notes.length });
    const painPoints = map.notes.filter((n) => map.lanes.find((l) => l.id === n.lane)?.kind === 'pain-points').length;
    expect(countMatches(map, f({ laneKinds: ['pain-points'] })).matching).toBe(painPoints);
  });
});

describe('typed votes', () => {
  it('reads a whole number from 0 to 9999, empty as 0', () => {
    expect(parseMinVotes('')).toEqual({ ok: true, value: 0 });
    expect(parseMinVotes(' 3 ')).toEqual({ ok: true, value: 3 });
    expect(parseMinVotes('9999')).toEqual({ ok: true, value: 9999 });
  });

  it('refuses anything else rather than guess', () => {
    for (const text of ['-1', '1.5', 'three', '10000', '1e3', '0x10', '٣']) expect(parseMinVotes(text), text).toEqual({ ok: false });
  });
});

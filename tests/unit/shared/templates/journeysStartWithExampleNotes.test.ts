// The journeys a team starts from (e-KYC, a hotel stay, checkout and
// delivery, a government counter), in both content languages: each makes a
// map the reader accepts as it is, of its map type's lanes, with its own
// stages and example notes that sit in real cells, carry an emotion curve in
// range, say they are examples, and fit their cards.
import { describe, expect, it } from 'vitest';
import { readCjm, writeCjm, type LaneKind } from '../../../../shared/format';
import { layoutBoard } from '../../../../shared/layout/layout';
import { measureText } from '../../../../shared/layout/textMetrics';
import { NOTE_FONT, NOTE_TEXT_WIDTH } from '../../../../shared/layout/geometry';
import { createJourneyMap, JOURNEYS, TEMPLATES } from '../../../../shared/templates';
import { CONTENT_LANGUAGES, EXAMPLE_TAG, JOURNEY_IDS } from '../../../../shared/templates/types';

const NOW = '2026-12-07T09:00:00+07:00';
const cases = JOURNEY_IDS.flatMap((journey) => CONTENT_LANGUAGES.map((locale) => [journey, locale] as const));

/** The lane kinds whose notes a journey must show by example, beyond its emotion curve. */
const EXAMPLE_KINDS: LaneKind[] = ['actions', 'touchpoints', 'thoughts', 'pain-points', 'opportunities', 'metrics'];
const BLUEPRINT_KINDS: LaneKind[] = ['evidence', 'frontstage', 'backstage', 'support'];

describe.each(cases)('a new %s map in %s', (journey, locale) => {
  const template = JOURNEYS[journey];
  const map = createJourneyMap({ journey, locale, now: NOW });
  const laneOf = new Map(map.lanes.map((l) => [l.id, l]));

  it('is read back with no problems and no repairs, byte for byte', () => {
    const text = writeCjm(map);
    const read = readCjm(text);
    expect(read.ok ? read.repairs : read.problems).toEqual([]);
    if (read.ok) expect(writeCjm(read.map)).toBe(text);
  });

  it("has its map type's lanes (ids and kinds), its own 5 to 7 stages, and titles in its language", () => {
    expect(map).toMatchObject({ format: 'cjm', version: 1, type: template.type, locale, title: template.defaultTitle[locale], createdAt: NOW, personas: [] });
    expect(map.lanes.map((l) => [l.id, l.kind])).toEqual(TEMPLATES[template.type].lanes.map((l) => [l.id, l.kind]));
    expect(map.lanes.map((l) => l.title)).toEqual(template.lanes.map((l) => l.title[locale]));
    expect(map.stages.map((s) => s.title)).toEqual(template.stages.map((s) => s.title[locale]));
    expect(map.stages.length).toBeGreaterThanOrEqual(5);
    expect(map.stages.length).toBeLessThanOrEqual(7);
    expect(new Set(map.stages.map((s) => s.id)).size).toBe(map.stages.length);
    expect(map.stages.map((s) => s.title)).not.toEqual(TEMPLATES['current-state'].stages.map((s) => s.title[locale]));
  });

  it('puts every note in a lane and a stage of the map, in the order the template gives them', () => {
    const stageIds = new Set(map.stages.map((s) => s.id));
    expect(map.notes).toHaveLength(template.notes.length);
    map.notes.forEach((note, i) => {
      expect(laneOf.has(note.lane), `${note.text}: lane ${note.lane}`).toBe(true);
      expect(stageIds.has(note.stage), `${note.text}: stage ${note.stage}`).toBe(true);
      expect(note.text).toBe(template.notes[i]!.text[locale]);
    });
    expect(new Set(map.notes.map((n) => n.id)).size).toBe(map.notes.length);
  });

  it('draws an emotion curve across every stage, one value from -2 to 2 per stage, and emotions only there', () => {
    const emotional = map.notes.filter((n) => n.emotion !== undefined);
    for (const note of emotional) {
      expect(laneOf.get(note.lane)!.kind).toBe('emotions');
      expect(Number.isInteger(note.emotion)).toBe(true);
      expect(Math.abs(note.emotion!)).toBeLessThanOrEqual(2);
    }
    expect(emotional.map((n) => n.stage)).toEqual(map.stages.map((s) => s.id));
    // A curve worth reading has its lows and its highs.
    expect(Math.min(...emotional.map((n) => n.emotion!))).toBeLessThan(0);
    expect(Math.max(...emotional.map((n) => n.emotion!))).toBeGreaterThan(0);
  });

  it('gives 2 to 4 examples in each lane kind that matters, and something in every stage', () => {
    const kinds = template.type === 'service-blueprint' ? [...EXAMPLE_KINDS, ...BLUEPRINT_KINDS] : EXAMPLE_KINDS;
    for (const kind of kinds) {
      const count = map.notes.filter((n) => laneOf.get(n.lane)!.kind === kind).length;
      expect(count, `${kind} notes`).toBeGreaterThanOrEqual(2);
      expect(count, `${kind} notes`).toBeLessThanOrEqual(4);
    }
    for (const stage of map.stages) {
      expect(map.notes.filter((n) => n.stage === stage.id && laneOf.get(n.lane)!.kind !== 'emotions').length, stage.title).toBeGreaterThanOrEqual(2);
    }
  });

  it('tags every note as an example, in the map\'s language, and nothing more', () => {
    for (const note of map.notes) {
      expect(note.tags).toEqual([EXAMPLE_TAG[locale]]);
      expect(Object.keys(note).sort()).toEqual(['id', 'lane', 'stage', 'tags', 'text', ...(note.emotion !== undefined ? ['emotion'] : [])].sort());
    }
  });

  it('keeps every note short enough to read on its card: at most four lines, no word cut', () => {
    const layout = layoutBoard(map);
    for (const cell of layout.cells.values()) {
      for (const placement of cell.placements) {
        expect(placement.lines.length, placement.note.text).toBeLessThanOrEqual(4);
        expect(placement.lines.join(' '), placement.note.text).toBe(placement.note.text);
        for (const line of placement.lines) expect(measureText(line, NOTE_FONT), line).toBeLessThanOrEqual(NOTE_TEXT_WIDTH);
      }
    }
  });
});

describe('the journeys', () => {
  it('are four, in the order the start screen lists them', () => {
    expect(Object.keys(JOURNEYS)).toEqual(['ekyc', 'hotel-stay', 'checkout-delivery', 'service-counter']);
    for (const id of JOURNEY_IDS) expect(JOURNEYS[id].id).toBe(id);
  });

  it('a government counter and a hotel stay are service blueprints; e-KYC and checkout are current-state maps', () => {
    expect(JOURNEY_IDS.map((id) => JOURNEYS[id].type)).toEqual(['current-state', 'service-blueprint', 'current-state', 'service-blueprint']);
  });

  it('keep stage, lane and note places the same in both languages, and give each new map its own note ids', () => {
    for (const journey of JOURNEY_IDS) {
      const en = createJourneyMap({ journey, locale: 'en', now: NOW });
      const id = createJourneyMap({ journey, locale: 'id', now: NOW });
      expect(id.stages.map((s) => s.id)).toEqual(en.stages.map((s) => s.id));
      expect(id.notes.map((n) => [n.lane, n.stage, n.emotion])).toEqual(en.notes.map((n) => [n.lane, n.stage, n.emotion]));
      expect(new Set([...en.notes, ...id.notes].map((n) => n.id)).size).toBe(en.notes.length + id.notes.length);
    }
  });

  it('take a title, and refuse one over 200 characters as any new map does', () => {
    expect(createJourneyMap({ journey: 'hotel-stay', locale: 'id', title: 'Hotel Arunika: menginap akhir pekan', now: NOW }).title).toBe('Hotel Arunika: menginap akhir pekan');
    expect(createJourneyMap({ journey: 'hotel-stay', locale: 'en', title: '  ', now: NOW }).title).toBe('Hotel stay: service blueprint');
    expect(() => createJourneyMap({ journey: 'ekyc', locale: 'en', title: 'x'.repeat(201), now: NOW })).toThrow();
  });
});

describe('every text a journey gives in two languages', () => {
  const pairs = JOURNEY_IDS.flatMap((journey) => {
    const t = JOURNEYS[journey];
    return [
      [`${journey} name`, t.name],
      [`${journey} description`, t.description],
      [`${journey} default title`, t.defaultTitle],
      ...t.stages.map((s) => [`${journey} stage ${s.id}`, s.title] as const),
      ...t.lanes.map((l) => [`${journey} lane ${l.id}`, l.title] as const),
      ...t.notes.map((n, i) => [`${journey} note ${i + 1} (${n.lane}, ${n.stage})`, n.text] as const),
    ] as const;
  });

  it.each(pairs)('%s differs between Indonesian and English, and neither is blank', (_, text) => {
    expect(text.en.trim()).not.toBe('');
    expect(text.id.trim()).not.toBe('');
    expect(text.id).not.toBe(text.en);
  });

  it('the Indonesian uses the glossary: tahap, never "tahapan"', () => {
    for (const [, text] of pairs) expect(text.id).not.toMatch(/\btahapan\b/i);
  });
});

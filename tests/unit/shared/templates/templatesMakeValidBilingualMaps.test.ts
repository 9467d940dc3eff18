// The four kinds of map in both content languages: each template makes a
// map the reader accepts as it is, with the stages and lanes DOMAIN.md
// describes, and every Indonesian word is Indonesian, not the English copied.
import { describe, expect, it } from 'vitest';
import { MAP_TYPES, readCjm, writeCjm, type LaneKind } from '../../../../shared/format';
import { createMap, TEMPLATES } from '../../../../shared/templates';

const NOW = '2026-11-23T09:00:00+07:00';
const LOCALES = ['en', 'id'] as const;
const cases = MAP_TYPES.flatMap((type) => LOCALES.map((locale) => [type, locale] as const));

const kinds = (type: (typeof MAP_TYPES)[number]) => TEMPLATES[type].lanes.map((l) => l.kind);

describe.each(cases)('a new %s map in %s', (type, locale) => {
  const map = createMap({ type, locale, now: NOW });

  it('is read back with no problems and no repairs, byte for byte', () => {
    const text = writeCjm(map);
    const read = readCjm(text);
    expect(read.ok ? read.repairs : read.problems).toEqual([]);
    if (read.ok) expect(writeCjm(read.map)).toBe(text);
  });

  it('has its type, language, a fresh id, the default title and the given time', () => {
    expect(map).toMatchObject({ format: 'cjm', version: 1, type, locale, createdAt: NOW, updatedAt: NOW });
    expect(map.title).toBe(TEMPLATES[type].defaultTitle[locale]);
    expect(map.id).toMatch(/^[A-Za-z0-9_-]{12}$/);
    expect(createMap({ type, locale, now: NOW }).id).not.toBe(map.id);
    expect(map).toMatchObject({ personas: [], notes: [] });
  });

  it('has stages and lanes with unique ids, titles in its language', () => {
    const template = TEMPLATES[type];
    expect(map.stages.map((s) => s.title)).toEqual(template.stages.map((s) => s.title[locale]));
    expect(map.lanes.map((l) => l.title)).toEqual(template.lanes.map((l) => l.title[locale]));
    expect(new Set(map.stages.map((s) => s.id)).size).toBe(map.stages.length);
    expect(new Set(map.lanes.map((l) => l.id)).size).toBe(map.lanes.length);
  });
});

describe('template options', () => {
  it('takes a title and an id, and falls back to the default for a blank title', () => {
    const named = createMap({ type: 'future-state', locale: 'id', title: 'Onboarding SaaS 2027', now: NOW, id: 'peta-1' });
    expect([named.title, named.id]).toEqual(['Onboarding SaaS 2027', 'peta-1']);
    expect(createMap({ type: 'future-state', locale: 'id', title: '   ', now: NOW }).title).toBe('Peta perjalanan kondisi masa depan');
  });

  it('keeps stage and lane ids the same in both languages, so maps of one type compare', () => {
    for (const type of MAP_TYPES) {
      const en = createMap({ type, locale: 'en', now: NOW });
      const id = createMap({ type, locale: 'id', now: NOW });
      expect(id.stages.map((s) => s.id)).toEqual(en.stages.map((s) => s.id));
      expect(id.lanes.map((l) => [l.id, l.kind])).toEqual(en.lanes.map((l) => [l.id, l.kind]));
    }
  });
});

describe('the current-state map (DOMAIN.md)', () => {
  it('runs Awareness, Consideration, Purchase, Retention, Advocacy', () => {
    expect(createMap({ type: 'current-state', locale: 'en', now: NOW }).stages.map((s) => s.title)).toEqual([
      'Awareness',
      'Consideration',
      'Purchase',
      'Retention',
      'Advocacy',
    ]);
  });

  it('runs Kesadaran, Pertimbangan, Pembelian, Retensi, Advokasi in Indonesian', () => {
    expect(createMap({ type: 'current-state', locale: 'id', now: NOW }).stages.map((s) => s.title)).toEqual([
      'Kesadaran',
      'Pertimbangan',
      'Pembelian',
      'Retensi',
      'Advokasi',
    ]);
  });

  it('has the lanes actions, touchpoints, thoughts, emotions, pain points, opportunities, metrics', () => {
    expect(kinds('current-state')).toEqual<LaneKind[]>(['actions', 'touchpoints', 'thoughts', 'emotions', 'pain-points', 'opportunities', 'metrics']);
  });

  it('calls its rows by the words a facilitator uses', () => {
    const titles = (locale: 'en' | 'id') => createMap({ type: 'current-state', locale, now: NOW }).lanes.map((l) => l.title);
    expect(titles('en')).toEqual(['Actions', 'Touchpoints & channels', 'Thoughts', 'Emotions', 'Pain points', 'Opportunities', 'Metrics']);
    expect(titles('id')).toEqual(['Aktivitas', 'Titik kontak & saluran', 'Pikiran', 'Emosi', 'Poin hambatan', 'Peluang', 'Metrik']);
  });
});

describe('the service blueprint', () => {
  const blueprint = kinds('service-blueprint');

  it('adds evidence, frontstage, backstage and support to the current-state lanes', () => {
    const added = blueprint.filter((k) => !kinds('current-state').includes(k));
    expect(added.sort()).toEqual(['backstage', 'evidence', 'frontstage', 'support']);
    for (const kind of kinds('current-state')) expect(blueprint).toContain(kind);
  });

  it('puts frontstage before backstage before support, so the blueprint lines fall between them', () => {
    const at = (kind: LaneKind) => blueprint.indexOf(kind);
    expect(at('frontstage')).toBeLessThan(at('backstage'));
    expect(at('backstage')).toBeLessThan(at('support'));
    expect(at('backstage') - at('frontstage')).toBe(1);
    expect(at('support') - at('backstage')).toBe(1);
  });

  it('follows the customer through Usage (Penggunaan) between Purchase and Retention', () => {
    const stages = createMap({ type: 'service-blueprint', locale: 'id', now: NOW }).stages.map((s) => s.title);
    expect(stages).toEqual(['Kesadaran', 'Pertimbangan', 'Pembelian', 'Penggunaan', 'Retensi', 'Advokasi']);
  });
});

describe('the future-state and day-in-the-life maps', () => {
  it('future state keeps the current-state rows, renamed as targets', () => {
    expect(kinds('future-state')).toEqual(kinds('current-state'));
    expect(createMap({ type: 'future-state', locale: 'en', now: NOW }).lanes.map((l) => l.title)).toContain('Target emotions');
  });

  it('day in the life follows the hours of a day and has a mood curve', () => {
    const map = createMap({ type: 'day-in-the-life', locale: 'en', now: NOW });
    expect(map.stages.map((s) => s.title)).toContain('Lunch break');
    expect(kinds('day-in-the-life')).toContain('emotions');
  });
});

describe('every text a template gives in two languages', () => {
  const pairs = MAP_TYPES.flatMap((type) => {
    const t = TEMPLATES[type];
    return [
      [`${type} name`, t.name],
      [`${type} description`, t.description],
      [`${type} default title`, t.defaultTitle],
      ...t.stages.map((s) => [`${type} stage ${s.id}`, s.title] as const),
      ...t.lanes.map((l) => [`${type} lane ${l.id}`, l.title] as const),
    ] as const;
  });

  it.each(pairs)('%s differs between Indonesian and English, and neither is blank', (_, text) => {
    expect(text.en.trim()).not.toBe('');
    expect(text.id.trim()).not.toBe('');
    expect(text.id).not.toBe(text.en);
  });
});

// Valid files open as they are: no problem, no repair, every key kept. The
// fixtures are in tests/fixtures/format/valid; boundary cases (exactly at a
// limit) are made here, since a file at a limit would be large.
import { describe, expect, it } from 'vitest';
import { readCjm } from '../../../../shared/format';
import {
  ASSET_FIELDS,
  LANE_FIELDS,
  MAP_FIELDS,
  METRIC_FIELDS,
  NOTE_FIELDS,
  PERSONA_FIELDS,
  STAGE_FIELDS,
  type FieldSpec,
} from '../../../../shared/format/schema';
import { expectOpened, IMAGES, minimalMap, nested, note, readFixture, text } from './helpers';

const opensCleanly = (input: Uint8Array | string) => {
  const { map, repairs } = expectOpened(readCjm(input));
  expect(repairs).toEqual([]);
  return map;
};

describe('valid files open with no repairs', () => {
  it('opens the minimal map: one stage, one lane, nothing else', () => {
    const { map, repairs } = expectOpened(readFixture('valid/minimal.cjm'));
    expect(repairs).toEqual([]);
    expect(map).toEqual({
      format: 'cjm',
      version: 1,
      id: 'map-min',
      title: 'A',
      type: 'current-state',
      locale: 'en',
      createdAt: '2026-01-05T09:00:00Z',
      updatedAt: '2026-01-05T09:00:00Z',
      personas: [],
      stages: [{ id: 's', title: 'S' }],
      lanes: [{ id: 'l', kind: 'text', title: 'L' }],
      notes: [],
    });
  });

  it('opens the full map, which uses every key docs/format.md defines for every entity', () => {
    const { map, repairs } = expectOpened(readFixture('valid/full.cjm'));
    expect(repairs).toEqual([]);
    const used = (items: object[], fields: readonly FieldSpec[]) =>
      fields.filter((f) => items.some((item) => Object.hasOwn(item, f.key))).map((f) => f.key);
    const all = (fields: readonly FieldSpec[]) => fields.map((f) => f.key);
    const assets = Object.values(map.assets ?? {});
    const metrics = map.notes.flatMap((n) => (n.metric ? [n.metric] : []));
    expect(used([map], MAP_FIELDS)).toEqual(all(MAP_FIELDS));
    expect(used(map.personas, PERSONA_FIELDS)).toEqual(all(PERSONA_FIELDS));
    expect(used(map.stages, STAGE_FIELDS)).toEqual(all(STAGE_FIELDS));
    expect(used(map.lanes, LANE_FIELDS)).toEqual(all(LANE_FIELDS));
    expect(used(map.notes, NOTE_FIELDS)).toEqual(all(NOTE_FIELDS));
    expect(used(metrics, METRIC_FIELDS)).toEqual(all(METRIC_FIELDS));
    expect(used(assets, ASSET_FIELDS)).toEqual(all(ASSET_FIELDS));
  });

  it('keeps the full map’s values exactly, references resolved', () => {
    const { map } = expectOpened(readFixture('valid/full.cjm'));
    expect(map.primaryPersona).toBe('p-rina');
    expect(map.reviewBy).toBe('2027-03-31');
    expect(map.personas[0]).toMatchObject({ photo: 'img-rina', age: 34, channels: ['App', 'WhatsApp'] });
    expect(map.personas[1]).toEqual({ id: 'p-budi', name: 'Budi', age: 0 });
    expect(map.lanes[3]).toEqual({
      id: 'ln-feel-rina',
      kind: 'emotions',
      title: "Rina's feelings",
      color: '#000000',
      hidden: true,
      persona: 'p-rina',
      locked: true,
    });
    expect(map.notes[0]).toMatchObject({ emotion: 0, votes: 9999, tags: ['booking', 'app'], image: 'img-screen', hidden: true });
    expect(map.notes[1]!.text).toBe('Waits 40 minutes 😩');
    expect(map.notes[2]!.metric).toEqual({ name: 'Waiting time', value: 40.5, unit: 'min' });
    expect(Object.keys(map.assets!).sort()).toEqual(['img-form', 'img-rina', 'img-screen']);
  });

  it('keeps what a note was made from, whether that note is still on the map or not', () => {
    const { map, repairs } = expectOpened(readFixture('valid/made-from.cjm'));
    expect(repairs).toEqual([]);
    const [source, made, orphan] = map.notes;
    expect(made!.madeFrom).toEqual({ note: source!.id, votes: 7 });
    expect(made!.votes).toBeUndefined();
    // A record, not a reference: the note it names was deleted since, and nothing is repaired.
    expect(map.notes.some((n) => n.id === orphan!.madeFrom!.note)).toBe(false);
    expect(orphan!.madeFrom).toEqual({ note: 'nt-deleted-since', votes: 4, 'x-round': '2026-12-07 morning' });
    expect(orphan!.votes).toBe(2);
  });

  it('keeps who wrote a note, and a note written at the laptop has no author', () => {
    const { map, repairs } = expectOpened(readFixture('valid/authors.cjm'));
    expect(repairs).toEqual([]);
    expect(map.notes.map((n) => n.author)).toEqual(['Dewi Lestari', undefined, 'José 🌱']);
    expect(Object.hasOwn(map.notes[1]!, 'author')).toBe(false);
  });

  it('carries real PNG, JPEG and WebP images whose bytes are what their mime says', () => {
    const { map } = expectOpened(readFixture('valid/full.cjm'));
    const bytes = (id: string) => new Uint8Array(Buffer.from(map.assets![id]!.data, 'base64'));
    const png = bytes('img-screen');
    expect(map.assets!['img-screen']!.mime).toBe('image/png');
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(Buffer.from(png.subarray(12, 16)).toString('latin1')).toBe('IHDR');
    const jpeg = bytes('img-rina');
    expect(map.assets!['img-rina']!.mime).toBe('image/jpeg');
    expect([...jpeg.subarray(0, 3), ...jpeg.subarray(-2)]).toEqual([0xff, 0xd8, 0xff, 0xff, 0xd9]);
    const webp = bytes('img-form');
    expect(map.assets!['img-form']!.mime).toBe('image/webp');
    expect(Buffer.from(webp.subarray(0, 4)).toString('latin1') + Buffer.from(webp.subarray(8, 12)).toString('latin1')).toBe('RIFFWEBP');
    expect(new DataView(webp.buffer, webp.byteOffset).getUint32(4, true)).toBe(webp.length - 8);
  });

  it('keeps x- extensions at every level, whatever JSON they hold, uninterpreted', () => {
    const { map, repairs } = expectOpened(readFixture('valid/extensions.cjm'));
    expect(repairs).toEqual([]);
    expect(map['x-tool']).toEqual({ name: 'spreadsheet macro', version: [1, 2] });
    expect(map['x-empty']).toEqual({});
    expect(map.personas[0]!['x-pronouns']).toBe('she/her');
    expect(map.stages[0]!['x-sla']).toEqual({ minutes: 5, strict: true });
    expect(map.lanes[0]!['x-source']).toBeNull();
    expect(map.notes[0]!['x-thread']).toEqual([{ by: 'Dewi', text: 'Check this' }, 1, 'two', false, null]);
    expect(map.notes[0]!.metric!['x-target']).toBe(2);
    expect(map.assets!.a1!['x-credit']).toBe('Photo by Ana');
  });

  it('allows an extension nested 64 levels deep, at the top and in a note', () => {
    const { map, repairs } = expectOpened(readFixture('valid/extension-64-deep.cjm'));
    expect(repairs).toEqual([]);
    expect(map['x-deep']).toEqual(nested(64, 'bottom'));
    expect(map.notes[0]!['x-deep']).toEqual(nested(64, 1));
  });

  it('reads text as well as bytes, with or without a byte-order mark', () => {
    const canonical = readFixture('valid/minimal.cjm');
    const asText = minimalMap();
    expect(readCjm(text(asText))).toEqual(canonical);
    expect(readCjm(`\uFEFF${text(asText)}`)).toEqual(canonical);
    expect(readCjm(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text(asText))]))).toEqual(canonical);
  });
});

describe('values exactly at a limit are valid', () => {
  it('title of 200 characters after trimming spaces; texts counted in characters, not UTF-16 units', () => {
    const map = minimalMap();
    map.title = `  ${'T'.repeat(200)}  `;
    map.notes = [note('n1', { text: '😩'.repeat(10_000) }), note('n2', { text: 'é'.repeat(10_000) })];
    map.stages[0]!.title = '👩🏽‍🦱'.repeat(25);
    const read = opensCleanly(text(map));
    expect(read.title).toBe(map.title);
  });

  it('list sizes: 100 stages, 50 lanes, 20 personas, 100,000 notes', () => {
    const map = minimalMap();
    map.stages = Array.from({ length: 100 }, (_, i) => ({ id: i === 0 ? 's' : `s${i}`, title: `Stage ${i}` }));
    map.lanes = Array.from({ length: 50 }, (_, i) => ({ id: i === 0 ? 'l' : `l${i}`, kind: 'text', title: `Lane ${i}` }));
    map.personas = Array.from({ length: 20 }, (_, i) => ({ id: `p${i}`, name: `Persona ${i}` }));
    map.notes = Array.from({ length: 100_000 }, (_, i) => note(`n${i}`));
    const read = opensCleanly(text(map));
    expect([read.stages.length, read.lanes.length, read.personas.length, read.notes.length]).toEqual([100, 50, 20, 100_000]);
  });

  it('numbers at their ends: emotion -2 and 2, votes 0 and 9,999, age 0 and 150, any finite metric', () => {
    const map = minimalMap();
    map.personas = [
      { id: 'p0', name: 'Baby', age: 0 },
      { id: 'p1', name: 'Elder', age: 150 },
    ];
    map.notes = [
      note('a', { emotion: -2, votes: 9999, metric: { name: 'm', value: -1.7976931348623157e308 } }),
      note('b', { emotion: 2, votes: 0, metric: { name: 'm', value: 5e-324, unit: 'x'.repeat(16) } }),
    ];
    opensCleanly(text(map));
  });

  it('tags: 20 distinct tags of 1 to 40 characters; ids of 64 characters', () => {
    const map = minimalMap();
    map.id = 'A'.repeat(64);
    map.notes = [note('Za_-09', { tags: Array.from({ length: 20 }, (_, i) => (i === 0 ? 'x' : `${i}`.padStart(40, 't'))) })];
    opensCleanly(text(map));
  });

  it('dates and timestamps that exist: leap days, RFC 3339 offsets, fractions and leap seconds', () => {
    const map = minimalMap();
    map.reviewBy = '2028-02-29';
    map.createdAt = '2000-02-29t23:59:60.5z';
    map.updatedAt = '2026-11-23T09:12:00.123456+07:00';
    map.notes = [note('n', { due: '2400-02-29' })];
    opensCleanly(text(map));
  });

  it('language tags such as "id", "en-GB" and "zh-Hant-TW"; map types and every lane kind', () => {
    const kinds = ['actions', 'touchpoints', 'thoughts', 'emotions', 'pain-points', 'opportunities', 'frontstage', 'backstage', 'support', 'evidence', 'metrics', 'text'];
    for (const [locale, type] of [['id', 'future-state'], ['en-GB', 'day-in-the-life'], ['zh-Hant-TW', 'service-blueprint']] as const) {
      const map = minimalMap();
      map.locale = locale;
      map.type = type;
      map.lanes = kinds.map((kind, i) => ({ id: i === 0 ? 'l' : kind, kind, title: kind }));
      expect(opensCleanly(text(map)).lanes.map((l) => l.kind)).toEqual(kinds);
    }
  });

  it('an image of exactly 20 MiB decoded', () => {
    const map = minimalMap();
    const header = IMAGES.png.slice(0, 24);
    // 20 MiB = 3 × 6,990,506 + 2 bytes: 6,990,507 groups of four, the last ending in one "=".
    const length = 6_990_507 * 4;
    map.assets = { big: { mime: 'image/png', data: `${header}${'A'.repeat(length - header.length - 1)}=` } };
    opensCleanly(text(map));
  });
});

// Fatal problems inside a map: a missing required key, a wrong type, a bad id,
// a text too long or too short, a colour, date, timestamp or language tag that
// is not one. Each is reported at its JSON path, saying what was expected and
// what was found.
import { describe, expect, it } from 'vitest';
import { readCjm } from '../../../../shared/format';
import { expectOpened, expectRefused, lines, minimalMap, note, readFixture, refusalOf, text } from './helpers';

const refused = (name: string, language: 'en' | 'id' = 'en') => lines(expectRefused(readFixture(`fatal/${name}`)), language);

const ID = 'an id (1 to 64 letters, digits, "-" or "_")';
const MISSING = 'found nothing (the key is missing)';
const KINDS = '"actions", "touchpoints", "thoughts", "emotions", "pain-points", "opportunities", "frontstage", "backstage", "support", "evidence", "metrics", "text"';
const TIMESTAMP = 'a date and time such as "2026-11-23T09:12:00+07:00"';

describe('every required key of every entity', () => {
  it('of the map (after "format", which says whether this is a map at all)', () => {
    expect(refused('missing-keys-top.cjm')).toEqual([
      `version: expected the integer 1, ${MISSING}`,
      `id: expected ${ID}, ${MISSING}`,
      `title: expected a text of 1 to 200 characters, not counting spaces at either end, ${MISSING}`,
      `type: expected one of "current-state", "future-state", "day-in-the-life", "service-blueprint", ${MISSING}`,
      `locale: expected a language tag such as "en" or "id", ${MISSING}`,
      `createdAt: expected ${TIMESTAMP}, ${MISSING}`,
      `updatedAt: expected ${TIMESTAMP}, ${MISSING}`,
      `personas: expected a list of at most 20 items, ${MISSING}`,
      `stages: expected a list of 1 to 100 items, ${MISSING}`,
      `lanes: expected a list of 1 to 50 items, ${MISSING}`,
      `notes: expected a list of at most 100,000 items, ${MISSING}`,
    ]);
    expect(refused('missing-keys-top.cjm', 'id')[0]).toBe('version: seharusnya bilangan bulat 1, tetapi isinya tidak ada (kuncinya tidak ditemukan)');
  });

  it.each([
    ['persona', 'missing-keys-persona.cjm', [`personas[0].id: expected ${ID}, ${MISSING}`, `personas[0].name: expected a text of 1 to 100 characters, ${MISSING}`]],
    ['stage', 'missing-keys-stage.cjm', [`stages[0].id: expected ${ID}, ${MISSING}`, `stages[0].title: expected a text of 1 to 100 characters, ${MISSING}`]],
    [
      'lane',
      'missing-keys-lane.cjm',
      [`lanes[0].id: expected ${ID}, ${MISSING}`, `lanes[0].kind: expected one of ${KINDS}, ${MISSING}`, `lanes[0].title: expected a text of 1 to 100 characters, ${MISSING}`],
    ],
    [
      'note',
      'missing-keys-note.cjm',
      [
        `notes[0].id: expected ${ID}, ${MISSING}`,
        `notes[0].lane: expected ${ID}, ${MISSING}`,
        `notes[0].stage: expected ${ID}, ${MISSING}`,
        `notes[0].text: expected a text of at most 10,000 characters, ${MISSING}`,
      ],
    ],
    ['metric', 'missing-keys-metric.cjm', [`notes[0].metric.name: expected a text of 1 to 100 characters, ${MISSING}`, `notes[0].metric.value: expected a finite number, ${MISSING}`]],
    [
      'asset',
      'missing-keys-asset.cjm',
      [
        `assets["img-1"].mime: expected one of "image/png", "image/jpeg", "image/webp", ${MISSING}`,
        `assets["img-1"].data: expected standard base64 (A–Z, a–z, 0–9, "+" and "/", "=" only at the end, no line breaks), ${MISSING}`,
      ],
    ],
  ])('of a %s', (_entity, name, expected) => {
    expect(refused(name)).toEqual(expected);
  });

  it('an item of a list that is not an object', () => {
    const map = minimalMap();
    map.notes = ['n1' as never, null as never];
    expect(refusalOf(text(map))).toEqual(['notes[0]: expected an object ({ … }), found "n1"', 'notes[1]: expected an object ({ … }), found null']);
  });
});

describe('a value of the wrong type, or not one of the allowed values', () => {
  it('is reported for each key, at every level, all in one read', () => {
    expect(refused('wrong-types.cjm')).toEqual([
      'title: expected a text of 1 to 200 characters, not counting spaces at either end, found 42',
      'reviewBy: expected a date such as "2027-03-31" or null, found 20270331',
      'personas: expected a list of at most 20 items, found an object',
      'stages[0].color: expected a colour such as "#2F6FDE", found null',
      'lanes[0].hidden: expected true or false, found "yes"',
      'lanes[0].locked: expected true or false, found "no"',
      `lanes[1].kind: expected one of ${KINDS}, found 7`,
      'notes[0].text: expected a text of at most 10,000 characters, found null',
      'notes[0].votes: expected an integer from 0 to 9,999, found "3"',
      'notes[0].tags: expected a list of at most 20 different tags of 1 to 40 characters each, found "booking"',
      'notes[0].due: expected a date such as "2027-03-31", found true',
      'notes[0].metric: expected an object ({ … }), found a list of 1 item',
      'notes[0].hidden: expected true or false, found 0',
      'notes[1].emotion: expected an integer from -2 to 2, found 1.5',
      'assets: expected an object ({ … }), found an empty list',
    ]);
  });

  it('values outside their range or list: type, age, a persona list item, votes, evidence, priority', () => {
    expect(refused('wrong-values.cjm')).toEqual([
      'type: expected one of "current-state", "future-state", "day-in-the-life", "service-blueprint", found "current"',
      'personas[0].age: expected an integer from 0 to 150, found 151',
      'personas[0].goals[1]: expected a text of at most 500 characters, found 5',
      'notes[0].votes: expected an integer from 0 to 9,999, found 10000',
      'notes[0].evidence: expected one of "assumption", "observed", "measured", found "anecdote"',
      'notes[0].priority: expected one of "low", "medium", "high", found "urgent"',
    ]);
  });

  it('who wrote a note: a name of 1 to 40 characters, not a person object, not blank, not a number', () => {
    const NAME = 'expected a text of 1 to 40 characters, not counting spaces at either end';
    expect(refused('author-bad.cjm')).toEqual([
      `notes[0].author: ${NAME}, found an object`,
      `notes[1].author: ${NAME}, found ""`,
      `notes[2].author: ${NAME}, found "   "`,
      `notes[3].author: ${NAME}, found a text of 41 characters`,
      `notes[4].author: ${NAME}, found 7`,
    ]);
  });

  it('what a note was made from: an object holding a note\'s id and a count of votes', () => {
    expect(refused('made-from-bad.cjm')).toEqual([
      `notes[0].madeFrom.note: expected ${ID}, ${MISSING}`,
      `notes[0].madeFrom.votes: expected an integer from 0 to 9,999, ${MISSING}`,
      `notes[1].madeFrom.note: expected ${ID}, found "n 1"`,
      'notes[1].madeFrom.votes: expected an integer from 0 to 9,999, found 10000',
      'notes[2].madeFrom: expected an object ({ … }), found "n1"',
      'notes[3].madeFrom.votes: expected an integer from 0 to 9,999, found -1',
    ]);
  });

  it('a reference that is not an id: primaryPersona (which may be null), lane.persona, photo, image', () => {
    const map = minimalMap();
    map.primaryPersona = 'p 1';
    map.personas = [{ id: 'p', name: 'P', photo: 3 }];
    map.lanes[0] = { ...map.lanes[0], persona: '' };
    map.notes = [note('n', { image: 'a/b' })];
    expect(refusalOf(text(map))).toEqual([
      `personas[0].photo: expected ${ID}, found 3`,
      `primaryPersona: expected ${ID} or null, found "p 1"`,
      `lanes[0].persona: expected ${ID}, found ""`,
      `notes[0].image: expected ${ID}, found "a/b"`,
    ]);
  });
});

describe('ids', () => {
  it('longer than 64 characters', () => {
    expect(refused('id-too-long.cjm')).toEqual([`id: expected ${ID}, found a text of 65 characters`]);
    expect(refused('id-too-long.cjm', 'id')).toEqual(['id: seharusnya sebuah id (1–64 huruf, angka, "-" atau "_"), tetapi isinya teks sepanjang 65 karakter']);
  });

  it('with characters other than letters, digits, "-" and "_"', () => {
    expect(refused('id-bad-characters.cjm')).toEqual([`stages[1].id: expected ${ID}, found "étape"`, `notes[0].id: expected ${ID}, found "note 1"`]);
  });

  it('empty', () => {
    expect(refused('id-empty.cjm')).toEqual([`lanes[0].id: expected ${ID}, found ""`]);
  });

  it('an asset id that is not an id', () => {
    const map = minimalMap();
    map.assets = { 'my photo.png': { mime: 'image/png', data: 'iVBORw0KGgoAAAANSUhEUgAAAAE=' } };
    expect(refusalOf(text(map))).toEqual([`assets["my photo.png"]: expected ${ID}, found "my photo.png"`]);
  });
});

describe('texts', () => {
  it('a title over 200 characters', () => {
    expect(refused('title-too-long.cjm')).toEqual([
      'title: expected a text of 1 to 200 characters, not counting spaces at either end, found a text of 201 characters',
    ]);
  });

  it('a title of spaces only', () => {
    expect(refused('title-whitespace.cjm')).toEqual(['title: expected a text of 1 to 200 characters, not counting spaces at either end, found "   \\t "']);
    expect(refused('title-whitespace.cjm', 'id')).toEqual([
      'title: seharusnya teks 1 sampai 200 karakter, tanpa menghitung spasi di awal dan akhir, tetapi isinya "   \\t "',
    ]);
  });

  it('a note text over 10,000 characters', () => {
    const map = minimalMap();
    map.notes = [note('n', { text: 'x'.repeat(10_001) })];
    expect(refusalOf(text(map))).toEqual(['notes[0].text: expected a text of at most 10,000 characters, found a text of 10,001 characters']);
  });

  it.each([
    ['goal', 2000],
    ['scenario', 5000],
  ])('a %s over %i characters', (key, max) => {
    const map = minimalMap();
    map[key] = 'g'.repeat(max + 1);
    const n = (x: number) => x.toLocaleString('en-GB');
    expect(refusalOf(text(map))).toEqual([`${key}: expected a text of at most ${n(max)} characters, found a text of ${n(max + 1)} characters`]);
  });

  it('the other limits: persona texts and lists, stage, lane and metric texts, source, owner, asset name', () => {
    const map = minimalMap();
    const long = (n: number) => 'x'.repeat(n + 1);
    map.personas = [{ id: 'p', name: long(100), role: long(200), bio: long(2000), quote: long(500), channels: Array(51).fill('c'), goals: [long(500)] }];
    map.stages[0]!.title = '';
    map.lanes[0]!.title = long(100);
    map.notes = [note('n', { source: long(500), owner: long(100), metric: { name: '', value: 1, unit: long(16) } })];
    map.assets = { a: { mime: 'image/png', data: 'iVBORw0KGgoAAAANSUhEUgAAAAE=', name: long(200) } };
    expect(refusalOf(text(map))).toEqual([
      'personas[0].name: expected a text of 1 to 100 characters, found a text of 101 characters',
      'personas[0].role: expected a text of at most 200 characters, found a text of 201 characters',
      'personas[0].bio: expected a text of at most 2,000 characters, found a text of 2,001 characters',
      'personas[0].goals[0]: expected a text of at most 500 characters, found a text of 501 characters',
      'personas[0].channels: expected a list of at most 50 texts of up to 500 characters each, found a list of 51 items',
      'personas[0].quote: expected a text of at most 500 characters, found a text of 501 characters',
      'stages[0].title: expected a text of 1 to 100 characters, found ""',
      'lanes[0].title: expected a text of 1 to 100 characters, found a text of 101 characters',
      'notes[0].source: expected a text of at most 500 characters, found a text of 501 characters',
      'notes[0].owner: expected a text of at most 100 characters, found a text of 101 characters',
      'notes[0].metric.name: expected a text of 1 to 100 characters, found ""',
      'notes[0].metric.unit: expected a text of at most 16 characters, found "xxxxxxxxxxxxxxxxx"',
      'assets.a.name: expected a text of at most 200 characters, found a text of 201 characters',
    ]);
  });
});

describe('colours, dates, timestamps and language tags', () => {
  it('a colour that is not #RRGGBB', () => {
    expect(refused('bad-color.cjm')).toEqual([
      'stages[0].color: expected a colour such as "#2F6FDE", found "blue"',
      'lanes[0].color: expected a colour such as "#2F6FDE", found "#FFF"',
      'notes[0].color: expected a colour such as "#2F6FDE", found "#GG0000"',
    ]);
  });

  it('a date that does not exist (30 February) or is not YYYY-MM-DD', () => {
    expect(refused('bad-date.cjm')).toEqual([
      'reviewBy: expected a date such as "2027-03-31" or null, found "2027-02-30"',
      'notes[0].due: expected a date such as "2027-03-31", found "31/03/2027"',
    ]);
    expect(refused('bad-date.cjm', 'id')[0]).toBe('reviewBy: seharusnya tanggal seperti "2027-03-31" atau null, tetapi isinya "2027-02-30"');
  });

  it.each(['2027-02-29', '1900-02-29', '2027-04-31', '2027-00-10', '2027-1-05', '20270105'])('the date %s', (date) => {
    const map = minimalMap();
    map.notes = [note('n', { due: date })];
    expect(refusalOf(text(map))).toEqual([`notes[0].due: expected a date such as "2027-03-31", found "${date}"`]);
  });

  it('a timestamp that is not RFC 3339', () => {
    expect(refused('bad-timestamp.cjm')).toEqual([
      `createdAt: expected ${TIMESTAMP}, found "2026-01-05 09:00"`,
      `updatedAt: expected ${TIMESTAMP}, found "2026-13-01T00:00:00Z"`,
    ]);
  });

  it.each(['2026-01-05T09:00:00', '2026-01-05T24:00:00Z', '2026-01-05T09:60:00Z', '2026-01-05T09:00:00+7:00', '2026-01-05T09:00:00+24:00', '2026-02-30T09:00:00Z'])(
    'the timestamp %s',
    (timestamp) => {
      const map = minimalMap();
      map.createdAt = timestamp;
      expect(refusalOf(text(map))).toEqual([`createdAt: expected ${TIMESTAMP}, found "${timestamp}"`]);
    },
  );

  it('a locale that is not a BCP 47 language tag', () => {
    expect(refused('bad-locale.cjm')).toEqual(['locale: expected a language tag such as "en" or "id", found "english please"']);
    for (const locale of ['en_US', '', 'e', 'en-']) {
      const map = minimalMap();
      map.locale = locale;
      expect(refusalOf(text(map))).toEqual([`locale: expected a language tag such as "en" or "id", found "${locale}"`]);
    }
  });

  it('updatedAt before createdAt, compared as instants across time zones', () => {
    expect(refused('updated-before-created.cjm')).toEqual(['updatedAt: updatedAt (2026-01-06T03:29:59Z) is before createdAt (2026-01-06T10:30:00+07:00)']);
    expect(refused('updated-before-created.cjm', 'id')).toEqual([
      'updatedAt: updatedAt (2026-01-06T03:29:59Z) lebih awal daripada createdAt (2026-01-06T10:30:00+07:00)',
    ]);
    const map = minimalMap();
    map.createdAt = '2026-01-06T10:30:00+07:00';
    map.updatedAt = '2026-01-06T03:30:00Z';
    // The same instant written in two zones is not "before": the map opens.
    expect(expectOpened(readCjm(text(map))).repairs).toEqual([]);
  });
});

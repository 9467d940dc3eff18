// Fatal problems of size and shape: list limits, tags, images, extensions
// nested too deep, a key given twice, numbers JSON cannot hold, and no room
// left for a "Recovered" lane or stage. And: a file with several problems
// has every one reported.
import { describe, expect, it } from 'vitest';
import { readCjm } from '../../../../shared/format';
import { expectRefused, IMAGES, lines, minimalMap, nested, note, readFixture, refusalOf, text } from './helpers';

const refused = (name: string, language: 'en' | 'id' = 'en') => lines(expectRefused(readFixture(`fatal/${name}`)), language);
const BASE64 = 'standard base64 (A–Z, a–z, 0–9, "+" and "/", "=" only at the end, no line breaks)';

describe('list limits', () => {
  it.each([
    ['no-stages.cjm', 'stages: expected a list of 1 to 100 items, found an empty list'],
    ['too-many-stages.cjm', 'stages: expected a list of 1 to 100 items, found a list of 101 items'],
    ['too-many-lanes.cjm', 'lanes: expected a list of 1 to 50 items, found a list of 51 items'],
    ['too-many-personas.cjm', 'personas: expected a list of at most 20 items, found a list of 21 items'],
  ])('%s', (name, line) => {
    expect(refused(name)).toEqual([line]);
  });

  it('no lanes', () => {
    const map = minimalMap();
    map.lanes = [];
    expect(refusalOf(text(map))).toEqual(['lanes: expected a list of 1 to 50 items, found an empty list']);
  });

  it('100,001 notes (made here: the file would be 8 MB)', () => {
    const map = minimalMap();
    map.notes = Array.from({ length: 100_001 }, (_, i) => note(`n${i}`));
    const problems = expectRefused(readCjm(text(map)));
    expect(lines(problems)).toEqual(['notes: expected a list of at most 100,000 items, found a list of 100,001 items']);
    expect(lines(problems, 'id')).toEqual(['notes: seharusnya daftar berisi paling banyak 100.000 butir, tetapi isinya daftar berisi 100.001 butir']);
  });
});

describe('tags', () => {
  it('more than 20', () => {
    expect(refused('tags-too-many.cjm')).toEqual([
      'notes[0].tags: expected a list of at most 20 different tags of 1 to 40 characters each, found a list of 21 items',
    ]);
  });

  it('the same tag twice', () => {
    expect(refused('tag-duplicate.cjm')).toEqual(['notes[0].tags[2]: the tag "booking" appears twice; a note\'s tags must all differ']);
    expect(refused('tag-duplicate.cjm', 'id')).toEqual(['notes[0].tags[2]: tag "booking" muncul dua kali; tag dalam satu catatan tidak boleh ada yang sama']);
  });

  it('an empty tag', () => {
    expect(refused('tag-empty.cjm')).toEqual(['notes[0].tags[1]: expected a text of 1 to 40 characters, found ""']);
  });

  it('a tag of 41 characters', () => {
    expect(refused('tag-too-long.cjm')).toEqual(['notes[0].tags[0]: expected a text of 1 to 40 characters, found a text of 41 characters']);
  });
});

describe('images (assets)', () => {
  it('SVG is refused: it can carry script', () => {
    expect(refused('asset-svg.cjm')).toEqual(['assets["img-1"].mime: expected one of "image/png", "image/jpeg", "image/webp", found "image/svg+xml"']);
  });

  it('data that is not base64', () => {
    expect(refused('asset-not-base64.cjm')).toEqual([`assets["img-1"].data: expected ${BASE64}, found "not base64!"`]);
  });

  it('base64 broken into lines', () => {
    expect(refused('asset-line-breaks.cjm')).toEqual([`assets["img-1"].data: expected ${BASE64}, found a text of 93 characters`]);
  });

  it.each([
    ['URL-safe base64', IMAGES.jpeg.replace(/\//g, '_')],
    ['base64 without its padding', IMAGES.webp.replace(/=+$/, '')],
    ['padding in the middle', `${IMAGES.webp}${IMAGES.webp}`],
  ])('%s', (_label, data) => {
    const map = minimalMap();
    map.assets = { a: { mime: 'image/png', data } };
    expect(refusalOf(text(map))[0]).toMatch(/^assets\.a\.data: expected standard base64/);
  });

  it('bytes that are not what the mime says', () => {
    expect(refused('asset-wrong-bytes.cjm')).toEqual([
      'assets["img-1"].data: the data is not a PNG image, although the asset says "image/png"',
      'assets["img-2"].data: the data is not a WebP image, although the asset says "image/webp"',
    ]);
    expect(refused('asset-wrong-bytes.cjm', 'id')[0]).toBe('assets["img-1"].data: datanya bukan gambar PNG, padahal aset ini mencantumkan "image/png"');
    const map = minimalMap();
    map.assets = { a: { mime: 'image/jpeg', data: IMAGES.webp }, b: { mime: 'image/png', data: '' } };
    expect(refusalOf(text(map))).toEqual([
      'assets.a.data: the data is not a JPEG image, although the asset says "image/jpeg"',
      'assets.b.data: the data is not a PNG image, although the asset says "image/png"',
    ]);
  });

  it('over 20 MiB decoded (made here), said in MiB that do not read as the limit itself', () => {
    const map = minimalMap();
    const header = IMAGES.png.slice(0, 24);
    // 20 MiB + 1 byte = 3 × 6,990,507 bytes: that many groups of four, no padding.
    map.assets = { big: { mime: 'image/png', data: header + 'A'.repeat(6_990_507 * 4 - header.length) } };
    const problems = expectRefused(readCjm(text(map)));
    expect(problems).toMatchObject([{ code: 'asset-too-large', bytes: 20 * 1024 * 1024 + 1, limit: 20 * 1024 * 1024 }]);
    expect(lines(problems)).toEqual(['assets.big.data: the image is 20.1 MiB; an image in a map may be at most 20 MiB']);
    expect(lines(problems, 'id')).toEqual(['assets.big.data: ukuran gambar ini 20,1 MiB, melebihi batas 20 MiB untuk gambar dalam peta']);
  });
});

describe('extensions nested too deep', () => {
  it('65 levels in an x- key', () => {
    expect(refused('extension-65-deep.cjm')).toEqual(['["x-deep"]: an extension may nest at most 64 levels deep, and this one nests deeper']);
    expect(refused('extension-65-deep.cjm', 'id')).toEqual(['["x-deep"]: ekstensi hanya boleh bertingkat sampai 64 lapis, sedangkan yang ini lebih dalam']);
  });

  it('65 levels in an unknown key, which would become an extension', () => {
    expect(refused('unknown-key-65-deep.cjm')).toEqual(['notes[0].colour: an extension may nest at most 64 levels deep, and this one nests deeper']);
  });

  it.each(['personas', 'stages', 'lanes', 'notes'] as const)('65 levels in an extension of one of the %s', (list) => {
    const map = minimalMap();
    map.personas = [{ id: 'p', name: 'P' }];
    map.notes = [note('n')];
    map[list][0]!['x-deep'] = nested(65);
    expect(refusalOf(text(map))).toEqual([`${list}[0]["x-deep"]: an extension may nest at most 64 levels deep, and this one nests deeper`]);
  });

  it('65 levels in an extension of a metric or an image', () => {
    const map = minimalMap();
    map.notes = [note('n', { metric: { name: 'm', value: 1, 'x-deep': nested(65) } })];
    map.assets = { a: { mime: 'image/webp', data: IMAGES.webp, 'x-deep': nested(65) } };
    expect(refusalOf(text(map))).toEqual([
      'notes[0].metric["x-deep"]: an extension may nest at most 64 levels deep, and this one nests deeper',
      'assets.a["x-deep"]: an extension may nest at most 64 levels deep, and this one nests deeper',
    ]);
  });
});

describe('a key given twice in one object', () => {
  it('in a note is fatal: which text is meant cannot be known', () => {
    expect(refused('duplicate-key-note.cjm')).toEqual(['notes[0].text: the key "text" appears twice in one object; keep one and delete the other']);
    expect(refused('duplicate-key-note.cjm', 'id')).toEqual([
      'notes[0].text: kunci "text" muncul dua kali dalam satu objek; sisakan satu dan hapus yang lain',
    ]);
  });

  it('at the top, inside an image, and inside an extension', () => {
    expect(refused('duplicate-key-top.cjm')).toEqual(['title: the key "title" appears twice in one object; keep one and delete the other']);
    const source = text(minimalMap()).replace(
      '"notes":[]',
      '"notes":[],"x-a":{"k":1,"k":2},"assets":{"a":{"mime":"image/png","mime":"image/png","data":"iVBORw0KGgoAAAANSUhEUgAAAAE="}}',
    );
    expect(refusalOf(source)).toEqual([
      'assets.a.mime: the key "mime" appears twice in one object; keep one and delete the other',
      '["x-a"].k: the key "k" appears twice in one object; keep one and delete the other',
    ]);
  });
});

describe('numbers JSON text can write but a map cannot hold', () => {
  it('a metric of 1e400 is Infinity, not a finite number', () => {
    expect(refused('metric-infinite.cjm')).toEqual(['notes[0].metric.value: expected a finite number, found Infinity']);
    const map = text(minimalMap()).replace('"notes":[]', '"notes":[{"id":"n","lane":"l","stage":"s","text":"","emotion":1e400,"metric":{"name":"m","value":-1e400}}]');
    expect(refusalOf(map)).toEqual([
      'notes[0].emotion: expected an integer from -2 to 2, found Infinity',
      'notes[0].metric.value: expected a finite number, found -Infinity',
    ]);
  });
});

describe('no room for "Recovered"', () => {
  it.each([
    ['lanes', 50, 'lajur'],
    ['stages', 100, 'tahap'],
  ] as const)('a note points to %s that do not exist and the map already has %i', (list, limit, word) => {
    const map = minimalMap();
    if (list === 'lanes') map.lanes = Array.from({ length: limit }, (_, i) => ({ id: i === 0 ? 'l' : `l${i}`, kind: 'text', title: `Lane ${i}` }));
    else map.stages = Array.from({ length: limit }, (_, i) => ({ id: i === 0 ? 's' : `s${i}`, title: `Stage ${i}` }));
    map.notes = [note('n', list === 'lanes' ? { lane: 'gone' } : { stage: 'gone' })];
    const problems = expectRefused(readCjm(text(map)));
    expect(lines(problems)).toEqual([
      `${list}: notes point to ${list} that do not exist, and the map already has the most ${list} allowed (${limit}), so there is no room for a "Recovered" one`,
    ]);
    expect(lines(problems, 'id')).toEqual([
      `${list}: ada catatan yang merujuk ke ${word} yang tidak ada, tetapi jumlah ${word} di peta sudah mencapai batas (${limit}), jadi ${word} "Recovered" tidak bisa ditambahkan`,
    ]);
  });
});

describe('every problem is reported, not just the first', () => {
  it('a file with three distinct fatal problems lists all three, in file order', () => {
    expect(refused('three-problems.cjm')).toEqual([
      'title: expected a text of 1 to 200 characters, not counting spaces at either end, found ""',
      'lanes[0].kind: expected one of "actions", "touchpoints", "thoughts", "emotions", "pain-points", "opportunities", "frontstage", "backstage", "support", "evidence", "metrics", "text", found null',
      'notes[1].emotion: expected an integer from -2 to 2, found "happy"',
    ]);
  });

  it('updatedAt before createdAt is reported with the other problems, not instead of them', () => {
    const map = minimalMap();
    map.title = ' ';
    map.createdAt = '2026-02-01T00:00:00Z';
    map.notes = [note('n', { votes: -1 })];
    expect(refusalOf(text(map))).toEqual([
      'title: expected a text of 1 to 200 characters, not counting spaces at either end, found " "',
      'updatedAt: updatedAt (2026-01-05T09:00:00Z) is before createdAt (2026-02-01T00:00:00Z)',
      'notes[0].votes: expected an integer from 0 to 9,999, found -1',
    ]);
  });

  it('a key given twice is reported with the other problems', () => {
    const source = text(minimalMap())
      .replace('"notes":[]', '"notes":[{"id":"n","id":"m","lane":"l","stage":"s","text":""}]')
      .replace('"title":"A"', '"title":""');
    expect(refusalOf(source)).toEqual([
      'title: expected a text of 1 to 200 characters, not counting spaces at either end, found ""',
      'notes[0].id: the key "id" appears twice in one object; keep one and delete the other',
    ]);
  });

  it('fatal problems come with the repairs the same file would need', () => {
    const map = minimalMap();
    map.title = '';
    map.lanes[0]!.kind = 'feelings';
    const problems = expectRefused(readCjm(text(map)));
    expect(problems.map((p) => [p.severity, p.code])).toEqual([
      ['fatal', 'invalid'],
      ['repairable', 'unknown-lane-kind'],
    ]);
  });
});

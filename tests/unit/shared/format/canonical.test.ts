// Writing is canonical (docs/format.md, "Writing: the canonical form"): LF, 2-space indent, one
// trailing newline, no byte-order mark, keys in docs/format.md's order, optional
// keys holding their default left out, extensions after the known keys and
// asset ids sorted. The expected files were written by a different program
// (Python's json module, keys placed by hand), not by the writer under test.
import { describe, expect, it } from 'vitest';
import { readCjm, writeCjm } from '../../../../shared/format';
import { expectOpened, fixtureBytes, fixtureText, IMAGES, minimalMap, note, readFixture, text } from './helpers';

const write = (input: Uint8Array | string) => writeCjm(expectOpened(readCjm(input)).map);

describe('canonical files round-trip byte for byte', () => {
  it.each(['valid/minimal.cjm', 'valid/full.cjm', 'valid/extensions.cjm', 'valid/made-from.cjm', 'valid/authors.cjm', 'canonical/noncanonical.expected.cjm', 'canonical/unsorted-assets.expected.cjm'])(
    '%s: read then written gives the same bytes, and writing again changes nothing',
    (name) => {
      const original = fixtureBytes(name);
      const written = write(original);
      expect(new TextEncoder().encode(written)).toEqual(original);
      expect(write(written)).toBe(written);
    },
  );

  it('writes LF line ends, a 2-space indent, no byte-order mark and exactly one trailing newline', () => {
    const written = write(fixtureBytes('canonical/noncanonical.cjm'));
    expect(written).not.toMatch(/\r/);
    expect(written.charCodeAt(0)).toBe(0x7b);
    expect(written.endsWith('}\n')).toBe(true);
    expect(written.endsWith('\n\n')).toBe(false);
    expect(written.split('\n')[1]).toBe('  "format": "cjm",');
  });
});

describe('a valid but non-canonical file is written in canonical form', () => {
  it('the fixture really is non-canonical: BOM, CRLF, 4-space indent, shuffled keys, defaults spelled out', () => {
    const bytes = fixtureBytes('canonical/noncanonical.cjm');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const source = fixtureText('canonical/noncanonical.cjm');
    expect(source.split('\r\n').length).toBeGreaterThan(40);
    expect(source.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(source).toMatch(/\r\n {4}"x-first"/);
    for (const stated of ['"votes": 0', '"hidden": false', '"locked": false', '"goal": ""', '"scenario": ""', '"assets": {}', '"reviewBy": null', '"primaryPersona": null']) {
      expect(source).toContain(stated);
    }
  });

  it('opens with no repairs and writes exactly the expected canonical file', () => {
    const { repairs, map } = expectOpened(readFixture('canonical/noncanonical.cjm'));
    expect(repairs).toEqual([]);
    expect(writeCjm(map)).toBe(fixtureText('canonical/noncanonical.expected.cjm'));
  });

  it('writes extensions after the known keys, in the order they were read', () => {
    const written = write(fixtureBytes('canonical/noncanonical.cjm'));
    const keys = Object.keys(JSON.parse(written) as object);
    expect(keys.at(-1)).toBe('x-first');
    expect(keys.slice(0, 3)).toEqual(['format', 'version', 'id']);
    const map = minimalMap();
    map.notes = [{ 'x-b': 1, text: 't', 'x-a': 2, stage: 's', id: 'n', lane: 'l' }];
    expect(Object.keys((JSON.parse(write(text(map))) as { notes: object[] }).notes[0]!)).toEqual(['id', 'lane', 'stage', 'text', 'x-b', 'x-a']);
  });

  it('writes asset ids sorted by UTF-16 code unit, "10" before "9" before "B" before "a"', () => {
    const { map, repairs } = expectOpened(readFixture('canonical/unsorted-assets.cjm'));
    expect(repairs).toEqual([]);
    const written = writeCjm(map);
    expect(written).toBe(fixtureText('canonical/unsorted-assets.expected.cjm'));
    expect([...written.matchAll(/^ {4}"([^"]+)": \{$/gm)].map((m) => m[1])).toEqual(['10', '9', 'B', 'a', 'b']);
  });

  it('leaves out every optional key that holds its stated default', () => {
    const map = minimalMap();
    Object.assign(map, { goal: '', scenario: '', reviewBy: null, primaryPersona: null, assets: {} });
    map.lanes[0] = { ...map.lanes[0], hidden: false, locked: false };
    map.notes = [note('n', { votes: 0, hidden: false })];
    const expected = minimalMap();
    expected.notes = [note('n')];
    expect(write(text(map))).toBe(write(text(expected)));
    expect(write(text(map))).not.toMatch(/"(goal|scenario|reviewBy|primaryPersona|assets|hidden|locked|votes)"/);
  });

  it('keeps optional values that are not defaults: emotion 0, age 0, hidden true, an empty note text', () => {
    const map = minimalMap();
    map.personas = [{ id: 'p', name: 'P', age: 0 }];
    map.lanes[0] = { ...map.lanes[0], hidden: true, locked: true };
    map.notes = [note('n', { emotion: 0, hidden: true, votes: 1 })];
    const written = JSON.parse(write(text(map))) as typeof map;
    expect(written.personas[0]).toEqual({ id: 'p', name: 'P', age: 0 });
    expect(written.lanes[0]).toEqual({ id: 'l', kind: 'text', title: 'L', hidden: true, locked: true });
    expect(written.notes[0]).toEqual({ id: 'n', lane: 'l', stage: 's', text: '', emotion: 0, votes: 1, hidden: true });
  });

  it('writes one spelling of a text however the file escaped it', () => {
    const map = minimalMap();
    map.title = 'Caf\u00e9 / r\u00e9sum\u00e9';
    const escaped = text(map).replace('Café / résumé', '\\u0043af\\u00e9 \\/ r\\u00E9sum\\u00e9');
    expect(escaped).toContain('\\u0043');
    expect(write(escaped)).toBe(write(text(map)));
    expect(write(escaped)).toContain('"title": "Café / résumé"');
  });

  // docs/format.md: an extension is kept "unchanged". JSON.parse would put
  // integer-like keys first, turning {"b": 1, "2": 2} into {"2": 2, "b": 1}.
  it('keeps the key order inside an extension value even for integer-like keys such as "2"', () => {
    const map = minimalMap() as unknown as Record<string, unknown>;
    const inner = '{\n      "z": true,\n      "10": [\n        {\n          "b": 1,\n          "2": 2\n        }\n      ],\n      "9": null\n    }';
    const canonical = write(text(map as never)).replace(/\n}\n$/, `,\n  "x-order": {\n    "b": 1,\n    "2": ${inner}\n  }\n}\n`);
    expect(write(canonical)).toBe(canonical);
    expect(write(write(canonical))).toBe(canonical);
    // In memory it is still the same JSON value.
    const opened = expectOpened(readCjm(canonical));
    expect(JSON.parse(JSON.stringify(opened.map['x-order']))).toEqual({ b: 1, 2: { z: true, 10: [{ b: 1, 2: 2 }], 9: null } });
  });

  it('writes an asset’s keys in order (mime, data, name) with its extensions after', () => {
    const map = minimalMap();
    map.assets = { img: { 'x-by': 'Ana', name: 'a.png', data: IMAGES.png, mime: 'image/png' } };
    const written = write(text(map));
    expect(written).toContain(`    "img": {\n      "mime": "image/png",\n      "data": "${IMAGES.png}",\n      "name": "a.png",\n      "x-by": "Ana"\n    }\n  }\n}\n`);
  });
});

// Repairable problems (docs/format.md, "Repairs"): the map
// opens after a repair that keeps every piece of content, and each repair is
// reported, in English and Indonesian, never made silently.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCjm, writeCjm } from '../../../../shared/format';
import { expectOpened, FIXTURES, fixtureBytes, lines, minimalMap, note, readFixture, text } from './helpers';

/** Opens a repair fixture; returns the map and its repairs as English and Indonesian lines. */
function repaired(name: string) {
  const { map, repairs } = expectOpened(readFixture(`repair/${name}`));
  expect(repairs.every((p) => p.severity === 'repairable')).toBe(true);
  return { map, en: lines(repairs, 'en'), id: lines(repairs, 'id') };
}

describe('every repair fixture', () => {
  const names = readdirSync(join(FIXTURES, 'repair')).filter((n) => n.endsWith('.cjm'));

  it.each(names)('%s: is offered, not silent, leaves the bytes alone, and writes a map that needs no repair', (name) => {
    const bytes = fixtureBytes(`repair/${name}`);
    const copy = bytes.slice();
    const { map, repairs } = expectOpened(readCjm(bytes));
    expect(repairs.length).toBeGreaterThan(0);
    expect(bytes).toEqual(copy);
    const written = writeCjm(map);
    const again = expectOpened(readCjm(written));
    expect(again.repairs).toEqual([]);
    expect(writeCjm(again.map)).toBe(written);
  });
});

describe('a note whose lane or stage is missing moves to "Recovered"', () => {
  it('reproduces docs/format.md’s example line for notes[40].lane', () => {
    const { map, en, id } = repaired('format-md-lane-example.cjm');
    expect(en).toEqual(['notes[40].lane: no lane has the id "ln-backstage"; repair moves the note to the lane "Recovered"']);
    expect(en[0]!.startsWith('notes[40].lane: no lane has the id "ln-backstage"')).toBe(true);
    expect(id).toEqual(['notes[40].lane: tidak ada lajur dengan id "ln-backstage"; saat diperbaiki, catatan ini dipindahkan ke lajur "Recovered"']);
    expect(map.notes[40]).toMatchObject({ lane: 'recovered', 'x-original-lane': 'ln-backstage' });
  });

  it('adds a text lane named "Recovered" at the bottom and keeps the old id as x-original-lane', () => {
    const { map, en, id } = repaired('missing-lane.cjm');
    expect(en).toEqual(['notes[0].lane: no lane has the id "ln-gone"; repair moves the note to the lane "Recovered"']);
    expect(id).toEqual(['notes[0].lane: tidak ada lajur dengan id "ln-gone"; saat diperbaiki, catatan ini dipindahkan ke lajur "Recovered"']);
    expect(map.lanes.map((l) => l.id)).toEqual(['ln-actions', 'ln-feelings', 'recovered']);
    expect(map.lanes[2]).toEqual({ id: 'recovered', kind: 'text', title: 'Recovered' });
    expect(map.notes[0]).toEqual({
      id: 'n1',
      lane: 'recovered',
      stage: 'st-online',
      text: 'Fills in the renewal form',
      'x-original-lane': 'ln-gone',
    });
  });

  it('adds a stage named "Recovered" at the right and keeps the old id as x-original-stage', () => {
    const { map, en, id } = repaired('missing-stage.cjm');
    expect(en).toEqual(['notes[1].stage: no stage has the id "st-gone"; repair moves the note to the stage "Recovered"']);
    expect(id).toEqual(['notes[1].stage: tidak ada tahap dengan id "st-gone"; saat diperbaiki, catatan ini dipindahkan ke tahap "Recovered"']);
    expect(map.stages.at(-1)).toEqual({ id: 'recovered', title: 'Recovered' });
    expect(map.notes[1]).toMatchObject({ stage: 'recovered', 'x-original-stage': 'st-gone', emotion: 1 });
  });

  it('reuses a lane and a stage already named "Recovered", whatever their ids', () => {
    const { map, en } = repaired('recovered-reused.cjm');
    expect(en).toEqual([
      'notes[0].lane: no lane has the id "ln-gone"; repair moves the note to the lane "Recovered"',
      'notes[0].stage: no stage has the id "st-gone"; repair moves the note to the stage "Recovered"',
      'notes[1].lane: no lane has the id "ln-also-gone"; repair moves the note to the lane "Recovered"',
    ]);
    expect(map.lanes).toHaveLength(3);
    expect(map.stages).toHaveLength(3);
    expect(map.notes.map((n) => [n.lane, n.stage])).toEqual([
      ['ln-rec', 'st-rec'],
      ['ln-rec', 'st-desk'],
    ]);
    expect(map.lanes[2]!.kind).toBe('thoughts');
  });

  it('gives a new "Recovered" lane a free id, and keeps an x-original-lane already there', () => {
    const { map } = repaired('recovered-id-taken.cjm');
    expect(map.lanes.at(-1)).toEqual({ id: 'recovered-2', kind: 'text', title: 'Recovered' });
    expect(map.notes[0]).toMatchObject({
      lane: 'recovered-2',
      'x-original-lane': 'kept by an earlier repair',
      'x-original-lane-2': 'ln-gone',
    });
  });
});

describe('a duplicate id: the first keeps it, later ones get new ids', () => {
  it.each([
    ['personas', 'duplicate-persona-id.cjm', 'persona', 'persona', ['p-rina', 'p-rina-2', 'p-rina-3'], 'p-rina'],
    ['stages', 'duplicate-stage-id.cjm', 'stage', 'tahap', ['st-online', 'st-desk', 'st-online-2'], 'st-online'],
    ['lanes', 'duplicate-lane-id.cjm', 'lane', 'lajur', ['ln-actions', 'ln-feelings', 'ln-actions-2'], 'ln-actions'],
  ] as const)('in %s', (collection, name, item, butir, ids, dup) => {
    const { map, en, id } = repaired(name);
    expect(map[collection].map((x) => x.id)).toEqual(ids);
    const renamed = ids.map((x, i) => [x, i] as const).filter(([x]) => x !== dup && x.startsWith(`${dup}-`));
    expect(en).toEqual(
      renamed.map(([newId, i]) => `${collection}[${i}].id: the id "${dup}" is already used by an earlier ${item}; repair gives this one the id "${newId}"`),
    );
    expect(id).toEqual(
      renamed.map(([newId, i]) => `${collection}[${i}].id: id "${dup}" sudah dipakai oleh ${butir} sebelumnya; saat diperbaiki, yang ini diberi id baru "${newId}"`),
    );
  });

  it('in notes, skipping a new id another note already has; the notes keep their text and order', () => {
    const { map, en, id } = repaired('duplicate-note-id.cjm');
    expect(map.notes.map((n) => [n.id, n.text])).toEqual([
      ['n1', 'Fills in the renewal form'],
      ['n2', 'Relieved it was quick'],
      ['n1-3', 'Second n1'],
      ['n1-2', 'Already n1-2'],
      ['n1-4', 'Third n1'],
    ]);
    expect(en).toEqual([
      'notes[2].id: the id "n1" is already used by an earlier note; repair gives this one the id "n1-3"',
      'notes[4].id: the id "n1" is already used by an earlier note; repair gives this one the id "n1-4"',
    ]);
    expect(id[0]).toBe('notes[2].id: id "n1" sudah dipakai oleh catatan sebelumnya; saat diperbaiki, yang ini diberi id baru "n1-3"');
  });

  it('two phones that gave a note the same id: the second gets a new id and each note keeps its author', () => {
    const { map, en } = repaired('duplicate-note-id-author.cjm');
    expect(map.notes.map((n) => [n.id, n.text, n.author])).toEqual([
      ['n1', 'The form logs me out', 'Dewi'],
      ['n1-2', 'No receipt by email', 'Budi'],
    ]);
    expect(en).toEqual(['notes[1].id: the id "n1" is already used by an earlier note; repair gives this one the id "n1-2"']);
  });

  it('in assets, where the id is given twice as a key: both images are kept', () => {
    const { map, en, id } = repaired('duplicate-asset-key.cjm');
    expect(en).toEqual(['assets["img-1"]: the id "img-1" is already used by an earlier image; repair gives this one the id "img-1-2"']);
    expect(id).toEqual(['assets["img-1"]: id "img-1" sudah dipakai oleh gambar sebelumnya; saat diperbaiki, yang ini diberi id baru "img-1-2"']);
    expect(map.assets!['img-1']).toMatchObject({ mime: 'image/png', name: 'first.png' });
    expect(map.assets!['img-1-2']).toMatchObject({ mime: 'image/webp', name: 'second.webp' });
  });

  it('shortens a 64-character id so the new one is still a valid id', () => {
    const long = 'a'.repeat(64);
    const map = minimalMap();
    map.notes = [note(long), note(long)];
    const source = text(map);
    const { map: read, repairs } = expectOpened(readCjm(source));
    expect(read.notes[1]!.id).toBe(`${'a'.repeat(62)}-2`);
    expect(lines(repairs)[0]).toBe(`notes[1].id: the id "${long}" is already used by an earlier note; repair gives this one the id "${'a'.repeat(62)}-2"`);
  });
});

describe('an emotion out of range is clamped, the original kept', () => {
  it('reproduces docs/format.md’s example line for notes[12].emotion and clamps both ways', () => {
    const { map, en, id } = repaired('emotion-out-of-range.cjm');
    expect(en).toEqual([
      'notes[3].emotion: expected an integer from -2 to 2, found -5; repair sets it to -2 and keeps -5 in x-original-emotion',
      'notes[12].emotion: expected an integer from -2 to 2, found 7; repair sets it to 2 and keeps 7 in x-original-emotion',
    ]);
    expect(en[1]!.startsWith('notes[12].emotion: expected an integer from -2 to 2, found 7')).toBe(true);
    expect(id[1]).toBe(
      'notes[12].emotion: seharusnya bilangan bulat dari -2 sampai 2, tetapi isinya 7; saat diperbaiki, nilainya diubah menjadi 2 dan 7 disimpan di x-original-emotion',
    );
    expect(map.notes[12]).toMatchObject({ emotion: 2, 'x-original-emotion': 7 });
    expect(map.notes[3]).toMatchObject({ emotion: -2, 'x-original-emotion': -5 });
    expect(map.notes[0]).toEqual({ id: 'n0', lane: 'ln-feelings', stage: 'st-online', text: 'Note 0', emotion: 0 });
  });
});

describe('an unknown lane kind becomes text, the original kept', () => {
  it('keeps "feelings" as x-original-kind', () => {
    const { map, en, id } = repaired('unknown-lane-kind.cjm');
    expect(en).toEqual(['lanes[0].kind: "feelings" is not a kind of lane Jejak knows; repair makes it a text lane and keeps "feelings" in x-original-kind']);
    expect(id).toEqual([
      'lanes[0].kind: "feelings" bukan jenis lajur yang dikenal Jejak; saat diperbaiki, lajur ini dijadikan lajur teks dan "feelings" disimpan di x-original-kind',
    ]);
    expect(map.lanes[0]).toEqual({ id: 'ln-actions', kind: 'text', title: 'Actions', 'x-original-kind': 'feelings' });
  });
});

describe('a reference to a persona or image that does not exist is dropped, the original kept', () => {
  it.each([
    ['missing-primary-persona.cjm', 'primaryPersona', 'p-gone', 'persona'],
    ['missing-lane-persona.cjm', 'lanes[1].persona', 'p-gone', 'persona'],
    ['missing-persona-photo.cjm', 'personas[0].photo', 'img-gone', 'image'],
    ['missing-note-image.cjm', 'notes[0].image', 'img-gone', 'image'],
  ] as const)('%s', (name, path, missing, what) => {
    const { map, en, id } = repaired(name);
    const key = path.split('.').at(-1)!;
    const keptAs = `x-original-${key}`;
    const [en0, id0] =
      what === 'persona'
        ? [`no persona has the id "${missing}"`, `tidak ada persona dengan id "${missing}"`]
        : [`no image in the map has the id "${missing}"`, `tidak ada gambar dalam peta dengan id "${missing}"`];
    expect(en).toEqual([`${path}: ${en0}; repair removes the link and keeps the id in ${keptAs}`]);
    expect(id).toEqual([`${path}: ${id0}; saat diperbaiki, tautan ini dihapus dan id-nya disimpan di ${keptAs}`]);
    const owner = (
      { primaryPersona: map, persona: map.lanes[1], photo: map.personas[0], image: map.notes[0] } as Record<string, object>
    )[key] as Record<string, unknown>;
    expect(owner[key]).toBeUndefined();
    expect(owner[keptAs]).toBe(missing);
  });
});

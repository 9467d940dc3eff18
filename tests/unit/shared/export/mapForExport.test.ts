// Private notes stay private: what an export shows leaves out notes not yet
// revealed and hidden lanes with their notes, unless asked to include them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { readCjm, type JourneyMap } from '../../../../shared/format';
import { mapForExport, withoutAuthors } from '../../../../shared/export/mapForExport';
import { flatSceneItems, prepareExport } from '../../../../shared/export/sceneForExport';

function sample(): JourneyMap {
  const read = readCjm(new Uint8Array(readFileSync(join(import.meta.dirname, '../../../../shared/samples/b2b-software-purchase.en.cjm'))));
  if (!read.ok) throw new Error('sample does not open');
  return read.map;
}

function withPrivateNotes(): JourneyMap {
  const map = sample();
  const lane = map.lanes[1]!;
  return {
    ...map,
    lanes: map.lanes.map((l) => (l.id === lane.id ? { ...l, hidden: true } : l)),
    notes: map.notes.map((n, i) => (i === 0 ? { ...n, hidden: true, text: 'SECRET face-down note' } : n)),
  };
}

it('leaves out hidden notes, hidden lanes and their notes', () => {
  const map = withPrivateNotes();
  const hiddenLane = map.lanes.find((l) => l.hidden)!.id;
  const exported = mapForExport(map, false);
  expect(exported.notes.some((n) => n.hidden || n.lane === hiddenLane)).toBe(false);
  expect(exported.lanes.map((l) => l.id)).not.toContain(hiddenLane);
  expect(exported.notes.length).toBe(map.notes.filter((n) => !n.hidden && n.lane !== hiddenLane).length);
  const drawn = flatSceneItems(prepareExport(map, false).scene).flatMap((item) => (item.type === 'text' ? [item.text] : []));
  expect(drawn.join('\n')).not.toContain('SECRET');
});

it('shows them face up when asked to include them', () => {
  const map = withPrivateNotes();
  const exported = mapForExport(map, true);
  expect(exported.notes).toHaveLength(map.notes.length);
  expect(exported.notes.some((n) => n.hidden) || exported.lanes.some((l) => l.hidden)).toBe(false);
  const drawn = flatSceneItems(prepareExport(map, true).scene).flatMap((item) => (item.type === 'text' ? [item.text] : []));
  expect(drawn.join(' ')).toContain('SECRET');
});

it('returns a map with nothing private unchanged', () => {
  const map = sample();
  expect(mapForExport(map, false)).toBe(map);
});

it('leaves out who wrote each note, and nothing else, when authors are left out', () => {
  const map = sample();
  const authored = { ...map, notes: map.notes.map((n, i) => (i < 2 ? { ...n, author: `Participant ${i}` } : n)) };
  const anonymous = withoutAuthors(authored);
  expect(anonymous.notes.some((n) => Object.hasOwn(n, 'author'))).toBe(false);
  expect(anonymous.notes).toEqual(map.notes);
  expect(authored.notes[0]!.author).toBe('Participant 0');
  // A map with no author is handed back as it is.
  expect(withoutAuthors(map)).toBe(map);
});

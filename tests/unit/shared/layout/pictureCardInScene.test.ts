// A stored picture too large to decode safely, or unreadable, is a grey card
// on its note in the scene (so the board and every export draw the same):
// a band as wide as the card allows whatever the picture's proportions, the
// note taller by it, words saying why in the map's language (English and
// Indonesian) that fit the card, and no image item anywhere for it; a persona
// whose photo is refused shows initials; a usable picture still draws.
import { describe, expect, it } from 'vitest';
import { encodeBase64 } from '../../../../shared/format/base64';
import type { Asset, JourneyMap } from '../../../../shared/format/types';
import { sceneLabels } from '../../../../shared/i18n/sceneLabels';
import { GEOMETRY } from '../../../../shared/layout/geometry';
import { layoutBoard, type BoardLayout, type NotePlacement } from '../../../../shared/layout/layout';
import { NOTE_PICTURE, pictureShift } from '../../../../shared/layout/notePicture';
import { notePrimitives } from '../../../../shared/layout/notePrimitives';
import { MISSING_PICTURE_FILL } from '../../../../shared/layout/pictureCard';
import { buildScene } from '../../../../shared/layout/scene';
import type { NoteItem, SceneItem } from '../../../../shared/layout/sceneTypes';
import { measureText } from '../../../../shared/layout/textMetrics';
import { LIGHT_THEME } from '../../../../shared/layout/theme';
import { blankPng, pngHead, picture } from '../pictures/pictureFiles';
import { buildMap } from './layoutMaps';

const png = (bytes: Uint8Array, name?: string): Asset => ({ mime: 'image/png', data: encodeBase64(bytes), ...(name ? { name } : {}) });

const WALL = 'Photo of the paper wall after the first round, every sticky note the team wrote about the checkout';

function mapWith(locale: string): JourneyMap {
  const map = buildMap(['evidence'], 2, [
    { text: WALL, image: 'wall' },
    { text: 'Panorama of the queue', image: 'sliver' },
    { text: 'A photo that lost its header', image: 'broken' },
    { text: 'A usable photo', image: 'fine' },
    { text: WALL, stage: 's1' },
  ]);
  return {
    ...map,
    locale,
    personas: [{ id: 'p-rina', name: 'Rina Wijaya', photo: 'wall' }],
    assets: {
      wall: png(blankPng(16000, 16000), 'wall.png'),
      sliver: png(pngHead(40000, 100)),
      broken: png(pngHead(800, 600).subarray(0, 20)),
      fine: png(picture(400, 300, 'png')),
    },
  };
}

function placement(layout: BoardLayout, id: string): NotePlacement {
  const where = layout.noteCells.get(id)!;
  return layout.cells.get(where.cell)!.placements[where.index]!;
}

const texts = (items: readonly SceneItem[]) => items.filter((i): i is Extract<SceneItem, { type: 'text' }> => i.type === 'text');

describe('a stored picture that is not shown', () => {
  const map = mapWith('en');
  const layout = layoutBoard(map);
  const scene = buildScene(layout, LIGHT_THEME, sceneLabels('en'));
  const note = (id: string) => scene.notes.find((n) => n.id === id)!;

  it('has a band as wide as the card allows and the card’s height, whatever the picture’s proportions', () => {
    const room = GEOMETRY.noteWidth - 2 * NOTE_PICTURE.inset;
    for (const id of ['n0', 'n1', 'n2']) {
      const band = placement(layout, id).picture!;
      expect({ x: band.x, y: band.y, width: band.width, height: band.height }, id).toEqual({ x: NOTE_PICTURE.inset, y: NOTE_PICTURE.inset, width: room, height: NOTE_PICTURE.cardHeight });
    }
    // The note is taller by the card, as by a picture, than its twin without one: its text sits below the card.
    expect(placement(layout, 'n4').height).toBeGreaterThan(GEOMETRY.minNoteHeight);
    expect(placement(layout, 'n0').height - placement(layout, 'n4').height).toBe(pictureShift(placement(layout, 'n0').picture));
    expect(placement(layout, 'n0').picture!.refused).toEqual({ usable: false, reason: 'too-large', width: 16000, height: 16000 });
    expect(placement(layout, 'n1').picture!.refused).toEqual({ usable: false, reason: 'too-large', width: 40000, height: 100 });
    expect(placement(layout, 'n2').picture!.refused).toEqual({ usable: false, reason: 'unreadable' });
    expect(placement(layout, 'n3').picture!.refused).toBeUndefined();
  });

  it('is drawn as a grey card with words, never as an image; a usable picture still is', () => {
    for (const id of ['n0', 'n1', 'n2']) {
      const item = note(id);
      const parts = notePrimitives(item);
      expect(parts.some((p) => p.type === 'image'), id).toBe(false);
      const band = item.picture!;
      expect(parts).toContainEqual({ type: 'rect', x: item.x + band.x, y: item.y + band.y, width: band.width, height: band.height, fill: MISSING_PICTURE_FILL, radius: 4 });
    }
    expect(notePrimitives(note('n3')).filter((p) => p.type === 'image')).toHaveLength(1);
    expect(texts(notePrimitives(note('n0'))).map((t) => t.text).slice(0, 3)).toEqual(['Picture too large', '16,000 × 16,000 px', 'Photo of the paper wall']);
    expect(texts(notePrimitives(note('n1'))).map((t) => t.text).slice(0, 2)).toEqual(['Picture too large', '40,000 × 100 px']);
    expect(texts(notePrimitives(note('n2'))).map((t) => t.text).slice(0, 3)).toEqual(['Picture cannot be', 'shown', 'the file may be damaged']);
  });

  it('keeps its words inside the card, in dark text on the grey, bold at the note text’s size', () => {
    for (const id of ['n0', 'n1', 'n2']) {
      const item: NoteItem = note(id);
      const band = item.picture!;
      const words = texts(notePrimitives(item)).filter((t) => t.y < item.y + band.y + band.height);
      expect(words.length, id).toBeGreaterThanOrEqual(2);
      for (const t of words) {
        expect(t.y).toBeGreaterThanOrEqual(item.y + band.y);
        expect(t.y + t.font.size * 1.35).toBeLessThanOrEqual(item.y + band.y + band.height);
        expect(measureText(t.text, t.font)).toBeLessThanOrEqual(band.width - 8);
        expect(t.color).toBe(LIGHT_THEME.noteText);
      }
      expect(words[0]!.font).toEqual({ weight: 600, size: 15 });
    }
  });

  it('says so in Indonesian on an Indonesian map', () => {
    const id = buildScene(layoutBoard(mapWith('id')), LIGHT_THEME, sceneLabels('id'));
    const words = (noteId: string) => texts(notePrimitives(id.notes.find((n) => n.id === noteId)!)).map((t) => t.text);
    expect(words('n0').slice(0, 2)).toEqual(['Gambar terlalu besar', '16.000 × 16.000 piksel']);
    expect(words('n2').slice(0, 3)).toEqual(['Gambar tidak bisa', 'ditampilkan', 'berkasnya mungkin rusak']);
  });

  it('as a persona’s photo, leaves the initials in the strip and no image', () => {
    expect(scene.personaStrip.some((i) => i.type === 'image')).toBe(false);
    expect(texts(scene.personaStrip).map((t) => t.text)).toContain('RW');
    const fine = buildScene(layoutBoard({ ...map, personas: [{ ...map.personas[0]!, photo: 'fine' }] }), LIGHT_THEME, sceneLabels('en'));
    expect(fine.personaStrip.filter((i) => i.type === 'image')).toHaveLength(1);
  });

  it('face down, gives nothing away: no band, no card', () => {
    const hidden = layoutBoard({ ...map, notes: map.notes.map((n) => (n.id === 'n0' ? { ...n, hidden: true } : n)) });
    expect(placement(hidden, 'n0').picture).toBeUndefined();
    const item = buildScene(hidden, LIGHT_THEME, sceneLabels('en')).notes.find((n) => n.id === 'n0')!;
    expect(item.pictureCard).toBeUndefined();
    expect(texts(notePrimitives(item))).toEqual([]);
  });
});

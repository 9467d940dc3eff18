// A note's picture on its card: a band at the top in the picture's own
// proportions (capped at 140 px tall, never wider than the card), the note
// exactly that much taller, its text, metric and marks below it, cells
// grown so notes never overlap, a face-down note giving nothing away; a
// picture replaced under the same id laid out afresh; and a map carrying a
// shrunk photo saved and read back with no problems (docs/format.md's asset rules).
import { describe, expect, it } from 'vitest';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { encodeBase64 } from '../../../../shared/format/base64';
import { readCjm } from '../../../../shared/format/reader';
import type { Asset, JourneyMap, Note } from '../../../../shared/format/types';
import { writeCjm } from '../../../../shared/format/writer';
import { sceneLabels } from '../../../../shared/i18n/sceneLabels';
import { GEOMETRY } from '../../../../shared/layout/geometry';
import { layoutBoard, notePosition, type BoardLayout, type NotePlacement } from '../../../../shared/layout/layout';
import { NOTE_PICTURE, pictureShift } from '../../../../shared/layout/notePicture';
import { notePrimitives } from '../../../../shared/layout/notePrimitives';
import { buildScene } from '../../../../shared/layout/scene';
import { LIGHT_THEME } from '../../../../shared/layout/theme';
import { JPEG_QUALITY, planPicture } from '../../../../shared/pictures/picturePlan';
import { KIND_BYTES, pictureKind, readImageHeader } from '../../../../shared/pictures/imageHeader';
import { picture } from '../pictures/pictureFiles';
import { loadSample, noteRects } from './layoutMaps';

const asset = (width: number, height: number): Asset => ({ mime: 'image/png', data: encodeBase64(picture(width, height, 'png', { flat: [200, 30, 90] })), name: `${width}x${height}.png` });

function placementOf(layout: BoardLayout, id: string): NotePlacement {
  const where = layout.noteCells.get(id)!;
  return layout.cells.get(where.cell)!.placements[where.index]!;
}

/** The hotel sample with pictures on some of its notes, and twins of those notes without. */
function withPictures(): JourneyMap {
  const map = loadSample('hotel-check-in.id.cjm');
  const [a, b, c, d] = map.notes;
  const pictured: Record<string, string> = { [a!.id]: 'landscape', [b!.id]: 'portrait', [c!.id]: 'panorama', [d!.id]: 'landscape' };
  const notes: Note[] = map.notes.map((n) => (pictured[n.id] ? { ...n, image: pictured[n.id] } : n));
  // The fourth is face down: its picture must not show, nor its height give it away.
  notes[3] = { ...notes[3]!, hidden: true };
  // Twins without a picture, in a stage of their own, to compare heights.
  const twins = [a!, b!, c!].map((n, i) => ({ ...n, id: `twin-${i}`, stage: map.stages.at(-1)!.id, lane: n.lane, image: undefined }));
  return { ...map, notes: [...notes, ...twins.map(({ image: _image, ...n }) => n)], assets: { landscape: asset(1600, 1067), portrait: asset(1200, 1600), panorama: asset(1600, 300) } };
}

describe('a note with a picture', () => {
  const map = withPictures();
  const layout = layoutBoard(map);
  const [a, b, c, d] = map.notes;

  it('has a band in the picture’s proportions, as wide as the card allows, at most 140 px tall, centred', () => {
    const room = GEOMETRY.noteWidth - 2 * NOTE_PICTURE.inset;
    const landscape = placementOf(layout, a!.id).picture!;
    expect(landscape).toEqual({ assetId: 'landscape', x: NOTE_PICTURE.inset, y: NOTE_PICTURE.inset, width: room, height: Math.round((room * 1067) / 1600) });
    const portrait = placementOf(layout, b!.id).picture!;
    expect(portrait.height).toBe(NOTE_PICTURE.maxHeight);
    expect(portrait.width).toBe(Math.round((NOTE_PICTURE.maxHeight * 1200) / 1600));
    expect(Math.abs(portrait.x * 2 + portrait.width - GEOMETRY.noteWidth)).toBeLessThanOrEqual(1);
    const panorama = placementOf(layout, c!.id).picture!;
    expect([panorama.width, panorama.height]).toEqual([room, Math.round((room * 300) / 1600)]);
  });

  it('is taller than the same note without it by exactly the band', () => {
    for (const [note, twin] of [[a!, 'twin-0'], [b!, 'twin-1'], [c!, 'twin-2']] as const) {
      const with_ = placementOf(layout, note.id);
      const without = placementOf(layout, twin);
      expect(with_.lines).toEqual(without.lines);
      // The twins are taller than the smallest card, so nothing hides the difference.
      expect(without.height).toBeGreaterThan(GEOMETRY.minNoteHeight);
      expect(with_.height - without.height, note.id).toBe(pictureShift(with_.picture));
      expect(pictureShift(with_.picture)).toBe(with_.picture!.height + NOTE_PICTURE.inset + NOTE_PICTURE.gap - GEOMETRY.notePaddingTop);
    }
  });

  it('face down shows no picture and is no taller than any face-down note', () => {
    const hidden = placementOf(layout, d!.id);
    expect(hidden.picture).toBeUndefined();
    expect(hidden.height).toBe(GEOMETRY.minNoteHeight);
    const item = buildScene(layout, LIGHT_THEME, sceneLabels('id')).notes.find((n) => n.id === d!.id)!;
    expect(notePrimitives(item).some((p) => p.type === 'image')).toBe(false);
  });

  it('never overlaps another note, and its cell grows to hold it', () => {
    const rects = noteRects(layout);
    for (let i = 0; i < rects.length; i++) {
      for (let j = i + 1; j < rects.length; j++) {
        const [p, q] = [rects[i]!, rects[j]!];
        const overlap = p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;
        expect(overlap, `${p.id} and ${q.id}`).toBe(false);
      }
    }
    for (const cell of layout.cells.values()) {
      const row = layout.rowOf.get(cell.lane)!;
      for (const p of cell.placements) {
        const at = notePosition(layout, cell, p);
        expect(at.y + p.height, p.note.id).toBeLessThanOrEqual(row.y + row.height);
      }
    }
  });

  it('is drawn as an image at its band, with the text below it (board and every export draw these items)', () => {
    const scene = buildScene(layout, LIGHT_THEME, sceneLabels('id'));
    const item = scene.notes.find((n) => n.id === a!.id)!;
    const parts = notePrimitives(item);
    const image = parts.find((p) => p.type === 'image')!;
    const band = placementOf(layout, a!.id).picture!;
    expect(image).toEqual({ type: 'image', assetId: 'landscape', x: item.x + band.x, y: item.y + band.y, width: band.width, height: band.height });
    const firstLine = parts.find((p) => p.type === 'text')!;
    expect(firstLine.type === 'text' && firstLine.y).toBeGreaterThanOrEqual(item.y + band.y + band.height);
    expect(parts.filter((p) => p.type === 'text').every((p) => p.type === 'text' && p.y + p.font.size <= item.y + item.height)).toBe(true);
  });

  it('is laid out afresh when its picture is replaced under the same id', () => {
    const replaced: JourneyMap = { ...map, assets: { ...map.assets, landscape: asset(400, 1600) } };
    const again = layoutBoard(replaced, layout);
    expect(placementOf(again, a!.id).picture!.height).toBe(NOTE_PICTURE.maxHeight);
    expect(placementOf(again, a!.id).height).toBeGreaterThan(placementOf(layout, a!.id).height);
    // Cells without pictures are still reused as they were.
    expect(again.cells.get(layout.noteCells.get('twin-0')!.cell)).toBe(layout.cells.get(layout.noteCells.get('twin-0')!.cell));
  });
});

describe('a map carrying a shrunk photo', () => {
  it('is saved and read back with no problems and no repairs, the asset within docs/format.md’s rules', async () => {
    // A 4000 × 3000 photo, shrunk as the renderer does it: the plan's size and type, drawn and encoded by Skia.
    const original = picture(4000, 3000, 'jpeg', { quality: 95 });
    const header = readImageHeader(original, pictureKind(original.subarray(0, KIND_BYTES), 'wall.jpg'))!;
    const plan = planPicture({ kind: 'jpeg', bytes: original.length, header }, 'note');
    if (plan.action !== 'encode') throw new Error('a 4000 × 3000 photo must be shrunk');
    const canvas = createCanvas(plan.width, plan.height);
    canvas.getContext('2d').drawImage(await loadImage(original), 0, 0, plan.width, plan.height);
    const shrunk = canvas.toBuffer('image/jpeg', Math.round(JPEG_QUALITY * 100));
    expect(shrunk.length).toBeLessThan(original.length / 4);

    const map = loadSample('b2b-software-purchase.en.cjm');
    const note = map.notes.find((n) => map.lanes.find((l) => l.id === n.lane)?.kind === 'evidence') ?? map.notes[0]!;
    const saved = writeCjm({ ...map, notes: map.notes.map((n) => (n.id === note.id ? { ...n, image: 'asset-wall' } : n)), assets: { 'asset-wall': { mime: 'image/jpeg', data: encodeBase64(shrunk), name: 'wall.jpg' } } });
    const read = readCjm(saved);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.repairs).toEqual([]);
    expect(read.map.notes.find((n) => n.id === note.id)!.image).toBe('asset-wall');
    expect(readImageHeader(Buffer.from(read.map.assets!['asset-wall']!.data, 'base64'), 'jpeg')).toMatchObject({ width: 1600, height: 1200 });
    expect(placementOf(layoutBoard(read.map), note.id).picture).toMatchObject({ assetId: 'asset-wall' });
  });
});

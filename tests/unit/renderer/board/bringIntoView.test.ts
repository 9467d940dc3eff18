// Bringing a note into view keeps it clear of the pinned titles at any
// zoom: right of the lane titles, below the stage titles (and persona
// strip), inside the view; 'nearest' moves no more than needed, 'centre'
// centres it on the open board without showing empty wall before the map's
// start; a note to be typed in where the board draws no text comes in at
// the reading zoom.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCjm } from '../../../../shared/format';
import { notePosition, layoutBoard } from '../../../../shared/layout/layout';
import { cameraShowing } from '../../../../renderer/board/bringIntoView';
import { READING_ZOOM, TEXT_ZOOM, type CameraState } from '../../../../renderer/board/camera';
import { pinnedTitles, openTop } from '../../../../renderer/board/pinnedTitles';

/** A 1366×768 laptop with the dot voting results open beside the board. */
const VIEW = { width: 986, height: 648 };
const PINNED = { left: 200, top: 128 };
const NOTE = { x: 638, y: 2044, width: 196, height: 81 };

/** The note's box on screen under a camera. */
function onScreen(camera: CameraState, note = NOTE) {
  return { left: camera.x + note.x * camera.scale, top: camera.y + note.y * camera.scale, right: camera.x + (note.x + note.width) * camera.scale, bottom: camera.y + (note.y + note.height) * camera.scale };
}

function expectClear(camera: CameraState, note = NOTE, view = VIEW, pinned = PINNED) {
  const box = onScreen(camera, note);
  expect(box.left).toBeGreaterThanOrEqual(pinned.left * camera.scale);
  expect(box.top).toBeGreaterThanOrEqual(pinned.top * camera.scale);
  expect(box.right).toBeLessThanOrEqual(view.width);
  expect(box.bottom).toBeLessThanOrEqual(view.height);
}

describe('centre', () => {
  it('keeps a note clear of the titles when zoomed in, where the middle of the view is under them', () => {
    for (const scale of [1, 1.5, 1.95, 2.2]) {
      const camera = cameraShowing({ x: 0, y: 0, scale }, NOTE, VIEW, PINNED, { place: 'centre' });
      expect(camera.scale).toBe(scale);
      expectClear(camera);
      // Centred on the open board, not on the view.
      const box = onScreen(camera);
      expect((box.left + box.right) / 2).toBeCloseTo((PINNED.left * scale + 8 + VIEW.width - 8) / 2);
    }
  });

  it('shows no empty wall before the first stage for a note near it', () => {
    const first = { x: 212, y: 140, width: 196, height: 81 };
    const camera = cameraShowing({ x: -900, y: -700, scale: 1 }, first, VIEW, PINNED, { place: 'centre' });
    expect(camera.x).toBe(0);
    expect(camera.y).toBe(0);
    expectClear(camera, first);
  });

  it('shows the start of a note too big for the open board', () => {
    const tall = { ...NOTE, height: 900 };
    const camera = cameraShowing({ x: 0, y: 0, scale: 1 }, tall, VIEW, PINNED, { place: 'centre' });
    expect(onScreen(camera, tall).top).toBe(PINNED.top + 8);
  });
});

describe('nearest', () => {
  it('leaves the camera alone when the note is already clear of the titles', () => {
    const camera = { x: -300, y: -1800, scale: 1 };
    expectClear(camera);
    expect(cameraShowing(camera, NOTE, VIEW, PINNED, { place: 'nearest' })).toEqual(camera);
  });

  it('slides a note out from under the lane titles and the stage titles, no further', () => {
    const camera = cameraShowing({ x: -540, y: -1950, scale: 1 }, NOTE, VIEW, PINNED, { place: 'nearest' });
    expect(onScreen(camera).left).toBe(PINNED.left + 8);
    expect(onScreen(camera).top).toBe(PINNED.top + 8);
  });

  it('brings a note past the right and bottom edges just inside them', () => {
    const far = { ...NOTE, x: 1494 };
    const from = { x: -300, y: -1000, scale: 0.8 };
    expect(onScreen(from, far).right).toBeGreaterThan(VIEW.width);
    expect(onScreen(from, far).bottom).toBeGreaterThan(VIEW.height);
    const camera = cameraShowing(from, far, VIEW, PINNED, { place: 'nearest' });
    expect(camera.scale).toBe(0.8);
    expect(onScreen(camera, far).right).toBeCloseTo(VIEW.width - 8);
    expect(onScreen(camera, far).bottom).toBeCloseTo(VIEW.height - 8);
  });
});

describe('readable', () => {
  it('zooms to the reading zoom where the board draws no text, and centres the note', () => {
    const camera = cameraShowing({ x: 20, y: 10, scale: 0.23 }, NOTE, VIEW, PINNED, { place: 'nearest', readable: true });
    expect(camera.scale).toBe(READING_ZOOM);
    expectClear(camera);
  });

  it('keeps a zoom where text is drawn', () => {
    const camera = cameraShowing({ x: 0, y: -700, scale: TEXT_ZOOM }, NOTE, VIEW, PINNED, { place: 'nearest', readable: true });
    expect(camera.scale).toBe(TEXT_ZOOM);
    expectClear(camera);
  });
});

describe('the pinned titles of a real map', () => {
  const read = readCjm(readFileSync(join(import.meta.dirname, '../../../../shared/samples/b2b-software-purchase.en.cjm')));
  if (!read.ok) throw new Error('the sample does not read');
  const layout = layoutBoard(read.map);

  it('reach to the lane titles and the persona strip with the stage titles', () => {
    expect(pinnedTitles(layout)).toEqual({ left: 200, top: 72 + 56 });
  });

  it('keep every note of the map clear of them, centred at a large zoom on a small laptop', () => {
    for (const [key, cell] of layout.cells) {
      cell.placements.forEach((placement) => {
        const note = { ...notePosition(layout, cell, placement), width: placement.width, height: placement.height };
        const camera = cameraShowing({ x: 0, y: 0, scale: 2 }, note, VIEW, pinnedTitles(layout), { place: 'centre' });
        try {
          expectClear(camera, note, VIEW, pinnedTitles(layout));
        } catch (error) {
          throw new Error(`${key} ${placement.note.id}: ${String(error)}`);
        }
      });
    }
  });

  it('end, scrolled down, at the board y that shows below the stage titles', () => {
    expect(openTop(layout, { x: 0, y: 40, scale: 1 })).toBe(128);
    expect(openTop(layout, { x: 0, y: -1000, scale: 2 })).toBe(628);
  });
});

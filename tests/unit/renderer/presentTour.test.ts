// The presentation's camera and keys: on a 1920×1080 projector (and a small
// laptop screen) every stage of both samples is wholly on screen right of the
// lane titles with note text at 18 px or more; the overview holds the whole
// map; a clicker's keys move through the stages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCjm } from '../../../shared/format';
import { GEOMETRY, NOTE_FONT } from '../../../shared/layout/geometry';
import { layoutBoard } from '../../../shared/layout/layout';
import { presentCommand } from '../../../renderer/presenting/presentKeys';
import { maxScroll, overviewCamera, tourCamera, tourScale } from '../../../renderer/presenting/tour';

const SAMPLES = join(import.meta.dirname, '../../../shared/samples');

function sample(name: string) {
  const read = readCjm(readFileSync(join(SAMPLES, name)));
  if (!read.ok) throw new Error(name);
  return layoutBoard(read.map);
}

describe.each(['b2b-software-purchase.en.cjm', 'hotel-check-in.id.cjm'])('the tour of %s', (name) => {
  const layout = sample(name);
  for (const view of [{ width: 1920, height: 1080 }, { width: 1366, height: 768 }]) {
    it(`shows each stage whole at ${view.width}×${view.height}, text ≥ 18 px`, () => {
      const scale = tourScale(layout, view);
      expect(NOTE_FONT.size * scale).toBeGreaterThanOrEqual(18);
      layout.columns.forEach((column, index) => {
        const camera = tourCamera(layout, index, view);
        expect(camera.scale).toBe(scale);
        const left = camera.x + column.x * scale;
        expect(left, `stage ${index}`).toBeGreaterThanOrEqual(GEOMETRY.laneHeaderWidth * scale - 1);
        expect(left + column.width * scale, `stage ${index}`).toBeLessThanOrEqual(view.width + 1);
        // Never an empty wall left of the map or right of it.
        expect(camera.x).toBeLessThanOrEqual(0);
        expect(camera.x + layout.width * scale).toBeGreaterThanOrEqual(Math.min(view.width, layout.width * scale) - 1);
      });
    });
  }

  it('scrolls down to the foot of the map and no further', () => {
    const view = { width: 1920, height: 1080 };
    const scale = tourScale(layout, view);
    const far = tourCamera(layout, 0, view, 1e9);
    expect(far.y).toBe(-Math.round(maxScroll(layout, view, scale) * scale));
    expect(far.y + layout.height * scale).toBeGreaterThanOrEqual(view.height - 1);
    expect(tourCamera(layout, 0, view, -50).y).toBe(-0);
  });

  it('fits the whole map in the overview', () => {
    const view = { width: 1920, height: 1080 };
    const camera = overviewCamera(layout, view);
    expect(camera.x).toBeGreaterThanOrEqual(0);
    expect(camera.y).toBeGreaterThanOrEqual(0);
    expect(camera.x + layout.width * camera.scale).toBeLessThanOrEqual(view.width);
    expect(camera.y + layout.height * camera.scale).toBeLessThanOrEqual(view.height);
  });
});

describe('the presenter keys', () => {
  const key = (k: string, shift = false, ctrl = false) => presentCommand({ key: k, shiftKey: shift, ctrlKey: ctrl, metaKey: false, altKey: false });
  it('follow what clickers send', () => {
    expect(key('PageDown')).toEqual({ kind: 'next' });
    expect(key('PageUp')).toEqual({ kind: 'previous' });
    expect(key('ArrowRight')).toEqual({ kind: 'next' });
    expect(key('ArrowLeft')).toEqual({ kind: 'previous' });
    expect(key(' ')).toEqual({ kind: 'next' });
    expect(key(' ', true)).toEqual({ kind: 'previous' });
    expect(key('b')).toEqual({ kind: 'blank' });
    expect(key('.')).toEqual({ kind: 'blank' });
    expect(key('Escape')).toEqual({ kind: 'exit' });
  });
  it('switch the aids by letter, in either case, and jump by number', () => {
    expect(key('s')).toEqual({ kind: 'spotlight-stage' });
    expect(key('l')).toEqual({ kind: 'spotlight-lane' });
    expect(key('L', true)).toEqual({ kind: 'spotlight-lane' });
    expect(key('o')).toEqual({ kind: 'overview' });
    expect(key('h')).toEqual({ kind: 'pointer' });
    expect(key('3')).toEqual({ kind: 'stage', index: 2 });
    expect(key('9')).toEqual({ kind: 'stage', index: 8 });
    expect(key('PageDown', false, true)).toBeNull();
  });
  it('zoom with + and - (the keypad\'s, and = without Shift), 0 back to the fitted zoom', () => {
    expect(key('+', true)).toEqual({ kind: 'zoom', steps: 1 });
    expect(key('=')).toEqual({ kind: 'zoom', steps: 1 });
    expect(key('-')).toEqual({ kind: 'zoom', steps: -1 });
    expect(key('0')).toEqual({ kind: 'zoom-reset' });
    // Ctrl and + is the browser's own zoom, not the tour's.
    expect(key('+', false, true)).toBeNull();
  });
});

// Find (Ctrl+F) on a sample: typing a word outlines every note that has it,
// and Enter (Shift+Enter back) selects the hits one after another, each
// brought to the middle of the open board (clear of the pinned titles).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GEOMETRY } from '../../shared/layout/geometry';
import { type Geometry, geometry, noteRect, press, selection, setCamera, settle, waitForBoard } from './support/board';
import { SAMPLES, useE2E } from './support/jejak';
import { capture, changedPixels } from './support/pixels';

const e2e = useE2E();

/** Screen rectangles of the notes that are wholly in the canvas. */
function visibleNotes(g: Geometry, ids: readonly string[]): Map<string, { x: number; y: number; width: number; height: number }> {
  const out = new Map<string, { x: number; y: number; width: number; height: number }>();
  for (const id of ids) {
    const r = noteRect(g, id);
    const a = g.toScreen(r);
    const box = { x: a.x - g.canvas.x, y: a.y - g.canvas.y, width: r.width * g.view.scale, height: r.height * g.view.scale };
    if (box.x > 210 && box.y > 140 && box.x + box.width < g.canvas.width - 10 && box.y + box.height < g.canvas.height - 10) out.set(id, box);
  }
  return out;
}

describe('find', () => {
  it('outlines every hit and steps through them with Enter', async () => {
    const served = await e2e.serve({ file: join(SAMPLES, 'b2b-software-purchase.en.cjm') });
    const page = await e2e.open(served.url);
    await waitForBoard(page);

    await press(page, 'Control+f');
    const input = page.getByTestId('find-input');
    await input.waitFor();
    await expect.poll(() => input.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);

    let g = await geometry(page);
    const word = 'security';
    const hits = g.map.notes.filter((n) => !n.hidden && n.text.toLowerCase().includes(word)).map((n) => n.id);
    expect(hits.length).toBeGreaterThanOrEqual(3);

    // Look at the first hit's part of the board at 100%, before and after typing.
    const first = noteRect(g, hits[0]!);
    await setCamera(page, { scale: 1, x: Math.round(g.view.width / 2 - first.x - first.width / 2), y: Math.round(g.view.height / 2 - first.y - first.height / 2) });
    await settle(page);
    g = await geometry(page);
    const before = await capture(page, g.canvas);
    await input.pressSequentially(word);
    await expect.poll(() => page.getByTestId('find-count').textContent()).toBe(`1 of ${hits.length}`);
    const after = await capture(page, g.canvas);
    expect(await selection(page)).toEqual({ notes: [], cell: null });

    // What changed on the canvas is the outlines of the hits in view, and nothing else.
    const changed = changedPixels(before, after);
    expect(changed.length).toBeGreaterThan(0);
    const shown = visibleNotes(g, hits);
    expect(shown.has(hits[0]!)).toBe(true);
    const others = visibleNotes(g, g.map.notes.map((n) => n.id).filter((id) => !hits.includes(id)));
    const near = (p: { x: number; y: number }, r: { x: number; y: number; width: number; height: number }) =>
      p.x >= r.x - 8 && p.x <= r.x + r.width + 8 && p.y >= r.y - 8 && p.y <= r.y + r.height + 8;
    const inside = (p: { x: number; y: number }, r: { x: number; y: number; width: number; height: number }) =>
      p.x > r.x + 4 && p.x < r.x + r.width - 4 && p.y > r.y + 4 && p.y < r.y + r.height - 4;
    for (const p of changed) expect([...shown.values()].some((r) => near(p, r) && !inside(p, r)), `changed pixel ${p.x},${p.y} is on a hit's outline`).toBe(true);
    for (const [id, r] of shown) expect(changed.some((p) => near(p, r)), `hit ${id} is outlined`).toBe(true);
    for (const r of others.values()) expect(changed.some((p) => inside(p, r))).toBe(false);
    // The outline is amber: some changed pixel is close to #F59E0B.
    const amber = changed.some(({ x, y }) => {
      const i = (y * after.width + x) * 4;
      return Math.abs(after.data[i]! - 0xf5) < 40 && Math.abs(after.data[i + 1]! - 0x9e) < 40 && Math.abs(after.data[i + 2]! - 0x0b) < 60;
    });
    expect(amber, 'hits are outlined in amber').toBe(true);

    // Enter selects the hits in turn and brings each to the middle; it wraps; Shift+Enter goes back.
    for (let i = 0; i <= hits.length; i++) {
      await press(page, 'Enter');
      const id = hits[i % hits.length]!;
      expect(await selection(page)).toEqual({ notes: [id], cell: null });
      await expect.poll(() => page.getByTestId('find-count').textContent()).toBe(`${(i % hits.length) + 1} of ${hits.length}`);
      g = await geometry(page);
      const r = noteRect(g, id);
      const centre = g.toScreen({ x: r.x + r.width / 2, y: r.y + r.height / 2 });
      // The middle of the open board, right of the lane titles and below the stage titles...
      const open = {
        x: g.canvas.x + (GEOMETRY.laneHeaderWidth * g.view.scale + g.canvas.width) / 2,
        y: g.canvas.y + (g.layout.top * g.view.scale + g.canvas.height) / 2,
      };
      // ...unless the map's first stage or lane holds the board at its edge (no empty wall before it).
      if (g.view.x < 0) expect(Math.abs(centre.x - open.x)).toBeLessThan(2);
      else expect([g.view.x, centre.x < open.x]).toEqual([0, true]);
      if (g.view.y < 0) expect(Math.abs(centre.y - open.y)).toBeLessThan(2);
      else expect([g.view.y, centre.y < open.y]).toEqual([0, true]);
    }
    // Back from the first to the last, and on back.
    await press(page, 'Shift+Enter');
    expect(await selection(page)).toEqual({ notes: [hits[hits.length - 1]], cell: null });
    await press(page, 'Shift+Enter');
    expect(await selection(page)).toEqual({ notes: [hits[hits.length - 2]], cell: null });

    // A word nowhere on the board: no hits, nothing outlined.
    await input.fill('zebra crossing');
    await expect.poll(() => page.getByTestId('find-count').textContent()).toBe('No matches');
    await press(page, 'Escape');
    await page.getByTestId('find-bar').waitFor({ state: 'detached' });
  });
});

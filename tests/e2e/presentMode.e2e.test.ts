// Present mode on a 1920×1080 screen: F5 opens the map full screen in the
// projector's colours with no editing chrome; the stages are the slides,
// moved through with the keys a clicker sends; note text is at least 18 px
// (read from the scene: font size × zoom); the spotlight dims all but one
// stage or lane; the overview shows the whole map; Escape gives the board back
// unchanged.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { NOTE_FONT } from '../../shared/layout/geometry';
import { layoutBoard } from '../../shared/layout/layout';
import { currentMap, doc, waitForBoard } from './support/board';
import { ROOT, SAMPLES, useE2E } from './support/jejak';
import { capture } from './support/pixels';
import { presentState, restedPresentation, type PresentState } from './support/present';

const e2e = useE2E();
const SHOTS = join(ROOT, 'test-results/present');

async function key(page: Page, name: string): Promise<PresentState> {
  await page.keyboard.press(name);
  return restedPresentation(page);
}

/** Mean brightness (0–255) of a screen box. */
async function brightness(page: Page, box: { x: number; y: number; width: number; height: number }): Promise<number> {
  const png = await capture(page, box);
  let sum = 0;
  for (let i = 0; i < png.data.length; i += 4) sum += (png.data[i]! + png.data[i + 1]! + png.data[i + 2]!) / 3;
  return sum / (png.data.length / 4);
}

describe('present mode', () => {
  it('tours the stages at projector size, spotlights, overviews and gives the board back', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const served = await e2e.serve({ file: join(SAMPLES, 'b2b-software-purchase.en.cjm') });
    const page = await e2e.open(served.url);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await waitForBoard(page);
    const before = await doc(page);
    const map = await currentMap(page);
    const layout = layoutBoard(map);

    // A timer running for the room shows in the presentation's corner.
    await page.keyboard.press('t');
    await page.keyboard.press('Enter');
    await page.getByTestId('timer-display').first().waitFor();
    await page.keyboard.press('Escape');
    await page.keyboard.press('F5');
    await page.getByTestId('present').waitFor();
    let p = await restedPresentation(page);
    expect(p.stages).toBe(map.stages.length);
    expect(p.view).toEqual({ width: 1920, height: 1080 });
    // No editing chrome: the title bar and inspector are covered by the presentation.
    const covered = await page.evaluate(() => {
      const hit = (globalThis as unknown as { document: { elementFromPoint(x: number, y: number): { closest(s: string): unknown } | null } }).document.elementFromPoint(40, 20);
      return hit?.closest('[data-testid="present"]') !== null;
    });
    expect(covered).toBe(true);

    await page.locator('.present-corner [data-testid="timer-display"]').waitFor();
    await key(page, 'Home');
    const start = await restedPresentation(page);
    expect(start.stage).toBe(0);
    for (let i = 0; i < map.stages.length; i++) {
      p = await restedPresentation(page);
      expect(p.stage).toBe(i);
      // Text size from the scene: every note is drawn at NOTE_FONT.size board px, times the zoom.
      expect(NOTE_FONT.size * p.camera.scale).toBeGreaterThanOrEqual(18);
      // The stage is wholly on screen, right of the pinned lane titles.
      const column = layout.columns[i]!;
      const left = p.camera.x + column.x * p.camera.scale;
      expect(left).toBeGreaterThanOrEqual(200 * p.camera.scale - 1);
      expect(left + column.width * p.camera.scale).toBeLessThanOrEqual(1920 + 1);
      await expect.poll(() => page.getByTestId('present-stage').textContent()).toContain(map.stages[i]!.title);
      if (i === 1) await page.screenshot({ path: join(SHOTS, 'tour-stage-2.png') });
      // Clickers send Page Down; arrows and space do the same.
      await page.keyboard.press(['PageDown', 'ArrowRight', ' '][i % 3]!);
    }
    p = await restedPresentation(page);
    expect(p.stage).toBe(map.stages.length - 1);
    expect((await key(page, 'PageUp')).stage).toBe(map.stages.length - 2);
    expect((await key(page, 'ArrowLeft')).stage).toBe(map.stages.length - 3);
    expect((await key(page, '2')).stage).toBe(1);

    // Spotlight the stage: a note of the next stage darkens, one of this stage does not.
    p = await restedPresentation(page);
    const here = layout.columns[1]!;
    const next = layout.columns[2]!;
    const row = layout.rows.find((r) => r.lane.kind === 'actions')!;
    const box = (c: typeof here) => ({
      x: Math.round(p.camera.x + (c.x + 20) * p.camera.scale),
      y: Math.round(p.camera.y + (row.y + row.bandHeight + 20) * p.camera.scale),
      width: 60,
      height: 30,
    });
    const [hereBefore, nextBefore] = [await brightness(page, box(here)), await brightness(page, box(next))];
    p = await key(page, 's');
    expect(p.spotlight).toEqual({ kind: 'stage', stage: 1 });
    await expect.poll(() => page.getByTestId('present-status').textContent()).toBe('Spotlight on this stage');
    const [hereAfter, nextAfter] = [await brightness(page, box(here)), await brightness(page, box(next))];
    expect(Math.abs(hereAfter - hereBefore)).toBeLessThan(2);
    expect(nextAfter).toBeLessThan(nextBefore * 0.6);
    await page.screenshot({ path: join(SHOTS, 'spotlight-stage.png') });
    p = await key(page, 's');
    expect(p.spotlight).toEqual({ kind: 'none' });

    // L lights the top lane on screen, ↓ moves the light down a lane, L again puts it out.
    p = await key(page, 'l');
    expect(p.spotlight).toEqual({ kind: 'lane', lane: layout.rows[0]!.lane.id });
    p = await key(page, 'ArrowDown');
    expect(p.spotlight).toEqual({ kind: 'lane', lane: layout.rows[1]!.lane.id });
    await page.screenshot({ path: join(SHOTS, 'spotlight-lane.png') });
    p = await key(page, 'l');
    expect(p.spotlight).toEqual({ kind: 'none' });

    // The overview: the whole map in the screen.
    p = await key(page, 'o');
    expect(p.overview).toBe(true);
    expect(layout.width * p.camera.scale).toBeLessThanOrEqual(1920);
    expect(layout.height * p.camera.scale).toBeLessThanOrEqual(1080);
    await page.screenshot({ path: join(SHOTS, 'overview.png') });
    p = await key(page, 'o');
    expect(p.overview).toBe(false);

    // The pointer highlight follows the mouse; B blanks the screen, any key brings it back.
    await key(page, 'h');
    await page.mouse.move(900, 500);
    await page.mouse.move(960, 540);
    const dot = await page.getByTestId('present-pointer').boundingBox();
    expect(dot && Math.abs(dot.x + dot.width / 2 - 960) < 2 && Math.abs(dot.y + dot.height / 2 - 540) < 2).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'pointer.png') });
    await key(page, 'b');
    await page.getByTestId('present-blank').waitFor();
    await key(page, 'ArrowRight');
    expect(await page.getByTestId('present-blank').count()).toBe(0);
    expect((await presentState(page))!.stage).toBe(1);

    // Escape leaves; nothing typed during the presentation reached the map.
    await key(page, 'n');
    await page.keyboard.press('Escape');
    await page.getByTestId('present').waitFor({ state: 'detached' });
    expect(await presentState(page)).toBeNull();
    expect(await doc(page)).toBe(before);
    await page.getByTestId('board').waitFor();
  });

  it('speaks Indonesian when the interface does', async () => {
    const served = await e2e.serve({ file: join(SAMPLES, 'hotel-check-in.id.cjm'), settings: { language: 'id' } });
    const page = await e2e.open(served.url);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await waitForBoard(page);
    await page.keyboard.press('F5');
    await page.getByTestId('present').waitFor();
    await restedPresentation(page);
    await expect.poll(() => page.getByTestId('present-stage').textContent()).toMatch(/^Tahap \d+ dari \d+/);
    await expect.poll(() => page.getByTestId('present-hints').innerText()).toMatch(/Esc\s+keluar/);
    await page.screenshot({ path: join(SHOTS, 'tour-id.png') });
    const p = await restedPresentation(page);
    expect(NOTE_FONT.size * p.camera.scale).toBeGreaterThanOrEqual(18);
  });
});

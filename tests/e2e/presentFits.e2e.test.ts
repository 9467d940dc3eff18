// Present mode fits the screen (issue 13, point 2). At 1920×1080, 1366×768
// and 1280×720, on both samples, an eight-lane map and that map with four
// lanes hidden: no note is drawn under the presentation's own chrome (the
// stage pill, the key hints, the timer, the "more below" cue, the leave
// button); every lane of the stage is on screen where note text can stay at
// 18 px at 1080p, and where it cannot a cue names the lanes below and ↓
// scrolls to them. + and - zoom; L spotlights a lane in view and L again
// switches the spotlight off. All read from the layout and the camera.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readCjm } from '../../shared/format/reader';
import { writeCjm } from '../../shared/format/writer';
import { GEOMETRY, NOTE_FONT } from '../../shared/layout/geometry';
import { layoutBoard, type BoardLayout } from '../../shared/layout/layout';
import { eightLaneMap, fourOfEightLanesMap } from '../support/presentMaps';
import { waitForBoard } from './support/board';
import { ROOT, SAMPLES, useE2E, type ServeOptions } from './support/jejak';
import { chromeBoxes, clip, intersects, laneOnScreen, notesOnScreen, presentCanvas, restedPresentation, type Box, type PresentState } from './support/present';

const e2e = useE2E();
const SHOTS = join(ROOT, 'test-results/present-fits');
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
];

/** `fits`: whether every lane can show with note text at 18 px at 1080p (so the test holds both cases). */
const MAPS: { name: string; serve: ServeOptions; fits: boolean }[] = [
  { name: 'b2b', serve: { file: join(SAMPLES, 'b2b-software-purchase.en.cjm') }, fits: false },
  { name: 'hotel', serve: { file: join(SAMPLES, 'hotel-check-in.id.cjm'), settings: { language: 'id' } }, fits: false },
  { name: 'eight-lanes', serve: { contents: writeCjm(eightLaneMap()), as: 'eight-lanes.cjm' }, fits: false },
  { name: 'four-of-eight-lanes', serve: { contents: writeCjm(fourOfEightLanesMap()), as: 'four-lanes.cjm' }, fits: true },
];

/** Note text in px on this screen, as it would be on a 1080-px-tall one. */
const textAt1080 = (scale: number, screenHeight: number) => NOTE_FONT.size * scale * (1080 / screenHeight);

/** The lanes not wholly on screen below the canvas's foot, in board order. */
function lanesBelow(layout: BoardLayout, p: PresentState, canvas: Box): string[] {
  return layout.rows.filter((r) => {
    const row = laneOnScreen(layout, r.lane.id, p.camera, canvas);
    return row.y + row.height > canvas.y + canvas.height + 1;
  }).map((r) => r.lane.title);
}

/** Opens present mode at this screen size with the timer running in its corner, and waits for it to settle. */
async function presentAt(page: Page, size: { width: number; height: number }): Promise<PresentState> {
  if ((await page.getByTestId('present').count()) > 0) {
    await page.keyboard.press('Escape');
    await page.getByTestId('present').waitFor({ state: 'detached' });
  }
  await page.setViewportSize(size);
  await page.keyboard.press('F5');
  await page.getByTestId('present').waitFor();
  await page.locator('[data-testid="present"] [data-testid="timer-display"]').waitFor();
  return restedPresentation(page);
}

/** Fails if any note drawn on screen lies under any of present mode's chrome. */
async function expectNoNoteUnderChrome(page: Page, layout: BoardLayout, p: PresentState, where: string): Promise<void> {
  const canvas = await presentCanvas(page);
  const chrome = await chromeBoxes(page);
  // All of the chrome is on screen (the margin never pushes the timer off its foot).
  const screen = { x: 0, y: 0, ...p.view };
  for (const c of chrome) expect(clip(c.box, screen), `${where}: ${c.name} wholly on screen`).toEqual(c.box);
  const notes = notesOnScreen(layout, p.camera, canvas);
  expect(notes.length, `${where}: notes on screen`).toBeGreaterThan(0);
  const under = notes.flatMap((n) => chrome.filter((c) => intersects(n.box, c.box)).map((c) => `${n.id} under ${c.name}`));
  expect(under, where).toEqual([]);
}

describe('present mode fits the screen', () => {
  it.each(MAPS)('keeps every note clear of its chrome and shows every lane that 18 px allows: $name', async ({ name, serve, fits: expectFits }) => {
    mkdirSync(SHOTS, { recursive: true });
    const served = await e2e.serve(serve);
    const page = await e2e.open(served.url);
    await page.setViewportSize(SIZES[0]!);
    await waitForBoard(page);
    const read = readCjm(readFileSync(served.file!));
    if (!read.ok) throw new Error(`${name} does not read`);
    const map = read.map;
    const layout = layoutBoard(map);
    // A timer for the room, started as a facilitator does: T, then Enter for the suggested length.
    await page.keyboard.press('t');
    await page.keyboard.press('Enter');
    await page.getByTestId('timer-display').first().waitFor();
    await page.keyboard.press('Escape');

    for (const size of SIZES) {
      const where = `${name} at ${size.width}×${size.height}`;
      let p = await presentAt(page, size);
      expect(p.view, `${where}: the presentation fills the screen`).toEqual(size);
      // The keys show for the first seconds (? brings them back): nothing of the map is under them either.
      const hints = page.locator('[data-testid="present"] [data-testid="present-hints"]');
      if ((await hints.count()) === 0) await page.keyboard.press('?');
      await hints.waitFor();
      for (const stage of [0, Math.min(3, map.stages.length - 1)]) {
        if (stage > 0) {
          await page.keyboard.press(String(stage + 1));
          p = await restedPresentation(page);
        }
        const at = `${where}, stage ${stage + 1}`;
        await expectNoNoteUnderChrome(page, layout, p, at);
        const canvas = await presentCanvas(page);
        // The stage is wholly across the screen, right of the lane titles.
        const column = layout.columns[stage]!;
        const left = canvas.x + p.camera.x + column.x * p.camera.scale;
        expect(left, `${at}: the stage's left edge`).toBeGreaterThanOrEqual(canvas.x + GEOMETRY.laneHeaderWidth * p.camera.scale - 1);
        expect(left + column.width * p.camera.scale, `${at}: the stage's right edge`).toBeLessThanOrEqual(canvas.x + canvas.width + 1);
        const fits = layout.height * (18 / NOTE_FONT.size) * (size.height / 1080) <= canvas.height;
        expect(fits, `${at}: every lane can fit at 18 px`).toBe(expectFits);
        const below = lanesBelow(layout, p, canvas);
        const cue = page.locator('[data-testid="present"] [data-testid="present-more"]');
        if (fits) {
          expect(below, `${at}: lanes below the screen`).toEqual([]);
          expect(await cue.count(), `${at}: no "more below" cue`).toBe(0);
        } else {
          expect(textAt1080(p.camera.scale, size.height), `${at}: note text at 1080p`).toBeGreaterThanOrEqual(18);
          expect(below.length, `${at}: lanes below`).toBeGreaterThan(0);
          await cue.waitFor();
          expect(await cue.textContent(), `${at}: the cue names the first lane below`).toContain(below[0]);
        }
        if (stage > 0) await page.screenshot({ path: join(SHOTS, `${name}-${size.width}x${size.height}-stage${stage + 1}.png`) });
      }
      // Scrolling still reaches the foot of the stage, and the cue goes when nothing is below.
      if (lanesBelow(layout, p, await presentCanvas(page)).length > 0) {
        for (let i = 0; i < 12 && (await page.locator('[data-testid="present"] [data-testid="present-more"]').count()) > 0; i++) {
          await page.keyboard.press('ArrowDown');
          p = await restedPresentation(page);
        }
        const canvas = await presentCanvas(page);
        expect(lanesBelow(layout, p, canvas), `${where}: lanes below after scrolling`).toEqual([]);
        await expectNoNoteUnderChrome(page, layout, p, `${where}, scrolled to the foot`);
        await page.screenshot({ path: join(SHOTS, `${name}-${size.width}x${size.height}-scrolled-to-foot.png`) });
      }
    }
  });

  it('zooms with + and -, and L spotlights only a lane in view, L again switches it off', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const served = await e2e.serve({ contents: writeCjm(eightLaneMap()), as: 'eight-lanes.cjm' });
    const page = await e2e.open(served.url);
    await page.setViewportSize({ width: 1366, height: 768 });
    await waitForBoard(page);
    const layout = layoutBoard(eightLaneMap());
    await page.keyboard.press('F5');
    await page.getByTestId('present').waitFor();
    const start = await restedPresentation(page);

    // + and - zoom the tour, 0 goes back to the fitted zoom.
    await page.keyboard.press('+');
    const bigger = await restedPresentation(page);
    expect(bigger.camera.scale).toBeGreaterThan(start.camera.scale * 1.1);
    await page.screenshot({ path: join(SHOTS, 'eight-lanes-1366x768-zoomed-in.png') });
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    const smaller = await restedPresentation(page);
    expect(smaller.camera.scale).toBeLessThan(start.camera.scale * 0.9);
    await page.screenshot({ path: join(SHOTS, 'eight-lanes-1366x768-zoomed-out.png') });
    await page.keyboard.press('0');
    expect((await restedPresentation(page)).camera.scale).toBeCloseTo(start.camera.scale, 5);

    /** The spotlit lane, which must be wholly on screen below the pinned stage titles. */
    const litLaneInView = async (): Promise<string> => {
      const p = await restedPresentation(page);
      if (p.spotlight.kind !== 'lane') throw new Error(`no lane is spotlit: ${JSON.stringify(p.spotlight)}`);
      const canvas = await presentCanvas(page);
      const row = laneOnScreen(layout, p.spotlight.lane, p.camera, canvas);
      const headers = layout.top * p.camera.scale;
      const seen = clip(row, { ...canvas, y: canvas.y + headers, height: canvas.height - headers });
      expect(seen?.height ?? 0, `lane ${p.spotlight.lane} on screen`).toBeGreaterThanOrEqual(Math.min(row.height, canvas.height - headers) - 1);
      return p.spotlight.lane;
    };

    // Scrolled to the foot, L lights a lane that is on screen (it used to light the first lane, off screen above).
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowDown');
    await restedPresentation(page);
    await page.keyboard.press('l');
    const first = await litLaneInView();
    expect(first).not.toBe(layout.rows[0]!.lane.id);
    await expect.poll(() => page.getByTestId('present-status').textContent()).toContain(layout.rowOf.get(first)!.lane.title);
    await page.screenshot({ path: join(SHOTS, 'eight-lanes-1366x768-spotlight-lane.png') });
    // L again: the spotlight is off.
    await page.keyboard.press('l');
    expect((await restedPresentation(page)).spotlight).toEqual({ kind: 'none' });

    // Back at the top, ↑ and ↓ move a lane's spotlight, and the tour follows it down: it is never off screen.
    await page.keyboard.press('Home');
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowUp');
    await restedPresentation(page);
    await page.keyboard.press('l');
    expect(await litLaneInView()).toBe(layout.rows[0]!.lane.id);
    for (let i = 1; i < layout.rows.length; i++) {
      await page.keyboard.press('ArrowDown');
      expect(await litLaneInView()).toBe(layout.rows[i]!.lane.id);
    }
    await page.keyboard.press('ArrowRight');
    expect(await litLaneInView()).toBe(layout.rows[layout.rows.length - 1]!.lane.id);
    await page.keyboard.press('L');
    expect((await restedPresentation(page)).spotlight).toEqual({ kind: 'none' });
  });
});

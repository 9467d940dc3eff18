// The two sample maps as the board draws them, fitted (key 0) and at 100%
// (key 1), in both interface languages, against baselines committed in
// tests/e2e/baselines (a small share of pixels may differ: fonts rasterise a
// little differently between machines). A missing baseline, or every one
// with JEJAK_UPDATE_BASELINES=1, is written from this run; look at it before
// committing it.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { geometry, settle, waitForBoard } from './support/board';
import { SAMPLES, useE2E, VIEWPORT } from './support/jejak';
import { capture, compareWithBaseline, MAX_DIFF_RATIO } from './support/pixels';

const e2e = useE2E();

const SAMPLE_IDS = readdirSync(SAMPLES)
  .filter((name) => name.endsWith('.cjm'))
  .map((name) => name.slice(0, -'.cjm'.length))
  .sort();

async function openSample(page: Page, id: string): Promise<void> {
  await page.getByTestId(`sample-${id}`).click();
  await waitForBoard(page);
  // The pointer rests on the board, where nothing reacts to hovering.
  const g = await geometry(page);
  await page.mouse.move(g.canvas.x + g.canvas.width / 2, g.canvas.y + g.canvas.height / 2);
}

async function expectLikeBaseline(page: Page, name: string): Promise<void> {
  const shot = await capture(page);
  expect([shot.width, shot.height]).toEqual([VIEWPORT.width, VIEWPORT.height]);
  // The window, and its three parts each: the title bar, the board, the panel beside it.
  const { canvas } = await geometry(page);
  const top = Math.round(canvas.y);
  const right = Math.round(canvas.x + canvas.width);
  const result = compareWithBaseline(name, shot, [
    { name: 'title bar', box: { x: 0, y: 0, width: VIEWPORT.width, height: top } },
    { name: 'board', box: { x: Math.round(canvas.x), y: top, width: Math.round(canvas.width), height: VIEWPORT.height - top } },
    { name: 'panel', box: { x: right, y: top, width: VIEWPORT.width - right, height: VIEWPORT.height - top } },
  ]);
  for (const region of result.regions) {
    expect(region.ratio, `${name}, ${region.name}: ${region.diffPixels} pixels differ from the baseline (see test-results/e2e/${name}.diff.png)`).toBeLessThanOrEqual(MAX_DIFF_RATIO);
  }
}

async function shootBothZooms(page: Page, id: string, language: 'en' | 'id'): Promise<void> {
  await page.keyboard.press('0');
  await settle(page);
  const fitted = await geometry(page);
  expect(fitted.view.scale).toBeLessThan(1);
  // Fitted: the whole board is in view.
  expect(fitted.view.x).toBeGreaterThanOrEqual(0);
  expect(fitted.view.y).toBeGreaterThanOrEqual(0);
  expect(fitted.view.x + fitted.layout.width * fitted.view.scale).toBeLessThanOrEqual(fitted.view.width + 0.5);
  expect(fitted.view.y + fitted.layout.height * fitted.view.scale).toBeLessThanOrEqual(fitted.view.height + 0.5);
  await expectLikeBaseline(page, `${id}.ui-${language}.fit`);

  await page.keyboard.press('1');
  await settle(page);
  expect((await geometry(page)).view.scale).toBe(1);
  await expectLikeBaseline(page, `${id}.ui-${language}.100`);
}

describe('screenshots of the samples', () => {
  it('match the baselines with an English interface (settings.json)', async () => {
    expect(SAMPLE_IDS).toHaveLength(2);
    const served = await e2e.serve({ settings: { language: 'en' } });
    for (const id of SAMPLE_IDS) {
      // A page that speaks Indonesian still shows English: settings win over the browser.
      const page = await e2e.open(served.url, { locale: 'id-ID' });
      await page.getByTestId('start-screen').waitFor();
      expect(await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { lang: string } } }).document.documentElement.lang)).toBe('en');
      await openSample(page, id);
      await shootBothZooms(page, id, 'en');
    }
  });

  it('match the baselines with an Indonesian interface (chosen on the start screen)', async () => {
    const served = await e2e.serve();
    for (const [i, id] of SAMPLE_IDS.entries()) {
      const page = await e2e.open(served.url);
      await page.getByTestId('start-screen').waitFor();
      if (i === 0) {
        await page.getByTestId('interface-language').selectOption('id');
        await expect.poll(() => page.getByTestId('interface-language').inputValue()).toBe('id');
        // The choice is kept in the data folder, so the next page starts in Indonesian.
        const settings = () => JSON.parse(readFileSync(join(served.dataDir, 'settings.json'), 'utf8')) as { language?: unknown };
        await expect.poll(() => settings().language).toBe('id');
      } else {
        expect(await page.getByTestId('interface-language').inputValue()).toBe('id');
      }
      await openSample(page, id);
      await shootBothZooms(page, id, 'id');
    }
  });
});

// The board's titles and its first note (issue 13, point 8), at 1366×768:
// an empty map says how to add a note (double-click a cell, or N), in the
// open cells and never over the titles nor in an export, until it has a
// note (and again when it has none); a double-click on a stage or lane
// title opens the same title editor as the menu's Rename, and review mode
// refuses it with the menu's reason; a lane taller than the screen keeps
// its title in view while any part of its row shows.
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { writeCjm } from '../../shared/format/writer';
import type { JourneyMap } from '../../shared/format/types';
import { GEOMETRY } from '../../shared/layout/geometry';
import { laneHeaderHeight } from '../../shared/layout/laneHeader';
import { createMap } from '../../shared/templates';
import { currentMap, geometry, press, runAction, settle, viewport, waitForBoard } from './support/board';
import { exportOutcome } from './support/exportOutcome';
import { capture } from './support/pixels';
import { SAMPLES, useE2E } from './support/jejak';

const e2e = useE2E();
const SHOTS = process.env.JEJAK_SHOTS_DIR ?? tmpdir();
const LAPTOP = { width: 1366, height: 768 };
const HINT_EN = 'Double-click a cell to add a note, or press N.';
const HINT_ID = 'Klik dua kali sebuah sel untuk menambah catatan, atau tekan N.';

function emptyMap(locale: 'en' | 'id'): JourneyMap {
  return createMap({ type: 'current-state', locale, now: '2026-12-07T09:00:00Z', id: 'map-empty' });
}

/** The map served from a temporary folder (where the in-app file dialog starts), open at 1366×768. */
async function openMap(map: JourneyMap, locale = 'en-GB'): Promise<{ page: Page; folder: string }> {
  const served = await e2e.serve({ contents: writeCjm(map), as: 'workshop.cjm' });
  const page = await e2e.open(served.url, { locale });
  await page.setViewportSize(LAPTOP);
  await waitForBoard(page);
  return { page, folder: served.dir };
}

/** Fails unless the hint shows whole on the open cells: right of the lane titles, below the stage titles. */
async function expectHintClearOfTitles(page: Page): Promise<void> {
  const g = await geometry(page);
  const hint = await page.getByTestId('empty-board-hint').boundingBox();
  if (!hint) throw new Error('the hint has no box');
  const { x, y, scale } = g.view;
  expect(hint.x).toBeGreaterThanOrEqual(g.canvas.x + Math.max(x, 0) + GEOMETRY.laneHeaderWidth * scale);
  expect(hint.y).toBeGreaterThanOrEqual(g.canvas.y + Math.max(y, 0) + g.layout.top * scale);
  expect(hint.x + hint.width).toBeLessThanOrEqual(g.canvas.x + g.canvas.width);
  expect(hint.y + hint.height).toBeLessThanOrEqual(g.canvas.y + g.canvas.height);
}

/** Double-clicks the middle of a stage's or lane's title, as a facilitator does to rename it. */
async function doubleClickTitle(page: Page, title: { stage: number } | { lane: number }): Promise<void> {
  const g = await geometry(page);
  let at;
  if ('stage' in title) {
    const column = g.layout.columns[title.stage]!;
    at = g.toScreen({ x: column.x + column.width / 2, y: g.layout.personaStripHeight + GEOMETRY.stageHeaderHeight / 2 });
  } else {
    const row = g.layout.rows[title.lane]!;
    at = g.toScreen({ x: GEOMETRY.laneHeaderWidth / 2, y: row.y + 24 });
  }
  await page.mouse.dblclick(at.x, at.y);
  await settle(page);
}

/** The white of the lane titles' words in a strip of the lane titles' column (screen box), counted. */
async function titlePixels(page: Page, box: { x: number; y: number; width: number; height: number }): Promise<number> {
  const shot = await capture(page, box);
  let white = 0;
  for (let i = 0; i < shot.data.length; i += 4) if (shot.data[i]! > 200 && shot.data[i + 1]! > 200 && shot.data[i + 2]! > 200) white++;
  return white;
}

describe('an empty board', () => {
  it('says how to add a note, clear of the titles and out of exports, until the map has a note', async () => {
    const { page, folder } = await openMap(emptyMap('en'));
    const hint = page.getByTestId('empty-board-hint');
    expect(await hint.textContent()).toBe(HINT_EN);
    await expectHintClearOfTitles(page);
    await page.screenshot({ path: join(SHOTS, 'empty-board-hint-en-1366x768.png') });

    // An export of the empty map is the map alone.
    await page.keyboard.press('Control+e');
    const dialog = page.getByTestId('export-dialog');
    await dialog.waitFor();
    await dialog.getByTestId('export-format-svg').check();
    await dialog.getByTestId('export-start').click();
    const files = page.getByTestId('file-dialog');
    await files.waitFor();
    await files.getByTestId('file-name').fill('empty');
    await page.keyboard.press('Enter');
    await exportOutcome(page);
    await press(page, 'Escape');
    const svg = readFileSync(join(folder, 'empty.svg'), 'utf8');
    expect(svg).toContain('Awareness');
    expect(svg).not.toContain('Double-click');

    // The hint lets a double-click through to the cell under it: the first note, and the hint goes.
    const box = (await hint.boundingBox())!;
    await page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
    await page.getByTestId('note-editor').waitFor();
    await page.keyboard.type('Searches for a current account online');
    await press(page, 'Escape');
    expect((await currentMap(page)).notes.map((n) => n.text)).toEqual(['Searches for a current account online']);
    expect(await hint.count()).toBe(0);

    // Undone, the map is empty again, and says so again; N adds a note, and it goes.
    await press(page, 'Control+z');
    expect((await currentMap(page)).notes).toEqual([]);
    await hint.waitFor();
    await press(page, 'n');
    await page.getByTestId('note-editor').waitFor();
    expect((await currentMap(page)).notes).toHaveLength(1);
    expect(await hint.count()).toBe(0);
    await press(page, 'Escape');

    // Deleting the last note brings it back; review mode, where no note may be added, does not offer it.
    await press(page, 'Delete');
    expect((await currentMap(page)).notes).toEqual([]);
    await hint.waitFor();
    await runAction(page, 'Review mode: read-only (on or off)');
    await page.getByTestId('review-chip').waitFor();
    expect(await hint.count()).toBe(0);
  });

  it('says it in Indonesian on an Indonesian board', async () => {
    const { page } = await openMap(emptyMap('id'), 'id-ID');
    const hint = page.getByTestId('empty-board-hint');
    expect(await hint.textContent()).toBe(HINT_ID);
    await expectHintClearOfTitles(page);
    await page.screenshot({ path: join(SHOTS, 'empty-board-hint-id-1366x768.png') });
    // Panned so the cells sit lower, it stays on them.
    const g = await geometry(page);
    await page.mouse.move(g.canvas.x + g.canvas.width / 2, g.canvas.y + g.canvas.height / 2);
    await page.mouse.wheel(0, 300);
    await settle(page);
    await expectHintClearOfTitles(page);
  });
});

describe('a double-click on a title', () => {
  it('renames a stage and a lane in place, and in review mode says why not', async () => {
    const served = await e2e.serve({ file: join(SAMPLES, 'b2b-software-purchase.en.cjm') });
    const page = await e2e.open(served.url);
    await page.setViewportSize(LAPTOP);
    await waitForBoard(page);
    const editor = page.getByTestId('header-editor');

    await doubleClickTitle(page, { stage: 1 });
    await editor.waitFor();
    expect(await editor.inputValue()).toBe('Consideration');
    expect(await page.getByTestId('header-menu').count()).toBe(0);
    await page.keyboard.type('Comparing vendors');
    await page.screenshot({ path: join(SHOTS, 'double-click-stage-title-1366x768.png') });
    await press(page, 'Enter');
    expect((await currentMap(page)).stages[1]!.title).toBe('Comparing vendors');

    await doubleClickTitle(page, { lane: 2 });
    await editor.waitFor();
    const lane = (await currentMap(page)).lanes[2]!;
    expect(await editor.inputValue()).toBe(lane.title);
    await page.keyboard.type('Channels');
    await press(page, 'Enter');
    expect((await currentMap(page)).lanes[2]!.title).toBe('Channels');

    // Renaming is not structure: with the stages and lanes locked it stays open, as in the menu.
    await runAction(page, 'Lock the stages and lanes (on or off)');
    await page.getByTestId('structure-chip').waitFor();
    await doubleClickTitle(page, { stage: 0 });
    await editor.waitFor();
    await press(page, 'Escape');
    await page.getByTestId('unlock-structure').click();

    // Review mode: no editor, no menu, and the reason the menu would give.
    const before = await currentMap(page);
    await runAction(page, 'Review mode: read-only (on or off)');
    await page.getByTestId('review-chip').waitFor();
    await doubleClickTitle(page, { lane: 1 });
    expect(await page.getByTestId('toast').textContent()).toBe('Review mode is on: the map is read-only. Leave review mode to change it.');
    await page.screenshot({ path: join(SHOTS, 'double-click-title-in-review-mode-1366x768.png') });
    expect(await editor.count()).toBe(0);
    expect(await page.getByTestId('header-menu').count()).toBe(0);
    await doubleClickTitle(page, { stage: 2 });
    expect(await editor.count()).toBe(0);
    expect(await currentMap(page)).toEqual(before);
  });
});

describe('a lane taller than the screen', () => {
  it('keeps its title in view while any part of its row is on screen', async () => {
    const map = emptyMap('en');
    const actions = map.lanes[0]!;
    const stage = map.stages[0]!.id;
    for (let i = 1; i <= 40; i++) map.notes.push({ id: `nt-${i}`, lane: actions.id, stage, text: `Step ${i} of opening the account` });
    const { page } = await openMap(map);
    const g = await geometry(page);
    const row = g.layout.rowOf.get(actions.id)!;
    expect(row.height, 'the row is taller than the screen').toBeGreaterThan(LAPTOP.height);

    // Scrolled (the wheel, over the board) until the row's top is 500 board px above the stage titles' foot.
    const middle = { x: g.canvas.x + g.canvas.width / 2, y: g.canvas.y + g.canvas.height / 2 };
    await page.mouse.move(middle.x, middle.y);
    await page.mouse.wheel(0, row.y + 500 - g.layout.top);
    await settle(page);
    const v = await viewport(page);
    const openTop = g.canvas.y + Math.max(v.y, 0) + g.layout.top * v.scale;
    expect(g.canvas.y + v.y + row.y * v.scale, 'the row starts above the view').toBeLessThan(openTop - 300);
    expect(g.canvas.y + v.y + (row.y + row.height) * v.scale, 'the row ends below the view').toBeGreaterThan(g.canvas.y + g.canvas.height);
    // The title's words are in the lane titles' column just below the stage titles.
    const strip = { x: g.canvas.x + 8, y: openTop, width: (GEOMETRY.laneHeaderWidth - 16) * v.scale, height: laneHeaderHeight(actions) * v.scale };
    expect(await titlePixels(page, strip)).toBeGreaterThan(60);
    await page.screenshot({ path: join(SHOTS, 'tall-lane-title-stays-1366x768.png') });

    // Its title editor opens where the title shows.
    const title = { x: g.canvas.x + 60, y: openTop + 20 };
    await page.mouse.dblclick(title.x, title.y);
    const editor = page.getByTestId('header-editor');
    await editor.waitFor();
    const box = (await editor.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(openTop - 1);
    expect(box.y).toBeLessThan(openTop + 40);
    await press(page, 'Escape');

    // Scrolled on until the row's foot is in the middle of the screen: the title is still at the top of what shows of it.
    const foot = g.canvas.y + v.y + (row.y + row.height) * v.scale;
    await page.mouse.wheel(0, foot - middle.y);
    await settle(page);
    const after = await viewport(page);
    const footNow = g.canvas.y + after.y + (row.y + row.height) * after.scale;
    expect(footNow).toBeGreaterThan(openTop + 2 * laneHeaderHeight(actions) * after.scale);
    expect(footNow).toBeLessThan(g.canvas.y + g.canvas.height);
    expect(await titlePixels(page, strip)).toBeGreaterThan(60);
    await page.screenshot({ path: join(SHOTS, 'tall-lane-title-near-its-foot-1366x768.png') });
  });
});

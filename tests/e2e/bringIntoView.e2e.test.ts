// A note the board brings into view lands on the open board, clear of the
// pinned stage and lane titles, on a 1366×768 laptop (issue 13, points 7
// and 8): a note opened for typing (N zoomed out to where the board draws
// no text comes in at a readable zoom; Enter on a note half under the lane
// titles slides it out), and the opportunity "Make opportunities" adds,
// zoomed in, where centring alone put it under the titles.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { GEOMETRY } from '../../shared/layout/geometry';
import { READING_ZOOM, TEXT_ZOOM } from '../../renderer/board/camera';
import { currentMap, geometry, noteRect, press, selection, setCamera, settle, viewport, waitForBoard } from './support/board';
import { SAMPLES, useE2E } from './support/jejak';

const e2e = useE2E();
const SHOTS = process.env.JEJAK_SHOTS_DIR ?? tmpdir();
const B2B = join(SAMPLES, 'b2b-software-purchase.en.cjm');
const LAPTOP = { width: 1366, height: 768 };

async function openB2B(): Promise<Page> {
  const served = await e2e.serve({ file: B2B });
  const page = await e2e.open(served.url);
  await page.setViewportSize(LAPTOP);
  await waitForBoard(page);
  return page;
}

/** Fails unless the note shows whole right of the lane titles, below the stage titles and inside the board. */
async function expectOnOpenBoard(page: Page, id: string): Promise<void> {
  const g = await geometry(page);
  const r = noteRect(g, id);
  const { x, y, scale } = g.view;
  const a = g.toScreen({ x: r.x, y: r.y });
  const b = g.toScreen({ x: r.x + r.width, y: r.y + r.height });
  expect(a.x, `note ${id} is right of the lane titles`).toBeGreaterThanOrEqual(g.canvas.x + Math.max(x, 0) + GEOMETRY.laneHeaderWidth * scale);
  expect(a.y, `note ${id} is below the stage titles`).toBeGreaterThanOrEqual(g.canvas.y + Math.max(y, 0) + g.layout.top * scale);
  expect(b.x, `note ${id} ends inside the board`).toBeLessThanOrEqual(g.canvas.x + g.canvas.width);
  expect(b.y, `note ${id} ends above the board's foot`).toBeLessThanOrEqual(g.canvas.y + g.canvas.height);
}

const newNotes = async (page: Page, before: readonly { id: string }[]) => (await currentMap(page)).notes.filter((n) => !before.some((o) => o.id === n.id));

describe('a note opened for typing', () => {
  it('comes into view at a readable zoom when N is pressed where the board draws no text', async () => {
    const page = await openB2B();
    await press(page, '0');
    expect((await viewport(page)).scale, 'fitted, the board draws cards without text').toBeLessThan(TEXT_ZOOM);
    const before = (await currentMap(page)).notes;

    await press(page, 'n');
    const editor = page.getByTestId('note-editor');
    await editor.waitFor();
    const [made] = await newNotes(page, before);
    expect((await viewport(page)).scale).toBe(READING_ZOOM);
    await expectOnOpenBoard(page, made!.id);
    // The editor sits on the note, in view.
    const g = await geometry(page);
    const box = (await editor.boundingBox())!;
    const r = noteRect(g, made!.id);
    const at = g.toScreen({ x: r.x, y: r.y });
    expect(box.x).toBeGreaterThanOrEqual(at.x);
    expect(box.y).toBeGreaterThanOrEqual(at.y);
    expect(box.x + box.width).toBeLessThanOrEqual(at.x + r.width * g.view.scale);
    await page.keyboard.type('Asks the bank for a branch appointment');
    await page.screenshot({ path: join(SHOTS, 'n-zoomed-out-opens-note-readable-1366x768.png') });
    await press(page, 'Escape');
    expect((await currentMap(page)).notes.find((n) => n.id === made!.id)!.text).toBe('Asks the bank for a branch appointment');
  });

  it('slides out from under the lane titles when Enter opens it', async () => {
    const page = await openB2B();
    const g = await geometry(page);
    const id = 'nt-024';
    const r = noteRect(g, id);
    // The note half under the lane titles, as after a pan to the right.
    const row = g.layout.rowOf.get((await currentMap(page)).notes.find((n) => n.id === id)!.lane)!;
    await setCamera(page, { scale: 1, x: GEOMETRY.laneHeaderWidth - r.x - r.width / 2, y: g.layout.top + 40 - row.y });
    await settle(page);
    const point = (await geometry(page)).toScreen({ x: r.x + r.width * 0.8, y: r.y + r.height / 2 });
    await page.mouse.click(point.x, point.y);
    expect((await selection(page)).notes).toEqual([id]);
    const scale = (await viewport(page)).scale;
    await press(page, 'Enter');
    await page.getByTestId('note-editor').waitFor();
    expect((await viewport(page)).scale, 'readable already: the zoom stays').toBe(scale);
    await expectOnOpenBoard(page, id);
  });
});

describe('"Make opportunities" in the dot voting results', () => {
  it('brings the new opportunity into view clear of the pinned titles, zoomed in at 1366×768', async () => {
    const page = await openB2B();
    // Zoomed in for the room to read: three presses of +.
    for (let i = 0; i < 3; i++) await press(page, '+');
    expect((await viewport(page)).scale).toBeGreaterThan(1.9);
    const before = (await currentMap(page)).notes;

    await press(page, 'v');
    await page.getByTestId('voting-start').waitFor();
    await page.getByTestId('voting-start-button').click();
    await page.getByTestId('voting-bar').waitFor();
    await page.getByTestId('voting-open-results').click();
    await page.getByTestId('voting-results').waitFor();
    await page.getByTestId('voting-top').fill('1');
    await page.getByTestId('voting-select-top').click();
    await page.getByTestId('voting-make').click();
    await settle(page);

    const [made] = await newNotes(page, before);
    expect(made!.lane).toBe('ln-opportunities');
    await expect.poll(async () => (await selection(page)).notes).toEqual([made!.id]);
    await settle(page);
    await expectOnOpenBoard(page, made!.id);
    await page.screenshot({ path: join(SHOTS, 'make-opportunities-note-in-view-zoomed-1366x768.png') });

    // A results row's "Show" follows the same rule.
    await page.getByTestId('voting-result-show').first().click();
    await settle(page);
    const shown = (await selection(page)).notes[0]!;
    await expectOnOpenBoard(page, shown);
  });
});

// Several personas' emotion curves on the board (issue 7): the B2B sample has
// Maya's and David's emotions lanes, so the first band overlays both curves
// (blue and orange) under a legend; a click on David's entry takes his curve
// out of the overlay and another brings it back; the Curves control (C) does
// the same with checkboxes from the keyboard; none of it changes the map.
// The lane menu sets whose experience a lane records, undoably, and the
// curve takes that persona's colour.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { curveLegendEntries } from '../../shared/layout/curveLegend';
import { emotionY } from '../../shared/layout/emotionCurveItems';
import { GEOMETRY } from '../../shared/layout/geometry';
import type { RowLayout } from '../../shared/layout/layout';
import { LIGHT_THEME } from '../../shared/layout/theme';
import { dirty, doc, geometry, setCamera, settle, waitForBoard, type Geometry } from './support/board';
import { SAMPLES, useE2E } from './support/jejak';
import { capture, type Box } from './support/pixels';

const e2e = useE2E();
const SHOTS = mkdtempSync(join(tmpdir(), 'jejak-persona-curves-'));
const MAYA = [0x1d, 0x4e, 0xd8] as const;
const DAVID = [0xc2, 0x41, 0x0c] as const;

/** Pixels of an image within a small distance of a colour (antialiased edges fall outside). */
function count(image: PNG, rgb: readonly [number, number, number]): number {
  let n = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    const d = Math.abs(image.data[i]! - rgb[0]) + Math.abs(image.data[i + 1]! - rgb[1]) + Math.abs(image.data[i + 2]! - rgb[2]);
    if (d < 40) n++;
  }
  return n;
}

/** The screen box of a part of the first emotions band, clipped to the canvas. */
function bandBox(g: Geometry, row: RowLayout, from: number, to: number): Box {
  const a = g.toScreen({ x: GEOMETRY.laneHeaderWidth, y: from });
  const b = g.toScreen({ x: g.layout.width, y: to });
  const x = Math.max(Math.round(a.x), Math.round(g.canvas.x));
  const right = Math.min(Math.round(b.x), Math.round(g.canvas.x + g.canvas.width));
  return { x, y: Math.round(a.y), width: right - x, height: Math.round(b.y - a.y) };
}

/** The curves' part of the band (below the legend) and the whole band. */
async function bands(page: Page, g: Geometry, row: RowLayout) {
  const curves = await capture(page, bandBox(g, row, emotionY(row, 2) - 12, row.y + row.bandHeight));
  const whole = await capture(page, bandBox(g, row, row.y, row.y + row.bandHeight));
  return { curves, whole };
}

async function openB2B(page: Page): Promise<{ g: Geometry; row: RowLayout }> {
  await waitForBoard(page);
  let g = await geometry(page);
  const row = g.layout.rows.find((r) => r.lane.kind === 'emotions')!;
  expect(row.lane.id).toBe('ln-emotions-maya');
  // At 100%, the first band just under the pinned headers.
  await setCamera(page, { scale: 1, x: 0, y: g.layout.top + 8 - row.y });
  await settle(page);
  g = await geometry(page);
  return { g, row };
}

describe('several personas’ emotion curves', () => {
  it('overlays both curves in the first band; a click on a legend entry hides that curve and another shows it again', async () => {
    const served = await e2e.serve({ file: join(SAMPLES, 'b2b-software-purchase.en.cjm') });
    const page = await e2e.open(served.url);
    const { g, row } = await openB2B(page);
    const before = await doc(page);

    const shown = await bands(page, g, row);
    expect(count(shown.curves, MAYA), 'Maya’s blue curve in the first band').toBeGreaterThan(400);
    expect(count(shown.curves, DAVID), 'David’s orange curve in the first band').toBeGreaterThan(400);
    await page.screenshot({ path: join(SHOTS, 'overlay-band.png'), clip: bandBox(g, row, row.y - 4, row.y + row.bandHeight + 4) });
    await page.screenshot({ path: join(SHOTS, 'persona-strip.png'), clip: { x: g.canvas.x, y: g.canvas.y, width: g.canvas.width, height: g.layout.top } });

    // David's legend entry: his curve leaves the overlay; his key greys out; Maya's stays.
    const entries = curveLegendEntries(g.layout, LIGHT_THEME);
    expect(entries.map((e) => e.curve.label)).toEqual(['Maya Chen', 'David Okafor']);
    const david = entries[1]!.box;
    const at = g.toScreen({ x: david.x + 30, y: david.y + david.height / 2 });
    await page.mouse.click(at.x, at.y);
    await settle(page);
    const hidden = await bands(page, g, row);
    expect(count(hidden.curves, DAVID), 'no orange left in the curves').toBeLessThan(15);
    expect(count(hidden.whole, DAVID), 'nor in the legend').toBeLessThan(15);
    expect(count(hidden.curves, MAYA)).toBeGreaterThan(400);
    await page.screenshot({ path: join(SHOTS, 'overlay-band-david-off.png'), clip: bandBox(g, row, row.y - 4, row.y + row.bandHeight + 4) });
    // David's own band, further down, still draws his curve over his notes.
    const davidRow = g.layout.rowOf.get('ln-emotions-david')!;
    await setCamera(page, { scale: 1, x: 0, y: g.layout.top + 8 - davidRow.y });
    await settle(page);
    const g2 = await geometry(page);
    expect(count(await capture(page, bandBox(g2, davidRow, davidRow.y, davidRow.y + davidRow.bandHeight)), DAVID)).toBeGreaterThan(400);
    await setCamera(page, { scale: 1, x: 0, y: g.layout.top + 8 - row.y });
    await settle(page);

    // The control in the title bar counts it, and its box is unticked.
    await expect.poll(() => page.getByTestId('curves-hidden-count').getAttribute('aria-label')).toBe('1 hidden');

    const g3 = await geometry(page);
    const back = g3.toScreen({ x: david.x + 30, y: david.y + david.height / 2 });
    await page.mouse.click(back.x, back.y);
    await settle(page);
    const again = await bands(page, g3, row);
    expect(count(again.curves, DAVID)).toBeGreaterThan(400);
    expect(await page.getByTestId('curves-hidden-count').count()).toBe(0);

    // A view of this window: the map did not change.
    expect(await doc(page)).toBe(before);
    expect(await dirty(page)).toBe(false);
  });

  it('switches curves with the keyboard from the Curves control (C)', async () => {
    const served = await e2e.serve({ file: join(SAMPLES, 'b2b-software-purchase.en.cjm') });
    const page = await e2e.open(served.url);
    const { g, row } = await openB2B(page);

    await page.keyboard.press('c');
    const maya = page.getByTestId('curve-toggle-ln-emotions-maya');
    const david = page.getByTestId('curve-toggle-ln-emotions-david');
    await expect.poll(() => maya.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    expect(await maya.isChecked()).toBe(true);
    expect(await david.isChecked()).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'curves-control.png') });

    // Space on Maya's box: her curve leaves the overlay.
    await page.keyboard.press('Space');
    await settle(page);
    expect(await maya.isChecked()).toBe(false);
    let shot = await bands(page, g, row);
    expect(count(shot.curves, MAYA)).toBeLessThan(15);
    expect(count(shot.curves, DAVID)).toBeGreaterThan(400);

    // Tab to David's, Space: both off; the band keeps only its scale and legend.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await settle(page);
    expect(await david.isChecked()).toBe(false);
    shot = await bands(page, g, row);
    expect(count(shot.whole, MAYA) + count(shot.whole, DAVID)).toBeLessThan(30);

    // Show all, then Escape closes the control and gives the keyboard back to its button.
    await page.getByTestId('curves-show-all').click();
    await settle(page);
    shot = await bands(page, g, row);
    expect(count(shot.curves, MAYA)).toBeGreaterThan(400);
    expect(count(shot.curves, DAVID)).toBeGreaterThan(400);
    await maya.focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('curves-popover').count()).toBe(0);
    await expect.poll(() => page.getByTestId('curves-button').evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
  });

  it('speaks Indonesian: the legend in the map’s language, the control in the interface’s', async () => {
    const served = await e2e.serve({ file: join(SAMPLES, 'hotel-check-in.id.cjm'), settings: { language: 'id' } });
    const page = await e2e.open(served.url);
    await waitForBoard(page);
    expect(await page.getByTestId('curves-button').textContent()).toBe('Kurva');
    await page.getByTestId('curves-button').click();
    expect(await page.getByTestId('curves-popover').getAttribute('aria-label')).toBe('Kurva emosi');
    expect(await page.getByTestId('curves-show-all').textContent()).toBe('Tampilkan semua');
    const g = await geometry(page);
    expect(curveLegendEntries(g.layout, LIGHT_THEME).map((e) => e.curve.label)).toEqual(['Andi Pratama', 'Sari Wulandari']);
    await page.screenshot({ path: join(SHOTS, 'hotel-id.png') });
  });

  it('sets whose experience a lane records from the lane’s menu; its curve takes that persona’s colour, and undo takes it back', async () => {
    const served = await e2e.serve({ file: join(SAMPLES, 'b2b-software-purchase.en.cjm') });
    const page = await e2e.open(served.url);
    const { g, row } = await openB2B(page);

    // David's lane, recorded as Maya's: both curves blue, no orange in the band.
    const davidRow = g.layout.rowOf.get('ln-emotions-david')!;
    await setCamera(page, { scale: 1, x: 0, y: g.layout.top + 8 - row.y });
    await settle(page);
    const header = g.toScreen({ x: GEOMETRY.laneHeaderWidth / 2, y: davidRow.y + 20 });
    expect(header.y).toBeLessThan(g.canvas.y + g.canvas.height);
    await page.mouse.click(Math.max(header.x, g.canvas.x + 40), header.y);
    await page.getByTestId('header-menu').waitFor();
    await page.getByTestId('lane-persona').selectOption('ps-maya');
    await settle(page);
    const lanes = JSON.parse((await doc(page))!).lanes as { id: string; persona?: string }[];
    expect(lanes.find((l) => l.id === 'ln-emotions-david')!.persona).toBe('ps-maya');
    let shot = await bands(page, await geometry(page), row);
    expect(count(shot.whole, DAVID)).toBeLessThan(15);
    expect(count(shot.curves, MAYA)).toBeGreaterThan(800);

    await page.keyboard.press('Control+z');
    await settle(page);
    shot = await bands(page, await geometry(page), row);
    expect(count(shot.curves, DAVID)).toBeGreaterThan(400);
    expect(await dirty(page)).toBe(false);
  });
});

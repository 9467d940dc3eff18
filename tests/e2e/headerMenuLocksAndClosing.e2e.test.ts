// A stage or lane header's menu (issue 13, point 7): it closes on Escape and
// on a click outside it; with the structure locked, adding, moving and
// deleting show disabled with the reason before anyone clicks them (renaming
// and recolouring stay open); in review mode every item does.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { GEOMETRY } from '../../shared/layout/geometry';
import { currentMap, geometry, press, runAction, waitForBoard } from './support/board';
import { SAMPLES, useE2E } from './support/jejak';

const e2e = useE2E();

/** Right-clicks the title of the second lane, as a facilitator opens its menu. */
async function openLaneMenu(page: Page): Promise<void> {
  const g = await geometry(page);
  const row = g.layout.rows[1]!;
  const header = g.toScreen({ x: GEOMETRY.laneHeaderWidth / 2, y: row.y + 20 });
  await page.mouse.click(Math.max(header.x, g.canvas.x + 40), header.y, { button: 'right' });
  await page.getByTestId('header-menu').waitFor();
}

const item = (page: Page, name: string) => page.getByTestId('header-menu').getByRole('menuitem', { name, exact: true });

describe('a header menu', () => {
  it('closes on Escape and on a click outside it', async () => {
    const served = await e2e.serve({ file: join(SAMPLES, 'b2b-software-purchase.en.cjm') });
    const page = await e2e.open(served.url);
    await waitForBoard(page);
    await openLaneMenu(page);
    await press(page, 'Escape');
    await page.getByTestId('header-menu').waitFor({ state: 'detached' });

    await openLaneMenu(page);
    const g = await geometry(page);
    await page.mouse.click(g.canvas.x + g.canvas.width - 40, g.canvas.y + g.canvas.height - 40);
    await page.getByTestId('header-menu').waitFor({ state: 'detached' });
  });

  it('shows what the locks forbid as disabled, with the reason, and the map stays as it was', async () => {
    const served = await e2e.serve({ file: join(SAMPLES, 'b2b-software-purchase.en.cjm') });
    const page = await e2e.open(served.url);
    await waitForBoard(page);
    const start = await currentMap(page);

    await runAction(page, 'Lock the stages and lanes (on or off)');
    await page.getByTestId('structure-chip').waitFor();
    await openLaneMenu(page);
    expect(await page.getByTestId('header-menu-reason').textContent()).toBe(
      'The structure is locked: stages and lanes cannot be added, moved or deleted. Unlock the structure first (Workshop menu).',
    );
    for (const name of ['Move up', 'Move down', 'Add a lane below…', 'Delete…']) {
      expect(await item(page, name).isDisabled(), name).toBe(true);
    }
    // Renaming and recolouring are not structure: they stay open.
    expect(await item(page, 'Rename').isDisabled()).toBe(false);
    await item(page, 'Delete…').click({ force: true });
    expect(await page.getByTestId('confirm-delete').count()).toBe(0);
    await press(page, 'Escape');
    await page.getByTestId('unlock-structure').click();

    // Review mode: the whole map is read-only, so is every item.
    await runAction(page, 'Review mode: read-only (on or off)');
    await page.getByTestId('review-chip').waitFor();
    await openLaneMenu(page);
    expect(await page.getByTestId('header-menu-reason').textContent()).toBe('Review mode is on: the map is read-only. Leave review mode to change it.');
    for (const name of ['Rename', 'Move up', 'Move down', 'Hide lane', 'Add a lane below…', 'Delete…']) {
      expect(await item(page, name).isDisabled(), name).toBe(true);
    }
    await press(page, 'Escape');
    expect(await currentMap(page)).toEqual(start);
  });
});

// Review dates, as the seeds advise (review a map every three to six months):
// one click sets the date three months on; a map whose date has passed is
// marked "review due" in the start screen's recent list and "overdue" by
// `jejak info`.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { threeMonthsOn } from '../../shared/analysis/reviewDate';
import { currentMap, press, waitForBoard } from './support/board';
import { jejak, SAMPLES, useE2E } from './support/jejak';

const e2e = useE2E();

describe('review dates', () => {
  it('are set three months on with one click, and a passed one is flagged on the start screen and by jejak info', async () => {
    const served = await e2e.serve({ file: join(SAMPLES, 'hotel-check-in.id.cjm'), as: 'hotel.cjm' });
    const page = await e2e.open(served.url);
    await waitForBoard(page);
    const file = join(served.dir, 'hotel.cjm');

    // With nothing selected the inspector shows the map; the button sets today + 3 months (the page's today).
    await page.getByTestId('map-inspector').waitFor();
    await page.getByTestId('review-in-three-months').click();
    const expected = await page.evaluate(() => {
      const d = new Date();
      return [d.getFullYear(), d.getMonth(), d.getDate()] as const;
    });
    expect((await currentMap(page)).reviewBy).toBe(threeMonthsOn(new Date(expected[0], expected[1], expected[2])));
    await press(page, 'Control+s');
    await expect.poll(() => page.getByTestId('unsaved-mark').count()).toBe(0);
    expect(jejak(['info', file]).stdout).toContain('(not yet due)');

    // A date in the past: typed into the field, saved, then the map closed.
    const input = page.getByTestId('review-by');
    await input.fill('2026-01-15');
    await input.press('Enter');
    await expect.poll(async () => (await currentMap(page)).reviewBy).toBe('2026-01-15');
    await press(page, 'Control+s');
    await expect.poll(() => page.getByTestId('unsaved-mark').count()).toBe(0);
    const info = jejak(['info', file]);
    expect(info.status).toBe(0);
    expect(info.stdout).toContain('2026-01-15 (overdue)');

    await press(page, 'Control+w');
    await page.getByTestId('start-screen').waitFor();
    const entry = page.getByTestId('recent-list').locator('li', { hasText: 'hotel.cjm' });
    await entry.waitFor();
    expect(await entry.locator('.badge').textContent()).toBe('review due');
  });

  it('give the last day of a shorter month rather than spill into the next', () => {
    expect(threeMonthsOn(new Date(2026, 10, 30))).toBe('2027-02-28');
    expect(threeMonthsOn(new Date(2027, 10, 30))).toBe('2028-02-29');
    expect(threeMonthsOn(new Date(2026, 10, 23))).toBe('2027-02-23');
    expect(threeMonthsOn(new Date(2026, 0, 31))).toBe('2026-04-30');
  });
});

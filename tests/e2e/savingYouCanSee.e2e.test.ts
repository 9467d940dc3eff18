// Saving you can see (issue 13, point 4): the File menu shows whether Save
// automatically is on, and turning it on saves what is pending at once; the
// Versions panel and the Compare view date each map by when its file was
// saved, not by when the map was created or last opened.
import { readFileSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dirty, runAction, waitForBoard } from './support/board';
import { SAMPLES, useE2E } from './support/jejak';

const e2e = useE2E();
const B2B = join(SAMPLES, 'b2b-software-purchase.en.cjm');
const shotPath = (name: string) => join(tmpdir(), `jejak-saving-${name}.png`);

async function retitle(page: Page, title: string): Promise<void> {
  const field = page.getByTestId('map-title');
  await field.fill(title);
  await field.press('Enter');
}

/** A time as the page writes it for the Versions panel and the Compare view, in its own time zone and language (en-GB: shared/i18n/en/language.ts). */
function shownAs(page: Page, when: Date): Promise<string> {
  return page.evaluate((ms) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(ms)), when.getTime());
}

describe('saving you can see', () => {
  it('ticks Save automatically in the File menu, and turning it on saves what is pending at once', async () => {
    const served = await e2e.serve({ file: B2B, as: 'Onboarding.cjm' });
    const page = await e2e.open(served.url);
    await waitForBoard(page);
    await retitle(page, 'Onboarding, after the kick-off');
    expect(await dirty(page)).toBe(true);

    await page.getByTestId('menu-file').click();
    const item = page.getByTestId('menu-item-autoSave');
    expect(await item.getAttribute('role')).toBe('menuitemcheckbox');
    expect(await item.getAttribute('aria-checked')).toBe('false');
    await item.click();

    // Saved now, not after the next change: the file holds the new title and the unsaved mark is gone.
    await expect.poll(() => readFileSync(served.file!, 'utf8'), { timeout: 10_000 }).toContain('"title": "Onboarding, after the kick-off"');
    await expect.poll(() => dirty(page)).toBe(false);
    await page.getByTestId('menu-file').click();
    expect(await item.getAttribute('aria-checked')).toBe('true');
    expect(await item.locator('.menu-bar-tick').textContent()).toBe('✓');
    await page.screenshot({ path: shotPath('file-menu-auto-save-on') });

    // Turned off from the same place: the tick goes.
    await item.click();
    await page.getByTestId('menu-file').click();
    expect(await item.getAttribute('aria-checked')).toBe('false');
  });

  it('dates versions and compared maps by when their files were saved', async () => {
    const served = await e2e.serve({ file: B2B, as: 'Onboarding.cjm' });
    // The map's file was last saved on a morning in November; the map inside was created long before.
    const mapSaved = new Date('2026-11-02T08:15:00Z');
    utimesSync(served.file!, mapSaved, mapSaved);
    const page = await e2e.open(served.url);
    await waitForBoard(page);

    // A version of the map as opened, unchanged: it is saved now.
    await runAction(page, 'Save a version');
    await page.getByTestId('save-version-dialog').waitFor();
    await page.getByTestId('version-label').fill('before Q1 review');
    const name = (await page.getByTestId('version-file-name').textContent())!;
    await page.keyboard.press('Enter');
    await page.getByTestId('save-version-dialog').waitFor({ state: 'detached' });
    const versionSaved = statSync(join(served.dir, name)).mtime;

    await runAction(page, 'Versions of this map');
    await page.getByTestId('version-entry').first().waitFor();
    const entry = (await page.getByTestId('version-entry').textContent())!;
    expect(entry).toContain(`saved ${await shownAs(page, versionSaved)}`);
    const created = JSON.parse(readFileSync(served.file!, 'utf8')) as { createdAt: string; updatedAt: string };
    expect(entry).not.toContain(await shownAs(page, new Date(created.updatedAt)));
    await page.screenshot({ path: shotPath('versions-saved-times') });

    await page.getByTestId('version-compare').click();
    await page.getByTestId('compare-view').waitFor();
    const legend = (await page.getByTestId('compare-legend').textContent())!;
    expect(legend).toContain(`${name} · saved ${await shownAs(page, versionSaved)}`);
    expect(legend).toContain(`Onboarding.cjm · saved ${await shownAs(page, mapSaved)}`);
    await page.screenshot({ path: shotPath('compare-saved-times') });
  });
});

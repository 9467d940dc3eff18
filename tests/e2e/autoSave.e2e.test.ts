// Saving to the file automatically is a setting, off by default: with it off
// an edit stays unsaved; with it on, the file holds the edit a few seconds
// after the last change, and the unsaved mark clears.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dirty, waitForBoard } from './support/board';
import { FIXTURES, useE2E } from './support/jejak';

const e2e = useE2E();

async function retitle(page: import('playwright-core').Page, title: string): Promise<void> {
  const field = page.getByTestId('map-title');
  await field.fill(title);
  await field.press('Enter');
}

describe('automatic saving', () => {
  it('is off by default: an edit is not written until Ctrl+S', async () => {
    const served = await e2e.serve({ file: join(FIXTURES, 'small.cjm'), as: 'off.cjm' });
    const original = readFileSync(served.file!, 'utf8');
    const page = await e2e.open(served.url);
    await waitForBoard(page);
    await retitle(page, 'Changed but not saved');
    await page.waitForTimeout(4500);
    expect(readFileSync(served.file!, 'utf8')).toBe(original);
    expect(await dirty(page)).toBe(true);
    // Closing the map now asks first, in a dialog named after the action.
    await page.getByTestId('menu-file').click();
    await page.getByTestId('menu-item-close').click();
    const ask = page.getByTestId('confirm-close');
    await ask.waitFor();
    expect(await ask.getAttribute('aria-label')).toBe('Close the map');
  });

  it('when turned on, saves the file a few seconds after the last change', async () => {
    const served = await e2e.serve({ file: join(FIXTURES, 'small.cjm'), as: 'on.cjm', settings: { language: null, autoSave: true } });
    const page = await e2e.open(served.url);
    await waitForBoard(page);
    await retitle(page, 'Saved by itself');
    await expect.poll(() => readFileSync(served.file!, 'utf8'), { timeout: 10_000 }).toContain('"title": "Saved by itself"');
    await expect.poll(() => dirty(page), { timeout: 5_000 }).toBe(false);
  });
});

// window.__jejak, the tests' window into the page, exists only when the
// address asks for it with ?test=1; a facilitator's page never has it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { doc, hasHooks, waitForBoard } from './support/board';
import { FIXTURES, useE2E } from './support/jejak';

const e2e = useE2E();

describe('the test hooks', () => {
  it('are absent without ?test=1, on the start screen and on an open map', async () => {
    const start = await e2e.serve();
    const startPage = await e2e.open(start.url, { test: false });
    await startPage.getByTestId('start-screen').waitFor();
    expect(await hasHooks(startPage)).toBe(false);

    const served = await e2e.serve({ file: join(FIXTURES, 'small.cjm') });
    const page = await e2e.open(served.url, { test: false });
    await page.getByTestId('board').waitFor();
    await page.getByTestId('map-title-bar').waitFor();
    expect(await page.getByTestId('map-title-bar').textContent()).toBe('Renewing a library card');
    expect(await hasHooks(page)).toBe(false);
    expect(await page.evaluate(() => Object.keys(globalThis).filter((key) => key.toLowerCase().includes('jejak')))).toEqual([]);
  });

  it('are there with ?test=1', async () => {
    const served = await e2e.serve({ file: join(FIXTURES, 'small.cjm') });
    const page = await e2e.open(served.url);
    await waitForBoard(page);
    expect(await hasHooks(page)).toBe(true);
    expect(await doc(page)).toBe(readFileSync(served.file!, 'utf8'));
  });
});

// Closing the browser tab on a map with nothing unsaved releases its lock,
// so a colleague opening it next is not told it is still open here.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { waitForBoard } from './support/board';
import { FIXTURES, useE2E } from './support/jejak';

const e2e = useE2E();

describe('the lock when the tab closes', () => {
  it('is released for a map with nothing unsaved', async () => {
    const served = await e2e.serve({ file: join(FIXTURES, 'small.cjm'), as: 'tab.cjm' });
    const lock = join(dirname(served.file!), '.~lock.tab.cjm#');
    const page = await e2e.open(served.url);
    await waitForBoard(page);
    expect(existsSync(lock)).toBe(true);
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => existsSync(lock), { timeout: 5_000 }).toBe(false);
  });
});

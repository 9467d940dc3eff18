// The keyboard cheat sheet (?) opens at its top every time, on a laptop's
// 1366×768 as on a 1920×1080 projector: the first shortcuts and the title
// are what a person sees first, and the Close button it focuses stays in
// view at the foot of the dialog without scrolling the list down to it.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { press, waitForBoard } from './support/board';
import { SAMPLES, useE2E } from './support/jejak';

const e2e = useE2E();
const SHOTS = process.env.JEJAK_SHOTS_DIR ?? tmpdir();

/** How far the sheet is scrolled, and whether its title and focused button are inside its visible box. */
function sheetView(page: Page): Promise<{ scrollTop: number; titleShown: boolean; focusedShown: boolean; focused: string }> {
  return page.getByTestId('cheat-sheet').evaluate((sheet) => {
    const box = sheet.getBoundingClientRect();
    const inside = (el: typeof sheet | null) => {
      if (!el) return false;
      const r = el.getBoundingClientRect();
      return r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5;
    };
    const active = sheet.ownerDocument.activeElement;
    return { scrollTop: sheet.scrollTop, titleShown: inside(sheet.querySelector('h2')), focusedShown: inside(active), focused: active?.textContent ?? '' };
  });
}

describe('the keyboard cheat sheet', () => {
  for (const size of [{ width: 1366, height: 768 }, { width: 1920, height: 1080 }]) {
    it(`opens at its top at ${size.width}×${size.height}, every time`, async () => {
      const served = await e2e.serve({ file: join(SAMPLES, 'b2b-software-purchase.en.cjm') });
      const page = await e2e.open(served.url);
      await page.setViewportSize(size);
      await waitForBoard(page);

      for (let time = 0; time < 2; time++) {
        await press(page, '?');
        await page.getByTestId('cheat-sheet').waitFor();
        // The list is longer than the window: otherwise there is nothing to scroll.
        expect(await page.getByTestId('cheat-sheet').evaluate((sheet) => sheet.scrollHeight > sheet.clientHeight)).toBe(true);
        const view = await sheetView(page);
        expect(view.scrollTop).toBe(0);
        expect(view.titleShown).toBe(true);
        expect(view.focused).toBe('Close');
        expect(view.focusedShown).toBe(true);
        if (time === 0) {
          await page.screenshot({ path: join(SHOTS, `cheat-sheet-opens-at-top-${size.width}x${size.height}.png`) });
          // Scrolled down by the person, then closed: the next time it still opens at its top.
          await page.getByTestId('cheat-sheet').hover();
          await page.mouse.wheel(0, 600);
          await expect.poll(() => page.getByTestId('cheat-sheet').evaluate((sheet) => sheet.scrollTop)).toBeGreaterThan(0);
        }
        await press(page, 'Escape');
        await page.getByTestId('cheat-sheet').waitFor({ state: 'detached' });
      }
    });
  }
});

// Issue 13, point 5: prints that waste no paper. A five-stage map tiled on
// A3 took four sheets, two of them mostly blank. Now the dialog counts the
// sheets before anything is written, a page with nothing drawn on it is left
// out (the assembly guide says which), and "fit to N pages wide / M tall"
// sits beside the page size. Each PDF is read back with pdfinfo and pdftotext.
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { writeCjm } from '../../shared/format/writer';
import { fiveStageMap } from '../support/fiveStageMap';
import { waitForBoard } from './support/board';
import { exportOutcome } from './support/exportOutcome';
import { useE2E } from './support/jejak';

const e2e = useE2E();
const SHOTS = process.env.JEJAK_SHOTS_DIR ?? tmpdir();

async function openExport(page: Page): Promise<Locator> {
  await page.keyboard.press('Control+e');
  const dialog = page.getByTestId('export-dialog');
  await dialog.waitFor();
  return dialog;
}

/** Exports under `name` in the in-app save dialog; the PDF's page count (every page A3 landscape) and a page's text. */
async function saveAs(page: Page, dialog: Locator, folder: string, name: string): Promise<{ pages: number; text(n: number): string }> {
  await dialog.getByRole('button', { name: 'Export…' }).click();
  const files = page.getByTestId('file-dialog');
  await files.waitFor();
  await files.getByTestId('file-name').fill(name);
  await page.keyboard.press('Enter');
  expect(await exportOutcome(page)).toContain(`Exported ${name}.pdf`);
  const path = join(folder, `${name}.pdf`);
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  expect(info).toMatch(/Page size:\s+1190\.55 x 841\.89 pts \(A3\)/);
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(info)![1]),
    text: (n) => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', path, '-'], { encoding: 'utf8' }),
  };
}

describe('a tiled print of a five-stage map on A3', () => {
  it('counts its sheets in the dialog, leaves out the blank one, and fits to two pages wide and one tall', async () => {
    const served = await e2e.serve({ contents: writeCjm(fiveStageMap()), as: 'savings.cjm' });
    const page = await e2e.open(served.url);
    await page.setViewportSize({ width: 1366, height: 768 });
    await waitForBoard(page);

    let dialog = await openExport(page);
    await dialog.getByLabel('PDF: poster, wall tiles or handout').check();
    await dialog.getByRole('combobox', { name: 'Pages' }).selectOption({ label: 'Tiled on A3 sheets, to assemble a wall' });
    const count = dialog.getByTestId('export-sheet-count');
    const caption = dialog.getByTestId('export-preview-caption');
    // Full size: two across, two down; under Retention and Advocacy the lower row holds nothing.
    await expect.poll(() => count.textContent()).toBe('3 sheets to print, plus the assembly guide. Left out, nothing on it: B2');
    expect(await caption.textContent()).toBe('2 across and 2 down at full size, with overlap and cut marks');
    expect(await dialog.getByRole('radio', { name: 'Full size (100%)' }).isChecked()).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'p5-dialog-a3-full-size-3-sheets.png') });
    const full = await saveAs(page, dialog, served.dir, 'full-size');
    expect(full.pages).toBe(4);
    const fullGuide = full.text(1);
    expect(fullGuide).toContain('How the 3 sheets fit together (2 across, 2 down)');
    expect(fullGuide).toContain('Not printed, nothing is drawn there: B2. Leave its place empty.');
    // And on the grid diagram, under B2's label.
    expect(fullGuide).toMatch(/B2\s+not printed/);
    expect(full.text(4)).toContain('Row B, column 1');
    await dialog.getByRole('button', { name: 'Close' }).click();

    // The same choices come back; now fit the map to two sheets wide, then to one sheet tall as well.
    dialog = await openExport(page);
    await dialog.getByRole('radio', { name: 'Fit to' }).check();
    await dialog.getByRole('spinbutton', { name: 'pages wide' }).fill('2');
    await expect.poll(() => caption.textContent()).toMatch(/^2 across and 2 down at 1\d\d% of full size, with overlap and cut marks$/);
    await dialog.getByRole('spinbutton', { name: 'pages tall' }).fill('1');
    await expect.poll(() => count.textContent()).toBe('2 sheets to print, plus the assembly guide');
    expect(await caption.textContent()).toMatch(/^2 across and 1 down at \d\d% of full size, with overlap and cut marks$/);
    const percent = /at (\d+)%/.exec((await caption.textContent())!)![1];
    await page.screenshot({ path: join(SHOTS, 'p5-dialog-a3-fit-2-wide-1-tall-2-sheets.png') });

    // A count that cannot be printed says so, and Export waits for a good one.
    await dialog.getByRole('spinbutton', { name: 'pages tall' }).fill('0');
    await expect.poll(() => count.textContent()).toBe('Pages tall: a whole number from 1 to 20.');
    expect(await dialog.getByRole('button', { name: 'Export…' }).isDisabled()).toBe(true);
    await dialog.getByRole('spinbutton', { name: 'pages tall' }).fill('1');
    await expect.poll(() => count.textContent()).toBe('2 sheets to print, plus the assembly guide');

    const fitted = await saveAs(page, dialog, served.dir, 'two-sheets');
    expect(fitted.pages).toBe(3);
    const guide = fitted.text(1);
    expect(guide).toContain('How the 2 sheets fit together (2 across, 1 down)');
    expect(guide).toContain(`The map is printed at ${percent}% of full size.`);
    expect(guide).not.toMatch(/not printed/i);
    expect(fitted.text(3)).toContain('Row A, column 2');
  });
});

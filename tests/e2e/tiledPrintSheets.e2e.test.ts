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

async function saveAs(page: Page, dialog: Locator, name: string): Promise<string> {
  await dialog.getByRole('button', { name: 'Export…' }).click();
  const files = page.getByTestId('file-dialog');
  await files.waitFor();
  await files.getByTestId('file-name').fill(name);
  await page.keyboard.press('Enter');
  return exportOutcome(page);
}

const pdfinfo = (path: string) => execFileSync('pdfinfo', [path], { encoding: 'utf8' });
const pageCount = (info: string) => Number(/Pages:\s+(\d+)/.exec(info)![1]);
const pageText = (path: string, n: number) => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', path, '-'], { encoding: 'utf8' });

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
    expect(await saveAs(page, dialog, 'full-size')).toContain('Exported full-size.pdf');
    const full = join(served.dir, 'full-size.pdf');
    const fullInfo = pdfinfo(full);
    expect(fullInfo).toMatch(/Page size:\s+1190\.55 x 841\.89 pts \(A3\)/);
    expect(pageCount(fullInfo)).toBe(4);
    const fullGuide = pageText(full, 1);
    expect(fullGuide).toContain('How the 3 sheets fit together (2 across, 2 down)');
    expect(fullGuide).toContain('Not printed, nothing is drawn there: B2. Leave its place empty.');
    expect(fullGuide).toMatch(/not printed/);
    expect(pageText(full, 4)).toContain('Row B, column 1');
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

    expect(await saveAs(page, dialog, 'two-sheets')).toContain('Exported two-sheets.pdf');
    const fitted = join(served.dir, 'two-sheets.pdf');
    const info = pdfinfo(fitted);
    expect(info).toMatch(/Page size:\s+1190\.55 x 841\.89 pts \(A3\)/);
    expect(pageCount(info)).toBe(3);
    const guide = pageText(fitted, 1);
    expect(guide).toContain('How the 2 sheets fit together (2 across, 1 down)');
    expect(guide).toContain(`The map is printed at ${percent}% of full size.`);
    expect(guide).not.toMatch(/not printed/i);
    expect(pageText(fitted, 3)).toContain('Row A, column 2');
  });
});

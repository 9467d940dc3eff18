// Who wrote a note, on the board (issue 14, point 8): a map whose notes came
// from participants' phones opened in Chromium; the inspector says "Written by
// NAME" for one such note, and nothing for a note written at the laptop; the
// CSV exported through the dialog has the Author column, and with "Leave
// authors out" ticked (its preview following) names no one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { geometry, notePoint, press, settle, waitForBoard } from './support/board';
import { exportOutcome } from './support/exportOutcome';
import { ROOT, useE2E } from './support/jejak';

const e2e = useE2E();

async function clickNote(page: Page, id: string): Promise<void> {
  const p = notePoint(await geometry(page), id);
  await page.mouse.click(p.x, p.y);
  await settle(page);
}

/** Exports a CSV through the dialog, "Leave authors out" ticked or not; returns the preview's header row. */
async function exportCsv(page: Page, name: string, leaveAuthorsOut: boolean): Promise<string[]> {
  await press(page, 'Control+e');
  const dialog = page.getByTestId('export-dialog');
  await dialog.waitFor();
  await dialog.getByTestId('export-format-csv').check();
  // Offered because notes of this map name who wrote them; checked as a person does, by its words.
  await dialog.getByLabel('Leave authors out (2 notes name who wrote it)').setChecked(leaveAuthorsOut);
  expect(await dialog.getByTestId('export-leave-authors-out').isChecked()).toBe(leaveAuthorsOut);
  const header = await dialog.getByTestId('export-preview-rows').locator('thead th').allTextContents();
  await dialog.getByTestId('export-start').click();
  const files = page.getByTestId('file-dialog');
  await files.waitFor();
  await files.getByTestId('file-name').fill(name);
  await page.keyboard.press('Enter');
  expect(await exportOutcome(page)).toContain(`${name}.csv`);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'detached' });
  return header;
}

describe('authors on the board', () => {
  it('the inspector names who wrote a note, and the CSV leaves the names out when asked', async () => {
    const contents = readFileSync(join(ROOT, 'tests/fixtures/format/valid/authors.cjm'), 'utf8');
    const served = await e2e.serve({ contents, as: 'room.cjm' });
    const page = await e2e.open(served.url);
    await waitForBoard(page);

    await clickNote(page, 'nt-phone');
    const inspector = page.getByTestId('note-inspector');
    await expect.poll(() => inspector.getByTestId('note-author').textContent()).toBe('Written by Dewi Lestari');
    await clickNote(page, 'nt-laptop');
    await expect.poll(() => inspector.getByTestId('note-author').count()).toBe(0);
    await clickNote(page, 'nt-accented');
    await expect.poll(() => inspector.getByTestId('note-author').textContent()).toBe('Written by José 🌱');

    // The words a sheet adds follow the map's language, Indonesian here.
    expect((await exportCsv(page, 'named', false)).at(-1)).toBe('Penulis');
    const named = readFileSync(join(served.dir, 'named.csv'), 'utf8');
    expect(named).toContain('Dewi Lestari');

    const header = await exportCsv(page, 'anonymous', true);
    expect(header).not.toContain('Penulis');
    expect(header.at(-1)).toBe('Satuan metrik');
    const anonymous = readFileSync(join(served.dir, 'anonymous.csv'), 'utf8');
    expect(anonymous).not.toContain('Dewi');
    expect(anonymous).not.toContain('José');
    expect(anonymous).toContain('Ongkir baru muncul saat bayar');
    // The map itself keeps its authors: leaving them out is the export's choice, not an edit.
    expect(readFileSync(join(served.dir, 'room.cjm'), 'utf8')).toBe(contents);
  });
});

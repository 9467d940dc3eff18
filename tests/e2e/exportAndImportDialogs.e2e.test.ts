// The export and import dialogs in the app, through browser mode: a tiled
// PDF chosen with its preview, written where the in-app dialog says, with
// progress and "show in folder"; a long export cancelled writes nothing; a
// sheet exported, edited and imported back as one undo step, from the File
// menu's shortcut and by dropping it on the board; a PNG Jejak exported,
// dropped on the window, opens as the map inside it.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { currentMap, doc, waitForBoard } from './support/board';
import { exportOutcome } from './support/exportOutcome';
import { SAMPLES, useE2E } from './support/jejak';

const e2e = useE2E();
const SHOTS = process.env.JEJAK_SHOTS_DIR ?? tmpdir();

async function openSample(name: string) {
  const served = await e2e.serve({ file: join(SAMPLES, name) });
  const page = await e2e.open(served.url);
  await waitForBoard(page);
  return { served, page };
}

/** Exports through the dialog: the format (and choices) picked, then a name typed in the in-app save dialog. */
async function exportAs(page: Page, format: string, name: string, choose: (dialog: ReturnType<Page['getByTestId']>) => Promise<void> = async () => {}): Promise<void> {
  await page.keyboard.press('Control+e');
  const dialog = page.getByTestId('export-dialog');
  await dialog.waitFor();
  await dialog.getByTestId(`export-format-${format}`).check();
  await choose(dialog);
  await dialog.getByTestId('export-start').click();
  const files = page.getByTestId('file-dialog');
  await files.waitFor();
  await files.getByTestId('file-name').fill(name);
  await page.keyboard.press('Enter');
}

/** Drops a file of these bytes on the window (the board, or the start screen), as the file manager does. */
async function drop(page: Page, name: string, bytes: Buffer, type: string): Promise<void> {
  await page.locator('.app').evaluate(
    (target, file) => {
      type Dispatched = Parameters<typeof target.dispatchEvent>[0];
      const page = globalThis as unknown as {
        DataTransfer: new () => { items: { add(file: unknown): void } };
        File: new (parts: unknown[], name: string, options: { type: string }) => unknown;
        DragEvent: new (type: string, init: { dataTransfer: unknown; bubbles: boolean; cancelable: boolean }) => Dispatched;
        Uint8Array: typeof Uint8Array;
        atob(text: string): string;
      };
      const binary = page.atob(file.base64);
      const data = new page.Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) data[i] = binary.charCodeAt(i);
      const transfer = new page.DataTransfer();
      transfer.items.add(new page.File([data], file.name, { type: file.type }));
      target.dispatchEvent(new page.DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { name, base64: bytes.toString('base64'), type },
  );
}

describe('the export dialog', () => {
  it('previews a tiled PDF as its page grid, writes it with progress, and offers to show it in its folder', async () => {
    const { served, page } = await openSample('b2b-software-purchase.en.cjm');
    let tiles = 0;
    await exportAs(page, 'pdf', 'wall', async (dialog) => {
      await dialog.getByTestId('export-page').selectOption('a4');
      const count = dialog.getByTestId('export-sheet-count');
      await expect.poll(() => count.textContent()).toMatch(/^(\d+) sheets to print, plus the assembly guide/);
      expect(await dialog.getByTestId('export-preview-caption').textContent()).toMatch(/^\d+ across and \d+ down at full size, with overlap and cut marks$/);
      tiles = Number(/^(\d+) sheets/.exec((await count.textContent())!)![1]);
    });
    expect(await exportOutcome(page)).toContain('Exported wall.pdf');
    const info = execFileSync('pdfinfo', [join(served.dir, 'wall.pdf')], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.28 pts \(A4\)/);
    // The preview's count is the PDF's: the guide page, then every sheet printed.
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBe(tiles + 1);
    expect(await page.getByTestId('export-show').isVisible()).toBe(true);
  });

  it('cancels a long export part-way, and writes nothing', async () => {
    const { served, page } = await openSample('hotel-check-in.id.cjm');
    await exportAs(page, 'png', 'big', async (dialog) => {
      await dialog.getByTestId('export-scale').selectOption('4');
    });
    await page.getByTestId('export-progress').waitFor();
    await page.getByRole('button', { name: /Batalkan ekspor|Cancel the export/ }).click();
    await expect.poll(() => page.getByTestId('export-dialog').textContent(), { timeout: 30_000 }).toMatch(/cancelled|dibatalkan/);
    expect(readdirSync(served.dir).filter((name) => name.startsWith('big'))).toEqual([]);
  });

  it('says where the file is, with a Copy button, when the browser cannot open its folder', async () => {
    // The harness runs jejak serve with JEJAK_FILE_MANAGER=none: this machine has no file manager to start.
    const { served, page } = await openSample('b2b-software-purchase.en.cjm');
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await exportAs(page, 'csv', 'for the bank');
    expect(await exportOutcome(page)).toContain('Exported for the bank.csv');

    await page.getByTestId('export-show').click();
    const where = page.getByTestId('export-location');
    await where.waitFor();
    expect(await where.textContent()).toContain('This browser cannot open a folder on your computer. The file is here:');
    const path = join(served.dir, 'for the bank.csv');
    expect(existsSync(path)).toBe(true);
    expect(await page.getByTestId('export-location-path').inputValue()).toBe(path);

    await page.getByTestId('export-location-copy').click();
    await expect.poll(() => page.getByTestId('export-location-copy').textContent()).toBe('Copied');
    const copied = await page.evaluate(() => (globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }).navigator.clipboard.readText());
    expect(copied).toBe(path);
    await page.screenshot({ path: join(SHOTS, 'export-show-in-folder-says-where-1366x768.png') });
  });
});

describe('importing', () => {
  it('brings an exported, edited sheet back as one undo step, from the menu and by a drop', async () => {
    const { served, page } = await openSample('b2b-software-purchase.en.cjm');
    await exportAs(page, 'csv', 'notes');
    expect(await exportOutcome(page)).toContain('Exported notes.csv');
    await page.getByTestId('export-dialog').getByRole('button', { name: 'Close' }).click();
    const sheet = join(served.dir, 'notes.csv');
    // Edited in a spreadsheet: one text changed, one row added.
    execFileSync('/usr/bin/python3', ['-c', `
import csv, sys
with open(sys.argv[1], encoding='utf-8-sig', newline='') as f: rows = list(csv.reader(f))
h = rows[0]; t = h.index('Text')
rows[1][t] = 'Changed in the sheet'
new = [''] * len(h); new[h.index('Stage')] = rows[1][h.index('Stage')]; new[h.index('Lane')] = rows[1][h.index('Lane')]; new[t] = 'Added in the sheet'
rows.append(new)
with open(sys.argv[1], 'w', encoding='utf-8-sig', newline='') as f: csv.writer(f).writerows(rows)
`, sheet]);
    const before = await doc(page);
    const count = (await currentMap(page)).notes.length;

    await page.keyboard.press('Control+Shift+I');
    const files = page.getByTestId('file-dialog');
    await files.waitFor();
    await files.getByRole('button', { name: 'notes.csv' }).click();
    const dialog = page.getByTestId('import-dialog');
    await dialog.waitFor();
    expect(await dialog.getByTestId('import-summary').textContent()).toMatch(/1 note changed, 1 new note/);
    await dialog.getByTestId('import-apply').click();
    await dialog.waitFor({ state: 'detached' });
    let map = await currentMap(page);
    expect(map.notes).toHaveLength(count + 1);
    expect(map.notes.map((n) => n.text)).toEqual(expect.arrayContaining(['Changed in the sheet', 'Added in the sheet']));
    await page.keyboard.press('Control+z');
    expect(await doc(page)).toBe(before);

    // The same sheet dropped on the board: the same plan, offered again.
    await drop(page, 'notes.csv', readFileSync(sheet), 'text/csv');
    await dialog.waitFor();
    expect(await dialog.getByTestId('import-summary').textContent()).toMatch(/1 note changed, 1 new note/);
    await dialog.getByTestId('import-apply').click();
    map = await currentMap(page);
    expect(map.notes).toHaveLength(count + 1);
  });

  it('opens the map inside a PNG Jejak exported when it is dropped on the window', async () => {
    const { served, page } = await openSample('hotel-check-in.id.cjm');
    const title = (await currentMap(page)).title;
    await exportAs(page, 'png', 'poster', async (dialog) => {
      await dialog.getByTestId('export-scale').selectOption('1');
    });
    expect(await exportOutcome(page)).toMatch(/(Exported|Berhasil diekspor:) poster\.png/);
    await page.getByTestId('export-dialog').getByRole('button', { name: /^(Close|Tutup)$/ }).click();
    expect(existsSync(join(served.dir, 'poster.png'))).toBe(true);
    await page.keyboard.press('Control+w');
    await drop(page, 'poster.png', readFileSync(join(served.dir, 'poster.png')), 'image/png');
    await waitForBoard(page);
    expect((await currentMap(page)).title).toBe(title);
  });
});

// The registry's actions as a person meets them in browser mode: Settings…
// in the File menu and on ⌘/Ctrl+, (the interface language and saving
// automatically, kept across a reload); the palette finding an action by a
// search word of either language; and what cannot run greyed with the
// reason, in the menu bar and the palette, and said when its key is pressed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { press, waitForBoard } from './support/board';
import { SAMPLES, useE2E } from './support/jejak';

const e2e = useE2E();

describe('settings and the palette', () => {
  it('changes the interface language and saving automatically from Settings…, and keeps them', async () => {
    const served = await e2e.serve({ file: join(SAMPLES, 'b2b-software-purchase.en.cjm') });
    const page = await e2e.open(served.url);
    await waitForBoard(page);

    await page.getByTestId('menu-file').click();
    await page.getByTestId('menu-item-settings').click();
    const dialog = page.getByTestId('settings-dialog');
    await dialog.waitFor();
    expect(await page.getByTestId('settings-auto-save').isChecked()).toBe(false);
    await page.getByTestId('settings-language').selectOption('id');
    await expect.poll(() => dialog.getAttribute('aria-label')).toBe('Pengaturan');
    expect(await page.getByTestId('menu-file').textContent()).toBe('Berkas');
    await page.getByTestId('settings-auto-save').check();
    await press(page, 'Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => JSON.parse(readFileSync(join(served.dataDir, 'settings.json'), 'utf8'))).toEqual({ language: 'id', autoSave: true });

    // A reload keeps both; Ctrl+, opens the dialog from the board's keys.
    await page.reload();
    await waitForBoard(page);
    expect(await page.getByTestId('menu-file').textContent()).toBe('Berkas');
    await press(page, 'Control+Comma');
    await dialog.waitFor();
    expect(await page.getByTestId('settings-language').inputValue()).toBe('id');
    expect(await page.getByTestId('settings-auto-save').isChecked()).toBe(true);
    await page.getByTestId('settings-done').click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('finds actions by search words in either language, and greys what cannot run with the reason', async () => {
    const served = await e2e.serve({ file: join(SAMPLES, 'b2b-software-purchase.en.cjm') });
    const page = await e2e.open(served.url);
    await waitForBoard(page);

    // "pdf" is a search word of Export…; "bahasa" (Indonesian) finds Settings… in an English window.
    await press(page, 'Control+k');
    const input = page.getByTestId('palette-input');
    await input.fill('pdf');
    expect(await page.locator('[data-testid^="palette-"][role="option"]').allTextContents()).toEqual(['Export…Ctrl+E']);
    await input.fill('bahasa');
    await press(page, 'Enter');
    await page.getByTestId('settings-dialog').waitFor();
    await press(page, 'Escape');

    // Nothing selected: Delete is greyed, saying why, in the palette and in the menu bar; its key says so too.
    await press(page, 'Control+k');
    await input.fill('delete');
    const row = page.getByTestId('palette-delete');
    expect(await row.getAttribute('aria-disabled')).toBe('true');
    expect(await row.textContent()).toContain('Select a note first.');
    await press(page, 'Enter');
    expect(await page.getByTestId('palette').count()).toBe(1);
    // Undo, found by its Indonesian search word: greyed too, though the palette's own field has the keyboard.
    await input.fill('urung');
    expect(await page.getByTestId('palette-undo').getAttribute('aria-disabled')).toBe('true');
    expect(await page.getByTestId('palette-undo').textContent()).toContain('There is nothing to undo.');
    await press(page, 'Escape');
    await page.getByTestId('menu-edit').click();
    const item = page.getByTestId('menu-item-delete');
    expect(await item.isDisabled()).toBe(true);
    expect(await item.getAttribute('title')).toBe('Select a note first.');
    expect(await page.getByTestId('menu-item-undo').getAttribute('title')).toBe('There is nothing to undo.');
    await press(page, 'Escape');
    await press(page, 'Control+z');
    await expect.poll(() => page.getByTestId('toast').textContent()).toBe('There is nothing to undo.');

    // With a note selected, Delete runs from the menu bar.
    await press(page, 'ArrowRight');
    await page.getByTestId('menu-edit').click();
    expect(await item.isDisabled()).toBe(false);
  });
});

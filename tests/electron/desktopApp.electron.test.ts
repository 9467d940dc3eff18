// The desktop app end to end, in the real Electron runtime (Playwright's
// Electron support), with a temporary data folder per test: it opens a map,
// edits and saves it, has its menus, and its window is locked down.
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
let dir: string;
let app: ElectronApplication;
let page: Page;

async function launch(file?: string) {
  app = await electron.launch({
    executablePath: process.env.JEJAK_ELECTRON_BINARY!,
    args: [root, ...(file ? [file] : [])],
    env: { ...process.env, JEJAK_DATA_DIR: join(dir, 'data') },
  });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'jejak-electron-'));
});
afterEach(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the desktop app', () => {
  it('opens a map given on the command line, edits it and saves it in place', async () => {
    const file = join(dir, 'hotel.cjm');
    copyFileSync(join(root, 'shared/samples/hotel-check-in.id.cjm'), file);
    await launch(file);
    await page.getByTestId('board-screen').waitFor();
    await page.getByTestId('map-title').fill('Check-in hotel, ditinjau');
    await page.getByTestId('map-title').press('Enter');
    await page.keyboard.press('Control+S');
    await expect.poll(() => readFileSync(file, 'utf8')).toContain('"title": "Check-in hotel, ditinjau"');
  });

  it('has the locked-down window and the menus from the action registry', async () => {
    await launch();
    // getLastWebPreferences is not in Electron's type declarations, though the method exists.
    const prefs = await app.evaluate(({ BrowserWindow }) => (BrowserWindow.getAllWindows()[0]!.webContents as unknown as { getLastWebPreferences(): Record<string, unknown> }).getLastWebPreferences());
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(page.url()).toBe('jejak://app/index.html');
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => Object.keys((globalThis as unknown as { jejakHost: object }).jejakHost).length)).toBeGreaterThan(10);
    const menus = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()!.items.map((i) => i.label));
    expect(menus.length).toBeGreaterThanOrEqual(4);
    // Navigation away and new windows are refused.
    await page.evaluate(() => (globalThis as unknown as { open(url: string): unknown }).open('https://example.org/'));
    expect(app.windows()).toHaveLength(1);
  });
});

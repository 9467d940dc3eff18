// The desktop lifecycle's sequences (electron/shell/lifecycle.ts, tested
// step by step in Node by tests/unit/electron/shell/lifecycle.test.ts) in
// the real Electron runtime: closing a window clean and with unsaved changes
// (Save, Don't save, Cancel), quitting with two windows where the second
// cancels, quitting during an export, a second instance with a path, and on
// macOS the last window closed then the Dock's activate. The native prompts
// cannot be clicked from here, so the main process's dialog is answered by a
// stand-in that records each question.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeCjm } from '../../shared/format/writer';
import { bigMap } from '../support/bigMap';

const root = join(import.meta.dirname, '../..');
let dir: string;
let app: ElectronApplication;

function sample(name: string): string {
  const file = join(dir, name);
  copyFileSync(join(root, 'shared/samples/hotel-check-in.id.cjm'), file);
  return file;
}

const lockOf = (file: string) => join(dir, `.~lock.${file.split('/').pop()}#`);

async function launch(...files: string[]): Promise<Page> {
  app = await electron.launch({
    executablePath: process.env.JEJAK_ELECTRON_BINARY!,
    args: [root, ...files],
    env: { ...process.env, JEJAK_DATA_DIR: join(dir, 'data') },
  });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return page;
}

/** Answers the main process's message boxes with these buttons, in order, and records each message. */
async function answerPrompts(responses: number[]): Promise<void> {
  await app.evaluate(({ dialog }, answers) => {
    const g = globalThis as unknown as { __asked: string[] };
    g.__asked = [];
    const reply = async (...args: unknown[]) => {
      const options = args.find((a) => typeof a === 'object' && a !== null && 'message' in (a as object)) as { message: string };
      g.__asked.push(options.message);
      return { response: answers.shift() ?? 1, checkboxChecked: false };
    };
    (dialog as unknown as { showMessageBox: typeof reply }).showMessageBox = reply;
  }, responses);
}

const asked = () => app.evaluate(() => (globalThis as unknown as { __asked: string[] }).__asked);
const windowCount = () => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length);
const closeWindow = (index = 0) => app.evaluate(({ BrowserWindow }, i) => BrowserWindow.getAllWindows()[i]!.close(), index);

async function makeDirty(page: Page, title: string): Promise<void> {
  await page.getByTestId('board-screen').waitFor();
  await page.getByTestId('map-title').fill(title);
  await page.getByTestId('map-title').press('Enter');
  await page.getByTestId('unsaved-mark').waitFor();
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'jejak-lifecycle-'));
});
afterEach(async () => {
  await app?.close().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
});

describe('closing a window', () => {
  it('clean: its lock is released and it closes without a question', async () => {
    const file = sample('hotel.cjm');
    const page = await launch(file);
    await page.getByTestId('board-screen').waitFor();
    await expect.poll(() => existsSync(lockOf(file))).toBe(true);
    await answerPrompts([]);
    const exited = new Promise((resolve) => app.process().once('exit', resolve));
    await closeWindow();
    await exited;
    expect(existsSync(lockOf(file))).toBe(false);
  });

  it("with unsaved changes, Don't save: one question, the file untouched, the window gone", async () => {
    const file = sample('hotel.cjm');
    const before = readFileSync(file, 'utf8');
    const page = await launch(file);
    await makeDirty(page, 'Tidak disimpan');
    await answerPrompts([1]);
    const exited = new Promise((resolve) => app.process().once('exit', resolve));
    await closeWindow();
    await exited;
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(existsSync(lockOf(file))).toBe(false);
  });

  it('with unsaved changes, Cancel: the window, its map and its lock stay', async () => {
    const file = sample('hotel.cjm');
    const page = await launch(file);
    await makeDirty(page, 'Masih dibuka');
    await answerPrompts([2]);
    await closeWindow();
    await expect.poll(asked).toHaveLength(1);
    expect(await windowCount()).toBe(1);
    expect(existsSync(lockOf(file))).toBe(true);
    expect(await page.getByTestId('unsaved-mark').isVisible()).toBe(true);
  });

  it('with unsaved changes, Save: the page saves, then the window closes', async () => {
    const file = sample('hotel.cjm');
    const page = await launch(file);
    await makeDirty(page, 'Disimpan saat ditutup');
    await answerPrompts([0]);
    const exited = new Promise((resolve) => app.process().once('exit', resolve));
    await closeWindow();
    await exited;
    expect(readFileSync(file, 'utf8')).toContain('"title": "Disimpan saat ditutup"');
    expect(existsSync(lockOf(file))).toBe(false);
  });
});

describe('quitting', () => {
  it('with two windows with unsaved changes where the second cancels: both stay open, locked, unsaved', async () => {
    const a = sample('a.cjm');
    const b = sample('b.cjm');
    const first = await launch(a, b);
    await expect.poll(windowCount).toBe(2);
    const second = app.windows().find((w) => w !== first)!;
    await makeDirty(first, 'A berubah');
    await makeDirty(second, 'B berubah');
    await answerPrompts([1, 2]);
    await app.evaluate(({ app: electronApp }) => electronApp.quit());
    await expect.poll(asked).toHaveLength(2);
    expect(await windowCount()).toBe(2);
    expect(existsSync(lockOf(a))).toBe(true);
    expect(existsSync(lockOf(b))).toBe(true);
    expect(await first.getByTestId('unsaved-mark').isVisible()).toBe(true);
    expect(await second.getByTestId('unsaved-mark').isVisible()).toBe(true);
  });

  it('during an export: asked once the windows agree; Cancel keeps the app and the export, Stop and quit ends both and writes nothing', async () => {
    // A 5,000-note map at 4×: an export long enough to still be running when the quit comes.
    const file = join(dir, 'big.cjm');
    writeFileSync(file, writeCjm(bigMap({ notes: 5000 })));
    const page = await launch(file);
    await page.getByTestId('board-screen').waitFor();
    await app.evaluate(({ dialog }, target) => {
      (dialog as unknown as { showSaveDialog: () => Promise<unknown> }).showSaveDialog = async () => ({ canceled: false, filePath: target });
    }, join(dir, 'poster.png'));
    const job = await page.evaluate(async () => {
      const host = (globalThis as unknown as { jejakHost: import('../../shared/host/host').Host }).jejakHost;
      const opened = await host.startupFile();
      const target = await host.showSaveDialog!('poster.png', 'png');
      if (!opened?.ok || !target) throw new Error('no map or no target');
      const choices = { format: 'png', page: 'poster', paper: 'a4', orientation: 'landscape', fitTo: null, scale: 4, background: 'white', handout: false, includeHidden: false, leaveAuthorsOut: false, language: 'en' } as const;
      const started = await host.startExport({ bytes: opened.value.bytes, choices, folder: target.folder, name: target.name, replace: false });
      if (!started.ok) throw new Error('not started');
      return started.value.job;
    });
    await answerPrompts([1, 0]);
    await app.evaluate(({ app: electronApp }) => electronApp.quit());
    await expect.poll(asked).toEqual(['"poster.png" is still being exported.']);
    expect(await windowCount()).toBe(1);
    expect(existsSync(lockOf(file))).toBe(true);
    const status = await page.evaluate((id) => (globalThis as unknown as { jejakHost: import('../../shared/host/host').Host }).jejakHost.exportStatus(id), job);
    expect(status.state).toBe('running');
    const exited = new Promise((resolve) => app.process().once('exit', resolve));
    await app.evaluate(({ app: electronApp }) => electronApp.quit());
    await exited;
    expect(existsSync(join(dir, 'poster.png'))).toBe(false);
    expect(existsSync(lockOf(file))).toBe(false);
  });
});

describe('maps from the system', () => {
  it('a second instance with a path opens that map in the running app, and the same map again only comes forward', async () => {
    const a = sample('a.cjm');
    const b = sample('b.cjm');
    await launch(a);
    const second = spawn(process.env.JEJAK_ELECTRON_BINARY!, [root, b], { env: { ...process.env, JEJAK_DATA_DIR: join(dir, 'data') } });
    await new Promise((resolve) => second.once('exit', resolve));
    await expect.poll(windowCount).toBe(2);
    const third = spawn(process.env.JEJAK_ELECTRON_BINARY!, [root, b], { env: { ...process.env, JEJAK_DATA_DIR: join(dir, 'data') } });
    await new Promise((resolve) => third.once('exit', resolve));
    expect(await windowCount()).toBe(2);
  });

  it.runIf(process.platform === 'darwin')('macOS: the last window closed leaves the app running; activate opens a window', async () => {
    await launch();
    await closeWindow();
    await expect.poll(windowCount).toBe(0);
    await app.evaluate(({ app: electronApp }) => electronApp.emit('activate'));
    await expect.poll(windowCount).toBe(1);
  });
});

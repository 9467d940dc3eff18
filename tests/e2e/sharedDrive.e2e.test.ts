// Maps on a shared drive, through browser mode: a lock held by another
// laptop is named ("Opened by … on … since …") and read-only leaves the file
// alone; another process's save is reloaded, or merged with local edits;
// and after `jejak serve` is killed mid-session the next start offers the
// unsaved map back.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readCjm } from '../../shared/format/reader';
import type { JourneyMap } from '../../shared/format/types';
import { writeCjm } from '../../shared/format/writer';
import { currentMap, dirty, geometry, notePoint, settle, waitForBoard } from './support/board';
import { FIXTURES, useE2E } from './support/jejak';

const e2e = useE2E();
const SMALL = join(FIXTURES, 'small.cjm');

function mapOf(text: string): JourneyMap {
  const read = readCjm(text);
  if (!read.ok) throw new Error('map does not read');
  return read.map;
}

/** What another laptop saves: the file as it is now, plus one note beside n1. */
function withNoteFromElsewhere(file: string, id: string, text: string): string {
  const map = mapOf(readFileSync(file, 'utf8'));
  const n1 = map.notes.find((n) => n.id === 'n1')!;
  return writeCjm({ ...map, notes: [...map.notes, { id, lane: n1.lane, stage: n1.stage, text }] });
}

async function appendToNote(page: Page, id: string, typed: string): Promise<void> {
  const g = await geometry(page);
  const p = notePoint(g, id);
  await page.mouse.dblclick(p.x, p.y);
  const editor = page.getByTestId('note-editor');
  await editor.waitFor();
  await page.keyboard.type(typed);
  await page.keyboard.press('Escape');
  await editor.waitFor({ state: 'detached' });
  await settle(page);
}

async function waitForNote(page: Page, id: string): Promise<JourneyMap> {
  await page.waitForFunction((noteId) => (globalThis as unknown as { __jejak: { doc(): string | null } }).__jejak.doc()?.includes(`"${noteId}"`) ?? false, id, { timeout: 10_000 });
  return currentMap(page);
}

describe('the lock', () => {
  it("names another laptop's lock, and read-only leaves the file untouched: Ctrl+S asks where to save", async () => {
    const served = await e2e.serve({ file: SMALL, as: 'library-card.cjm' });
    const lockPath = join(served.dir, '.~lock.library-card.cjm#');
    const since = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
    const lock = `${JSON.stringify({ app: 'jejak', user: 'Rina', host: 'LAPTOP-07', pid: 4242, since }, null, 2)}\n`;
    writeFileSync(lockPath, lock);
    const original = readFileSync(served.file!);

    const page = await e2e.open(served.url);
    const dialog = page.getByTestId('lock-dialog');
    await dialog.waitFor();
    expect(await page.getByTestId('lock-holder').textContent()).toMatch(/^Opened by Rina on LAPTOP-07 since \d\d:\d\d$/);
    await page.getByTestId('lock-read-only').click();
    await waitForBoard(page);

    await appendToNote(page, 'n1', ' (looked at)');
    expect(await dirty(page)).toBe(true);
    await page.keyboard.press('Control+s');
    await page.getByTestId('file-name').waitFor();
    expect(readFileSync(served.file!).equals(original)).toBe(true);
    expect(readFileSync(lockPath, 'utf8')).toBe(lock);
  });
});

describe('changes from someone else', () => {
  it('reloads the map in place when nothing was edited here, and merges when something was', async () => {
    const served = await e2e.serve({ file: SMALL, as: 'library-card.cjm' });
    const page = await e2e.open(served.url);
    await waitForBoard(page);
    const camera = { x: -40, y: -30, scale: 0.9 };
    await page.evaluate((c) => (globalThis as unknown as { __jejak: { setCamera(c: unknown): void } }).__jejak.setCamera(c), camera);

    writeFileSync(served.file!, withNoteFromElsewhere(served.file!, 'n-elsewhere-1', 'Asked at the desk'));
    let map = await waitForNote(page, 'n-elsewhere-1');
    expect(map.notes.find((n) => n.id === 'n-elsewhere-1')!.text).toBe('Asked at the desk');
    expect(await dirty(page)).toBe(false);
    expect(await page.getByTestId('toast').textContent()).toContain('Reloaded: library-card.cjm changed on disk');
    const view = await page.evaluate(() => (globalThis as unknown as { __jejak: { viewport(): { x: number; y: number; scale: number } } }).__jejak.viewport());
    expect({ x: view.x, y: view.y, scale: view.scale }).toEqual(camera);

    // Now with an edit here: theirs and mine both end up in the map, and saving keeps both.
    await appendToNote(page, 'n1', ' twice');
    writeFileSync(served.file!, withNoteFromElsewhere(served.file!, 'n-elsewhere-2', 'Paid the late fee'));
    map = await waitForNote(page, 'n-elsewhere-2');
    expect(map.notes.find((n) => n.id === 'n1')!.text).toMatch(/ twice$/);
    expect(map.notes.map((n) => n.id)).toEqual(expect.arrayContaining(['n-elsewhere-1', 'n-elsewhere-2']));
    expect(await page.getByTestId('toast').textContent()).toMatch(/notes merged, 0 conflicts/);
    await page.keyboard.press('Control+s');
    await page.waitForFunction(() => !(globalThis as unknown as { __jejak: { dirty(): boolean } }).__jejak.dirty());
    const saved = mapOf(readFileSync(served.file!, 'utf8'));
    expect(saved.notes.find((n) => n.id === 'n1')!.text).toMatch(/ twice$/);
    expect(saved.notes.map((n) => n.id)).toEqual(expect.arrayContaining(['n-elsewhere-1', 'n-elsewhere-2']));
  });
});

describe('recovery', () => {
  it('offers the unsaved map back after jejak serve was killed with SIGKILL, and restoring shows the edit', async () => {
    const served = await e2e.serve({ file: SMALL, as: 'library-card.cjm' });
    const original = readFileSync(served.file!);
    const page = await e2e.open(served.url);
    await waitForBoard(page);
    await appendToNote(page, 'n1', ' before the crash');
    await page.waitForTimeout(2500);
    await served.kill('SIGKILL');
    await page.close();

    const again = await e2e.serve({ in: served });
    const next = await e2e.open(again.url);
    const list = next.getByTestId('recovery-list');
    await list.waitFor();
    expect(await list.textContent()).toContain(served.file!);
    await next.getByTestId('restore').first().click();
    await waitForBoard(next);
    const map = await currentMap(next);
    expect(map.notes.find((n) => n.id === 'n1')!.text).toMatch(/ before the crash$/);
    expect(await dirty(next)).toBe(true);
    expect(readFileSync(served.file!).equals(original)).toBe(true);
    // Save writes to the original file.
    await next.keyboard.press('Control+s');
    await next.waitForFunction(() => !(globalThis as unknown as { __jejak: { dirty(): boolean } }).__jejak.dirty());
    expect(mapOf(readFileSync(served.file!, 'utf8')).notes.find((n) => n.id === 'n1')!.text).toMatch(/ before the crash$/);
  });
});

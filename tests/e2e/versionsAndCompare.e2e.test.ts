// Versions and compare in the browser: save a named version of the B2B
// sample beside its file (same map id, the map's own file and unsaved state
// untouched), edit more, find the version in the Versions panel, and compare:
// the totals and cells are what compareMaps says, the curves of both maps
// are drawn, the keyboard moves through the cells and Escape closes. Then
// the two sample maps compared in Indonesian; and a sample, which has no
// folder of the user's, is told to be saved first.
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { compareMaps } from '../../shared/analysis/compareMaps';
import { readCjm } from '../../shared/format/reader';
import type { JourneyMap } from '../../shared/format/types';
import { currentMap, dirty, geometry, notePoint, press, runAction, settle, waitForBoard } from './support/board';
import { SAMPLES, useE2E } from './support/jejak';

const e2e = useE2E();
const B2B = join(SAMPLES, 'b2b-software-purchase.en.cjm');
const HOTEL = join(SAMPLES, 'hotel-check-in.id.cjm');

function mapAt(path: string): JourneyMap {
  const read = readCjm(readFileSync(path));
  if (!read.ok) throw new Error(`${path} does not read`);
  return read.map;
}

async function editNote(page: Page, id: string, text: string): Promise<void> {
  const g = await geometry(page);
  const at = notePoint(g, id);
  await page.mouse.dblclick(at.x, at.y);
  const editor = page.getByTestId('note-editor');
  await editor.waitFor();
  await editor.fill(text);
  await press(page, 'Escape');
  await editor.waitFor({ state: 'detached' });
}

async function deleteNote(page: Page, id: string): Promise<void> {
  const g = await geometry(page);
  const at = notePoint(g, id);
  await page.mouse.click(at.x, at.y);
  await settle(page);
  await press(page, 'Delete');
}

async function totals(page: Page): Promise<{ added: number; removed: number; changed: number; unchanged: number }> {
  const count = async (what: string) => Number(await page.getByTestId(`compare-total-${what}`).getAttribute('data-count'));
  return { added: await count('added'), removed: await count('removed'), changed: await count('changed'), unchanged: await count('unchanged') };
}

async function toast(page: Page): Promise<string> {
  const shown = page.getByTestId('toast');
  await shown.waitFor();
  return (await shown.textContent()) ?? '';
}

describe('versions and compare', () => {
  it('saves a version beside the map, lists it, and compares it with the map edited since', async () => {
    const served = await e2e.serve({ file: B2B, as: 'Onboarding.cjm' });
    const original = readFileSync(served.file!);
    const page = await e2e.open(served.url);
    await waitForBoard(page);

    await editNote(page, 'nt-002', 'Audit flags 14 purchases ordered before any PO existed');
    expect(await dirty(page)).toBe(true);

    // Save a version "before Q1 review": the name it will get is shown before it is written.
    await runAction(page, 'Save a version');
    const dialog = page.getByTestId('save-version-dialog');
    await dialog.waitFor();
    await page.getByTestId('version-label').fill('x'.repeat(81));
    expect(await page.getByTestId('version-label-error').textContent()).toBe('The name is too long: 81 characters, at most 80. Shorten it.');
    expect(await page.getByTestId('save-version').isDisabled()).toBe(true);
    await page.getByTestId('version-label').fill('before Q1 review');
    const name = (await page.getByTestId('version-file-name').textContent())!;
    expect(name).toMatch(/^Onboarding — \d{4}-\d{2}-\d{2} before Q1 review\.cjm$/);
    await page.screenshot({ path: join(tmpdir(), 'jejak-save-version.png') });
    await press(page, 'Enter');
    await dialog.waitFor({ state: 'detached' });
    expect(await toast(page)).toBe(`Version saved: ${name}`);

    // On disk beside the map: the same map id, the edit in it; the map's own file as it was, still unsaved here.
    const versionPath = join(served.dir, name);
    const version = mapAt(versionPath);
    expect(version.id).toBe(mapAt(served.file!).id);
    expect(version.notes.find((n) => n.id === 'nt-002')!.text).toBe('Audit flags 14 purchases ordered before any PO existed');
    expect(readFileSync(served.file!).equals(original)).toBe(true);
    expect(await dirty(page)).toBe(true);

    // Edit more: one note rewritten, two deleted, one added.
    await editNote(page, 'nt-003', 'Asks two peers on LinkedIn which tool they use');
    await deleteNote(page, 'nt-001');
    await deleteNote(page, 'nt-004');
    await press(page, 'n');
    await page.getByTestId('note-editor').waitFor();
    await page.keyboard.type('Reads a G2 comparison on the train');
    await press(page, 'Escape');
    const now = await currentMap(page);
    expect(now.notes).toHaveLength(103);

    // Other maps and files in the folder are not versions of this one.
    copyFileSync(HOTEL, join(served.dir, 'Hotel.cjm'));
    writeFileSync(join(served.dir, 'broken.cjm'), '{"format": "cjm", ');
    writeFileSync(join(served.dir, 'notes.txt'), readFileSync(versionPath));

    await runAction(page, 'Versions of this map');
    const panel = page.getByTestId('versions-panel');
    await panel.waitFor();
    await page.getByTestId('version-entry').first().waitFor();
    expect(await page.getByTestId('version-name').allTextContents()).toEqual([name]);
    expect(await page.getByTestId('version-entry').textContent()).toContain('104 notes');
    await page.screenshot({ path: join(tmpdir(), 'jejak-versions-panel.png') });

    await page.getByTestId('version-compare').click();
    const view = page.getByTestId('compare-view');
    await view.waitFor();
    const expected = compareMaps(version, now);
    expect(expected.totals).toEqual({ added: 1, removed: 2, changed: 1, unchanged: 101 });
    expect(await totals(page)).toEqual(expected.totals);
    expect(await page.getByTestId('compare-totals').textContent()).toBe('1 added · 2 removed · 1 changed · 101 unchanged');
    expect(await page.getByTestId('compare-added-note').allTextContents()).toEqual(['+Reads a G2 comparison on the train']);
    expect((await page.getByTestId('compare-removed-note').allTextContents()).map((t) => t.slice(0, 20))).toEqual(['−G2 comparison grid ', '−Google search, G2 r']);
    const changed = (await page.getByTestId('compare-changed-note').textContent())!;
    expect(changed).toContain('Searches "purchase approval software for logistics');
    expect(changed).toContain('→ Asks two peers on LinkedIn which tool they use');
    // Both maps' curves, and a legend naming each map.
    await page.getByTestId('compare-curve-before').first().waitFor();
    await page.getByTestId('compare-curve-after').first().waitFor();
    const legend = (await page.getByTestId('compare-legend').textContent())!;
    expect(legend).toContain(`Before: ${version.title}`);
    expect(legend).toContain(name);
    expect(legend).toContain('Onboarding.cjm');
    expect(legend).toContain('with unsaved changes');

    await page.screenshot({ path: join(tmpdir(), 'jejak-compare-version.png') });

    // The keyboard: the cells take focus and say what changed, the arrows move between them; Escape goes back to the panel, then closes it.
    const firstCell = page.getByTestId('compare-cell').first();
    await firstCell.focus();
    expect(await firstCell.getAttribute('aria-label')).toMatch(/^Stage Awareness, lane What the buyer sees \(artefacts\): 1 removed/);
    await press(page, 'ArrowRight');
    await press(page, 'ArrowDown');
    const focused = await page.evaluate(() => {
      // Read through globalThis: the tests compile without the DOM's types.
      const active = (globalThis as unknown as { document: { activeElement: { getAttribute(name: string): string | null } | null } }).document.activeElement;
      return active ? [active.getAttribute('data-row'), active.getAttribute('data-column')] : null;
    });
    expect(focused).toEqual(['1', '1']);
    await press(page, 'Escape');
    await view.waitFor({ state: 'detached' });
    await panel.waitFor();
    await press(page, 'Escape');
    await panel.waitFor({ state: 'detached' });
    // Nothing of this changed the map.
    expect(await currentMap(page)).toEqual(now);
    expect(readdirSync(served.dir).filter((f) => f.endsWith('.cjm')).sort()).toEqual([name, 'Hotel.cjm', 'Onboarding.cjm', 'broken.cjm'].sort());
  });

  it('compares the two sample maps, in Indonesian, as compareMaps does', async () => {
    const served = await e2e.serve({ file: B2B, as: 'b2b.cjm' });
    copyFileSync(HOTEL, join(served.dir, 'hotel.cjm'));
    const page = await e2e.open(served.url, { locale: 'id-ID' });
    await waitForBoard(page);

    await runAction(page, 'Bandingkan dengan peta lain');
    const picker = page.getByTestId('file-dialog');
    await picker.waitFor();
    expect(await picker.getByRole('heading').first().textContent()).toBe('Pilih peta untuk dibandingkan');
    await page.getByTestId('file-list').getByRole('button', { name: 'hotel.cjm' }).click();
    await page.getByTestId('compare-view').waitFor();

    const expected = compareMaps(mapAt(B2B), mapAt(HOTEL));
    expect(expected.totals).toEqual({ added: 105, removed: 104, changed: 0, unchanged: 0 });
    expect(await totals(page)).toEqual(expected.totals);
    expect(await page.getByTestId('compare-totals').textContent()).toBe('105 ditambahkan · 104 dihapus · 0 diubah · 0 tidak berubah');
    expect(await page.getByTestId('compare-cell').count()).toBe(expected.rows.length * expected.columns.length);
    const legend = (await page.getByTestId('compare-legend').textContent())!;
    expect(legend).toContain(`Sebelum: ${mapAt(B2B).title}`);
    expect(legend).toContain(`Sesudah: ${mapAt(HOTEL).title}`);
    await page.screenshot({ path: join(tmpdir(), 'jejak-compare-samples.png') });

    // Swapped, what was added is removed.
    await page.getByTestId('compare-swap').click();
    expect(await totals(page)).toEqual(compareMaps(mapAt(HOTEL), mapAt(B2B)).totals);
    await page.getByTestId('compare-close').click();
    await page.getByTestId('compare-view').waitFor({ state: 'detached' });
  });

  it('tells a sample (no folder of the user\'s) to be saved first', async () => {
    const served = await e2e.serve();
    const page = await e2e.open(served.url);
    await page.getByTestId('start-screen').waitFor();
    await page.locator('[data-testid^="sample-"]').first().click();
    await waitForBoard(page);
    await runAction(page, 'Save a version');
    expect(await toast(page)).toBe("Save the map in a folder of yours first (Save as…): versions are kept beside the map's file.");
    expect(await page.getByTestId('save-version-dialog').count()).toBe(0);
  });
});

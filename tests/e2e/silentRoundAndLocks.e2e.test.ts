// The facilitator's rounds and locks in Chromium: a silent round writes new
// notes face down (grey cards on the board, a count in the title bar, blank
// cards in an exported picture and not one of their words in any export);
// Reveal turns them all over as one undo step; a locked structure, locked
// lanes and review mode each refuse with a message, show while on, and end
// with one click; the modes survive a reload.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LIGHT_THEME } from '../../shared/layout/theme';
import { currentMap, emptyCellPoint, geometry, noteRect, press, runAction, setCamera, settle, waitForBoard } from './support/board';
import { jejak, SAMPLES, useE2E } from './support/jejak';
import { capture } from './support/pixels';

const e2e = useE2E();
const SECRET = 'Rahasia: harga tersembunyi';

async function toast(page: Page): Promise<string> {
  await page.getByTestId('toast').waitFor();
  return (await page.getByTestId('toast').textContent()) ?? '';
}

describe('a silent round', () => {
  it('writes notes face down, counts them, keeps their words out of exports, and reveals them as one step', async () => {
    const served = await e2e.serve({ file: join(SAMPLES, 'b2b-software-purchase.en.cjm'), as: 'silent.cjm' });
    const page = await e2e.open(served.url);
    await waitForBoard(page);
    let g = await geometry(page);
    const lane = g.map.lanes.find((l) => l.kind === 'pain-points')!.id;
    const stage = g.map.stages[0]!.id;
    const before = new Set(g.map.notes.map((n) => n.id));
    await setCamera(page, { scale: 1, x: 0, y: -(g.layout.rowOf.get(lane)!.y - 150) });
    await settle(page);

    await runAction(page, 'Silent round');
    expect(await toast(page)).toContain('new notes are written face down');
    await page.getByTestId('silent-chip').waitFor();

    // Two notes written in the round: typed into the board as usual.
    for (const text of [SECRET, 'Second private thought']) {
      g = await geometry(page);
      const at = emptyCellPoint(g, lane, stage);
      await page.mouse.dblclick(at.x, at.y);
      const editor = page.getByTestId('note-editor');
      await editor.waitFor();
      await editor.pressSequentially(text);
      await press(page, 'Escape');
    }
    let map = await currentMap(page);
    const written = map.notes.filter((n) => !before.has(n.id));
    expect(written.map((n) => [n.text, n.hidden])).toEqual([[SECRET, true], ['Second private thought', true]]);
    expect(await page.getByTestId('face-down-count').textContent()).toBe('2 notes face down');

    // On the board: grey cards, no words (the card's foot, below its three pale bars, is the face-down grey).
    g = await geometry(page);
    const card = noteRect(g, written[0]!.id);
    const foot = g.toScreen({ x: card.x + card.width / 2, y: card.y + card.height - 8 });
    const shot = await capture(page, { x: Math.round(foot.x) - 20, y: Math.round(foot.y) - 2, width: 40, height: 4 });
    const grey = [0x8a, 0x96, 0xa3];
    expect(LIGHT_THEME.hiddenNoteFill).toBe('#8A96A3');
    for (let i = 0; i < shot.data.length; i += 4) expect([shot.data[i], shot.data[i + 1], shot.data[i + 2]]).toEqual(grey);

    // Saved and exported: the picture shows two blank face-down cards; no export has their words.
    await press(page, 'Control+s');
    await expect.poll(() => page.getByTestId('toast').textContent()).toBe('Saved');
    await expect.poll(() => page.getByTestId('unsaved-mark').count()).toBe(0);
    const saved = join(served.dir, 'silent.cjm');
    for (const format of ['svg', 'csv', 'html']) {
      const out = join(served.dir, `out.${format}`);
      const result = jejak(['export', saved, '--format', format, '--out', out]);
      expect(result.status, result.stderr).toBe(0);
      const text = readFileSync(out, 'utf8');
      expect(text).not.toContain('Rahasia');
      expect(text).not.toContain('Second private thought');
      if (format === 'svg') expect(text.split(LIGHT_THEME.hiddenNoteFill).length - 1).toBeGreaterThanOrEqual(2);
      if (format === 'html') expect(text).toContain('2 notes are still face down');
    }

    // Reveal: all at once, one undo step; it ends the round.
    await page.getByTestId('reveal').click();
    await expect.poll(() => page.getByTestId('toast').textContent()).toBe('Revealed 2 notes. Undo turns them back over.');
    map = await currentMap(page);
    expect(map.notes.some((n) => n.hidden)).toBe(false);
    await expect.poll(() => page.getByTestId('silent-chip').count()).toBe(0);
    await press(page, 'Control+z');
    map = await currentMap(page);
    expect(map.notes.filter((n) => n.hidden).length).toBe(2);
    await press(page, 'Control+Shift+z');

    // A round survives a reload (the page holds the map as saved: two notes face down).
    await runAction(page, 'Silent round');
    await page.getByTestId('end-silent').waitFor();
    await page.reload();
    await waitForBoard(page);
    await page.getByTestId('end-silent').waitFor();
    expect(await page.getByTestId('face-down-count').textContent()).toBe('2 notes face down');
    await page.getByTestId('end-silent').click();
    await expect.poll(() => page.getByTestId('toast').textContent()).toContain('Silent round ended');
    await expect.poll(() => page.getByTestId('end-silent').count()).toBe(0);
    // Notes already face down stay so, and can still be revealed.
    expect(await page.getByTestId('reveal').count()).toBe(1);
  });
});

describe('facilitator locks', () => {
  it('lock the structure, lanes and the whole map, each visible and ended by one click', async () => {
    const served = await e2e.serve({ file: join(SAMPLES, 'hotel-check-in.id.cjm'), settings: { language: 'id' } });
    const page = await e2e.open(served.url);
    await waitForBoard(page);
    const start = await currentMap(page);

    await runAction(page, 'Kunci tahap');
    await page.getByTestId('structure-chip').waitFor();
    await runAction(page, 'Tambah tahap');
    expect(await toast(page)).toContain('Struktur peta dikunci');
    expect((await currentMap(page)).stages.length).toBe(start.stages.length);
    await page.getByTestId('unlock-structure').click();
    await expect.poll(() => page.getByTestId('structure-chip').count()).toBe(0);

    // A locked lane: its padlock on the board, the chip, a refused edit, one click unlocks every lane.
    const g = await geometry(page);
    const lane = g.layout.rows[1]!.lane;
    const header = g.toScreen({ x: 100, y: g.layout.rowOf.get(lane.id)!.y + 20 });
    await page.mouse.click(header.x, header.y, { button: 'right' });
    await page.getByTestId('header-menu').waitFor();
    await page.getByRole('menuitem', { name: 'Kunci catatannya' }).click();
    await page.getByTestId('locked-lanes-chip').waitFor();
    expect(await page.getByTestId('locked-lanes-chip').textContent()).toContain('1 lajur dikunci');
    const note = (await currentMap(page)).notes.find((n) => n.lane === lane.id)!;
    const rect = noteRect(await geometry(page), note.id);
    const at = (await geometry(page)).toScreen({ x: rect.x + 20, y: rect.y + 20 });
    await page.mouse.dblclick(at.x, at.y);
    expect(await toast(page)).toContain(`Lajur "${lane.title}" dikunci`);
    expect(await page.getByTestId('note-editor').count()).toBe(0);
    await page.getByTestId('unlock-lanes').click();
    expect((await currentMap(page)).lanes.some((l) => l.locked)).toBe(false);

    // Review mode: nothing changes, not even undo; one click leaves it; it survives a reload.
    await runAction(page, 'Mode tinjauan');
    await page.getByTestId('review-chip').waitFor();
    const during = await currentMap(page);
    await press(page, 'n');
    expect(await toast(page)).toContain('Mode tinjauan aktif');
    await press(page, 'Control+z');
    expect(await toast(page)).toContain('Mode tinjauan aktif');
    expect(await currentMap(page)).toEqual(during);
    await page.reload();
    await waitForBoard(page);
    await page.getByTestId('review-chip').waitFor();
    await page.getByTestId('leave-review').click();
    await expect.poll(() => page.getByTestId('review-chip').count()).toBe(0);
    await press(page, 'Control+z');
    expect((await currentMap(page)).lanes.some((l) => l.locked)).toBe(false);
  });
});

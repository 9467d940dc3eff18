// Someone else saved a different text into the very note edited here: the
// merge asks, per conflict, whose to keep. Choosing theirs keeps mine as a
// marked copy note in the same cell, so no text from either side is lost.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCjm } from '../../shared/format/reader';
import { writeCjm } from '../../shared/format/writer';
import { currentMap, geometry, notePoint, settle, waitForBoard } from './support/board';
import { FIXTURES, useE2E } from './support/jejak';

const e2e = useE2E();

describe('a conflict between my edit and theirs', () => {
  it('is shown with a choice per conflict; choosing theirs keeps mine as a marked copy', async () => {
    const served = await e2e.serve({ file: join(FIXTURES, 'small.cjm'), as: 'conflict.cjm' });
    const page = await e2e.open(served.url);
    await waitForBoard(page);

    // My edit: n1's text gains " (mine)".
    const p = notePoint(await geometry(page), 'n1');
    await page.mouse.dblclick(p.x, p.y);
    await page.getByTestId('note-editor').waitFor();
    await page.keyboard.type(' (mine)');
    await page.keyboard.press('Escape');
    await settle(page);
    const mine = (await currentMap(page)).notes.find((n) => n.id === 'n1')!.text;

    // Their save: the same note, a different text.
    const read = readCjm(readFileSync(served.file!, 'utf8'));
    if (!read.ok) throw new Error('fixture does not read');
    const theirs = 'Renewed at the front desk instead';
    writeFileSync(served.file!, writeCjm({ ...read.map, notes: read.map.notes.map((n) => (n.id === 'n1' ? { ...n, text: theirs } : n)) }));

    const dialog = page.getByTestId('conflicts-dialog');
    await dialog.waitFor({ timeout: 10_000 });
    await expect.poll(() => dialog.getByTestId('conflict').count()).toBe(1);
    await dialog.getByRole('radio').nth(1).check();
    await dialog.getByTestId('conflicts-apply').click();
    await dialog.waitFor({ state: 'detached' });
    await settle(page);

    const merged = await currentMap(page);
    const n1 = merged.notes.find((n) => n.id === 'n1')!;
    expect(n1.text).toBe(theirs);
    const copy = merged.notes.find((n) => n.id !== 'n1' && n.text.includes(mine));
    expect(copy).toBeDefined();
    expect(copy!.text.startsWith('[My version]')).toBe(true);
    expect({ lane: copy!.lane, stage: copy!.stage }).toEqual({ lane: n1.lane, stage: n1.stage });
  });
});

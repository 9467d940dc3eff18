// A facilitator builds a map from the Indonesian current-state template with
// the keyboard alone: N adds a note where the eye is and starts editing,
// arrows walk the grid, Alt+arrows carry a note to the next cell, Delete,
// undo and both redo keys, and Ctrl+S asks where to save. The saved file
// passes `jejak validate`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { currentMap, doc, geometry, press, selection, waitForBoard } from './support/board';
import { useE2E, validate } from './support/jejak';

const e2e = useE2E();

const STAGES_ID = ['Kesadaran', 'Pertimbangan', 'Pembelian', 'Retensi', 'Advokasi'];

/** Types into the note editor N opened, then Escape ends editing. */
async function typeNote(page: Page, text: string): Promise<void> {
  const editor = page.getByTestId('note-editor');
  await editor.waitFor();
  await expect.poll(() => editor.evaluate((el) => el === (el.ownerDocument.activeElement as unknown))).toBe(true);
  await page.keyboard.type(text);
  await expect.poll(() => editor.inputValue()).toBe(text);
  await press(page, 'Escape');
  await editor.waitFor({ state: 'detached' });
}

describe('a map from the Indonesian template, by keyboard alone', () => {
  it('adds, walks, moves, deletes, undoes and redoes with keys, then saves a valid file', async () => {
    const served = await e2e.serve();
    const page = await e2e.open(served.url);

    await page.getByTestId('start-screen').waitFor();
    await page.getByTestId('new-map-locale').selectOption('id');
    await page.getByTestId('new-current-state').click();
    await waitForBoard(page);
    // From here on, only the keyboard.

    const g = await geometry(page);
    expect(g.map.locale).toBe('id');
    expect(g.map.stages.map((s) => s.title)).toEqual(STAGES_ID);
    expect(g.map.notes).toEqual([]);

    // N: a note in the cell nearest the middle of the view, editing at once.
    const middle = { x: (g.view.width / 2 - g.view.x) / g.view.scale, y: (g.view.height / 2 - g.view.y) / g.view.scale };
    const row = g.layout.rows.find((r) => middle.y >= r.y && middle.y < r.y + r.height)!;
    const column = g.layout.columns.find((c) => middle.x >= c.x && middle.x < c.x + c.width)!;
    expect(row, 'a lane under the middle of the view').toBeDefined();
    expect(column, 'a stage under the middle of the view').toBeDefined();
    await press(page, 'n');
    await typeNote(page, 'Antre di loket terlalu lama');
    let map = await currentMap(page);
    expect(map.notes).toHaveLength(1);
    const first = map.notes[0]!;
    expect(first).toMatchObject({ lane: row.lane.id, stage: column.stage.id, text: 'Antre di loket terlalu lama' });
    expect(await selection(page)).toEqual({ notes: [first.id], cell: null });

    // Adding the note and typing its first text is one undo step.
    await press(page, 'Control+z');
    expect((await currentMap(page)).notes).toEqual([]);
    await press(page, 'Control+Shift+Z');
    expect((await currentMap(page)).notes).toEqual([first]);

    // Arrows walk the grid: with nothing selected the first press takes the first cell,
    // then down the lanes and across the stages to the note.
    expect(await selection(page)).toEqual({ notes: [], cell: null });
    await press(page, 'ArrowDown');
    expect(await selection(page)).toEqual({ notes: [], cell: { lane: g.layout.rows[0]!.lane.id, stage: g.layout.columns[0]!.stage.id } });
    for (let i = 0; i < row.index; i++) await press(page, 'ArrowDown');
    for (let i = 0; i < column.index; i++) await press(page, 'ArrowRight');
    expect(await selection(page)).toEqual({ notes: [first.id], cell: null });
    // Right from the only note of a cell is the next stage's (empty) cell.
    await press(page, 'ArrowRight');
    const nextStage = g.layout.columns[column.index + 1]!.stage;
    expect(await selection(page)).toEqual({ notes: [], cell: { lane: row.lane.id, stage: nextStage.id } });

    // N again adds to the selected cell.
    await press(page, 'n');
    await typeNote(page, 'Petugas ramah menyapa');
    map = await currentMap(page);
    const second = map.notes.find((n) => n.text === 'Petugas ramah menyapa')!;
    expect(second).toMatchObject({ lane: row.lane.id, stage: nextStage.id });

    // Up leaves the note for the lane above; down comes back to it.
    await press(page, 'ArrowUp');
    const laneAbove = g.layout.rows[row.index - 1]!.lane.id;
    expect(await selection(page)).toEqual({ notes: [], cell: { lane: laneAbove, stage: nextStage.id } });
    await press(page, 'ArrowDown');
    expect(await selection(page)).toEqual({ notes: [second.id], cell: null });

    // Alt+arrows carry the note to the neighbouring cell, one undo step each.
    const laneBelow = g.layout.rows[row.index + 1]!.lane.id;
    await press(page, 'Alt+ArrowDown');
    expect((await currentMap(page)).notes.find((n) => n.id === second.id)).toMatchObject({ lane: laneBelow, stage: nextStage.id });
    await press(page, 'Alt+ArrowLeft');
    expect((await currentMap(page)).notes.find((n) => n.id === second.id)).toMatchObject({ lane: laneBelow, stage: column.stage.id });
    expect(await selection(page)).toEqual({ notes: [second.id], cell: null });
    await press(page, 'Control+z');
    expect((await currentMap(page)).notes.find((n) => n.id === second.id)).toMatchObject({ lane: laneBelow, stage: nextStage.id });
    await press(page, 'Control+y');
    expect((await currentMap(page)).notes.find((n) => n.id === second.id)).toMatchObject({ lane: laneBelow, stage: column.stage.id });

    // A third note beside it, then Delete; undo brings it back, Ctrl+Y and Ctrl+Shift+Z redo.
    await press(page, 'n');
    await typeNote(page, 'Tidak ada papan petunjuk');
    map = await currentMap(page);
    const third = map.notes.find((n) => n.text === 'Tidak ada papan petunjuk')!;
    expect(third).toMatchObject({ lane: laneBelow, stage: column.stage.id });
    expect(await selection(page)).toEqual({ notes: [third.id], cell: null });
    const beforeDelete = await doc(page);
    await press(page, 'Delete');
    expect((await currentMap(page)).notes.map((n) => n.id)).toEqual(map.notes.filter((n) => n.id !== third.id).map((n) => n.id));
    expect(await selection(page)).toEqual({ notes: [], cell: null });
    await press(page, 'Control+z');
    expect(await doc(page)).toBe(beforeDelete);
    await press(page, 'Control+y');
    expect((await currentMap(page)).notes.some((n) => n.id === third.id)).toBe(false);
    await press(page, 'Control+z');
    await press(page, 'Control+Shift+Z');
    expect((await currentMap(page)).notes.some((n) => n.id === third.id)).toBe(false);
    const final = await currentMap(page);
    expect(final.notes.map((n) => n.text).sort()).toEqual(['Antre di loket terlalu lama', 'Petugas ramah menyapa']);

    // Ctrl+S on a map never saved asks where, in the app's own dialog.
    await press(page, 'Control+s');
    const dialog = page.getByTestId('file-dialog');
    await dialog.waitFor();
    await expect.poll(() => dialog.getByTestId('file-dialog-path').textContent()).toBe(served.dir);
    const name = dialog.getByTestId('file-name');
    expect(await name.inputValue()).toBe(`${final.title}.cjm`);
    await name.fill('peta-kondisi-saat-ini');
    await press(page, 'Enter');
    await dialog.waitFor({ state: 'detached' });
    const saved = join(served.dir, 'peta-kondisi-saat-ini.cjm');
    expect(existsSync(saved)).toBe(true);
    await expect.poll(async () => (await page.getByTestId('unsaved-mark').count())).toBe(0);

    const checked = validate(saved);
    expect(checked.status, checked.stdout + checked.stderr).toBe(0);
    const text = readFileSync(saved, 'utf8');
    for (const title of STAGES_ID) expect(text).toContain(`"title": "${title}"`);
    expect(text).toContain('"locale": "id"');
    expect(text).toContain('"text": "Antre di loket terlalu lama"');
    expect(text).toContain('"text": "Petugas ramah menyapa"');
    expect(text).not.toContain('Tidak ada papan petunjuk');
  });
});

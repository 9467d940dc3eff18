// With the mouse: edit a note in place, drag a note to another cell, drag
// one within its cell to reorder, undo and redo each; then Ctrl+S saves over
// the writable file `jejak serve FILE` opened, and the saved bytes are the
// map the page holds (but for updatedAt), open again as they were, and pass
// `jejak validate`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cellOf, currentMap, dirty, doc, drag, emptyCellPoint, geometry, notePoint, notesOfCell, press, selection, waitForBoard, withoutUpdatedAt } from './support/board';
import { FIXTURES, useE2E, validate } from './support/jejak';

const e2e = useE2E();

describe('editing and dragging with the mouse, then saving', () => {
  it('edits, moves across cells, reorders within a cell, undoes and redoes each, saves and reopens the same bytes', async () => {
    const served = await e2e.serve({ file: join(FIXTURES, 'small.cjm'), as: 'library-card.cjm' });
    const original = readFileSync(served.file!, 'utf8');
    const page = await e2e.open(served.url);
    await waitForBoard(page);
    expect(await doc(page)).toBe(original);
    expect(await dirty(page)).toBe(false);

    // Double-click a note: edit it in place; the caret is at the end.
    let g = await geometry(page);
    const n1 = notePoint(g, 'n1');
    await page.mouse.dblclick(n1.x, n1.y);
    const editor = page.getByTestId('note-editor');
    await editor.waitFor();
    expect(await editor.inputValue()).toBe('Fills in the renewal form');
    await page.keyboard.type(' on her phone');
    await press(page, 'Escape');
    await editor.waitFor({ state: 'detached' });
    const edited = 'Fills in the renewal form on her phone';
    expect((await currentMap(page)).notes.find((n) => n.id === 'n1')!.text).toBe(edited);
    expect(await dirty(page)).toBe(true);
    // Typing is one undo step, whatever the number of keys.
    await press(page, 'Control+z');
    expect(await doc(page)).toBe(original);
    await press(page, 'Control+Shift+Z');
    expect((await currentMap(page)).notes.find((n) => n.id === 'n1')!.text).toBe(edited);
    const afterEdit = await doc(page);

    // Drag the note to the next stage's empty cell.
    g = await geometry(page);
    await drag(page, notePoint(g, 'n1'), emptyCellPoint(g, 'ln-actions', 'st-desk'));
    let map = await currentMap(page);
    expect(cellOf(map, 'n1')).toEqual({ lane: 'ln-actions', stage: 'st-desk' });
    expect(await selection(page)).toEqual({ notes: ['n1'], cell: null });
    const afterMove = await doc(page);
    await press(page, 'Control+z');
    expect(await doc(page)).toBe(afterEdit);
    await press(page, 'Control+Shift+Z');
    expect(await doc(page)).toBe(afterMove);

    // Drag the second note of a cell onto the left half of the first: it goes first.
    g = await geometry(page);
    expect(notesOfCell(g.map, 'ln-emotions', 'st-online')).toEqual(['n2', 'n3']);
    await drag(page, notePoint(g, 'n3'), notePoint(g, 'n2', 0.2, 0.5));
    map = await currentMap(page);
    expect(notesOfCell(map, 'ln-emotions', 'st-online')).toEqual(['n3', 'n2']);
    expect(cellOf(map, 'n3')).toEqual({ lane: 'ln-emotions', stage: 'st-online' });
    const afterReorder = await doc(page);
    await press(page, 'Control+z');
    expect(await doc(page)).toBe(afterMove);
    await press(page, 'Control+Shift+Z');
    expect(await doc(page)).toBe(afterReorder);

    // Ctrl+S saves over the file it came from; the unsaved mark goes.
    expect(await dirty(page)).toBe(true);
    await page.getByTestId('unsaved-mark').waitFor();
    await press(page, 'Control+s');
    await expect.poll(() => dirty(page)).toBe(false);
    await page.getByTestId('unsaved-mark').waitFor({ state: 'detached' });
    const saved = readFileSync(served.file!, 'utf8');
    const held = (await doc(page))!;
    expect(withoutUpdatedAt(saved)).toBe(withoutUpdatedAt(held));
    expect(saved).not.toBe(original);
    const updatedAt = /"updatedAt": "([^"]+)"/.exec(saved)![1]!;
    expect(Date.parse(updatedAt)).toBeGreaterThan(Date.parse('2026-01-06T10:30:00Z'));
    const checked = validate(served.file!);
    expect(checked.status, checked.stdout + checked.stderr).toBe(0);

    // A fresh page opens the saved file: the very same bytes, nothing unsaved.
    const again = await e2e.open(served.url);
    await waitForBoard(again);
    expect(await doc(again)).toBe(saved);
    expect(await dirty(again)).toBe(false);
    const reopened = await currentMap(again);
    expect(reopened.notes.find((n) => n.id === 'n1')).toMatchObject({ text: edited, lane: 'ln-actions', stage: 'st-desk' });
    expect(notesOfCell(reopened, 'ln-emotions', 'st-online')).toEqual(['n3', 'n2']);
  });
});

// Pasting plain text onto the board (a room's wall typed up in a document)
// makes one note per non-empty line, in order, in the selected cell, as one
// undo step.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { currentMap, doc, emptyCellPoint, geometry, notePoint, notesOfCell, selection, settle, waitForBoard } from './support/board';
import { FIXTURES, useE2E } from './support/jejak';

const e2e = useE2E();

/** Dispatches a paste event carrying `text` as text/plain at the board, as the browser does on Ctrl+V. */
async function pastePlainText(page: Page, text: string): Promise<boolean> {
  const handled = await page.getByTestId('board').evaluate((board, pasted) => {
    // The page's own constructors (this file is type-checked without the DOM library).
    type Dispatched = Parameters<typeof board.dispatchEvent>[0];
    const page = globalThis as unknown as {
      DataTransfer: new () => { setData(type: string, data: string): void };
      ClipboardEvent: new (type: string, init: { clipboardData: unknown; bubbles: boolean; cancelable: boolean }) => Dispatched;
    };
    const data = new page.DataTransfer();
    data.setData('text/plain', pasted);
    const event = new page.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    board.dispatchEvent(event);
    return event.defaultPrevented;
  }, text);
  await settle(page);
  return handled;
}

describe('pasting plain text', () => {
  it('makes one note per line in the selected cell, undone in one step', async () => {
    const served = await e2e.serve({ file: join(FIXTURES, 'small.cjm') });
    const page = await e2e.open(served.url);
    await waitForBoard(page);

    // Click an empty cell: it is selected, and where the paste lands.
    const g = await geometry(page);
    const target = emptyCellPoint(g, 'ln-actions', 'st-desk');
    await page.mouse.click(target.x, target.y);
    await settle(page);
    expect(await selection(page)).toEqual({ notes: [], cell: { lane: 'ln-actions', stage: 'st-desk' } });
    const before = await doc(page);

    const wall = ['- Library card expired without warning', '', '2. Queue at the desk at 9:00', '  • Staff renew it in two minutes  ', 'Wants a reminder email\r'].join('\n');
    expect(await pastePlainText(page, wall)).toBe(true);
    const map = await currentMap(page);
    const added = notesOfCell(map, 'ln-actions', 'st-desk');
    expect(added).toHaveLength(4);
    expect(added.map((id) => map.notes.find((n) => n.id === id)!.text)).toEqual([
      'Library card expired without warning',
      'Queue at the desk at 9:00',
      'Staff renew it in two minutes',
      'Wants a reminder email',
    ]);
    expect(map.notes).toHaveLength(4 + 4);
    expect(await selection(page)).toEqual({ notes: added, cell: null });

    // One paste, one undo step.
    await page.keyboard.press('Control+z');
    await settle(page);
    expect(await doc(page)).toBe(before);
    await page.keyboard.press('Control+Shift+Z');
    await settle(page);
    expect(notesOfCell(await currentMap(page), 'ln-actions', 'st-desk')).toEqual(added);

    // With a note selected, the lines land in its cell, after the notes there.
    const again = await geometry(page);
    const n1 = notePoint(again, 'n1');
    await page.mouse.click(n1.x, n1.y);
    await settle(page);
    expect(await selection(page)).toEqual({ notes: ['n1'], cell: null });
    expect(await pastePlainText(page, 'Relieved\nTells a friend')).toBe(true);
    const after = await currentMap(page);
    expect(notesOfCell(after, 'ln-actions', 'st-online').map((id) => after.notes.find((n) => n.id === id)!.text)).toEqual([
      'Fills in the renewal form',
      'Relieved',
      'Tells a friend',
    ]);
  });
});

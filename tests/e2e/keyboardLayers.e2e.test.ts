// Keys go to the innermost thing first: the note being edited, then an open
// menu, a dialog, the timer's "Time's up", the popovers and bars, the board.
// A person edits a note while the timer runs out: Escape ends the editing
// (the cue stays for the next Escape) and "0" fits the map instead of
// landing in the note. Then every overlay with a note being edited around
// it: Escape closes the innermost thing first, a shortcut goes where it
// belongs, and no key lands in a note that is not being edited.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { currentMap, geometry, notePoint, press, selection, settle, viewport, waitForBoard } from './support/board';
import { SAMPLES, useE2E } from './support/jejak';
import { TEXT_ZOOM } from '../../renderer/board/camera';

const e2e = useE2E();

function focused(page: Page): Promise<string | null> {
  return page.evaluate(() => (globalThis as unknown as { document: { activeElement: { getAttribute(n: string): string | null } | null } }).document.activeElement?.getAttribute('data-testid') ?? null);
}

const shown = async (page: Page, testId: string) => (await page.getByTestId(testId).count()) > 0;

async function noteText(page: Page, id: string): Promise<string> {
  return (await currentMap(page)).notes.find((n) => n.id === id)!.text;
}

/** Starts the timer as a person does: T, a length typed, Enter. */
async function startTimer(page: Page, length: string): Promise<void> {
  await press(page, 't');
  await page.getByTestId('timer-custom').fill(length);
  await press(page, 'Enter');
  await page.getByTestId('timer-popover').waitFor({ state: 'detached' });
}

/** Selects the first note with the arrows, opens it with Enter and types `typed` at its end. */
async function editFirstNote(page: Page, typed: string): Promise<{ id: string; text: string }> {
  await press(page, 'ArrowRight');
  const id = (await selection(page)).notes[0]!;
  const before = await noteText(page, id);
  await press(page, 'Enter');
  await page.getByTestId('note-editor').waitFor();
  await page.keyboard.type(typed);
  expect(await noteText(page, id)).toBe(before + typed);
  return { id, text: before + typed };
}

/** Opens the note with a double-click, as a person does wherever the keyboard was, and types `typed` at its end. */
async function editByDoubleClick(page: Page, id: string, typed: string): Promise<void> {
  const at = notePoint(await geometry(page), id);
  await page.mouse.dblclick(at.x, at.y);
  await page.getByTestId('note-editor').waitFor();
  await page.keyboard.type(typed);
  await settle(page);
}

describe('keyboard layers', () => {
  it('ends the editing of a note with Escape when "Time\'s up" shows meanwhile, and "0" then fits the map', async () => {
    const served = await e2e.serve({ file: join(SAMPLES, 'b2b-software-purchase.en.cjm') });
    const page = await e2e.open(served.url);
    await waitForBoard(page);

    await startTimer(page, '3s');
    const note = await editFirstNote(page, ' (heard twice)');
    await page.getByTestId('timer-up').waitFor();
    expect(await page.getByTestId('note-editor').count()).toBe(1);

    // The note being edited is innermost: Escape ends the editing, the cue stays.
    await press(page, 'Escape');
    expect(await page.getByTestId('note-editor').count()).toBe(0);
    expect(await page.getByTestId('timer-up').count()).toBe(1);

    // "0" is the board's again: the map is fitted, the note keeps its text.
    const before = await viewport(page);
    await press(page, '0');
    expect(await noteText(page, note.id)).toBe(note.text);
    expect((await viewport(page)).scale).toBeLessThan(before.scale);

    // The next Escape dismisses the cue, and only that.
    const selected = await selection(page);
    await press(page, 'Escape');
    await page.getByTestId('timer-display').waitFor({ state: 'detached' });
    expect(await selection(page)).toEqual(selected);
    expect(await noteText(page, note.id)).toBe(note.text);
  });

  it('gives Escape to the innermost overlay and never types into a note that is not being edited', async () => {
    const served = await e2e.serve({ file: join(SAMPLES, 'b2b-software-purchase.en.cjm') });
    const page = await e2e.open(served.url);
    await waitForBoard(page);
    const start = await currentMap(page);
    const scale = async () => (await viewport(page)).scale;

    // The menu bar: clicking a menu ends the editing; an open menu has the keys (N adds nothing); Escape closes it.
    const note = await editFirstNote(page, ' A');
    let expected = note.text;
    await page.getByTestId('menu-view').click();
    await page.getByTestId('menu-list-view').waitFor();
    expect(await shown(page, 'note-editor')).toBe(false);
    await press(page, 'n');
    expect((await currentMap(page)).notes).toHaveLength(start.notes.length);
    expect(await shown(page, 'menu-list-view')).toBe(true);
    await press(page, 'Escape');
    expect(await shown(page, 'menu-list-view')).toBe(false);
    expect(await focused(page)).toBe('menu-view');
    await press(page, '0');
    expect(await scale()).toBeLessThan(1);
    expect(await noteText(page, note.id)).toBe(expected);

    // A dialog (the palette, from the View menu): "-" is typed into its field, Escape closes it, then "-" is the board's.
    await editByDoubleClick(page, note.id, ' B');
    expected += ' B';
    await page.getByTestId('menu-view').click();
    await page.getByTestId('menu-item-palette').click();
    await page.getByTestId('palette').waitFor();
    const fitted = await scale();
    await press(page, '-');
    expect(await page.getByTestId('palette-input').inputValue()).toBe('-');
    expect(await scale()).toBe(fitted);
    await press(page, 'Escape');
    expect(await shown(page, 'palette')).toBe(false);
    await press(page, '-');
    expect(await scale()).toBeLessThan(fitted);
    expect(await noteText(page, note.id)).toBe(expected);

    // The timer's popover: clicking its button ends the editing; its buttons have the keys (N adds nothing); Escape closes it.
    await editByDoubleClick(page, note.id, ' D');
    expected += ' D';
    await page.getByTestId('timer-button').click();
    await page.getByTestId('timer-popover').waitFor();
    expect(await shown(page, 'note-editor')).toBe(false);
    await press(page, 'n');
    expect((await currentMap(page)).notes).toHaveLength(start.notes.length);
    await press(page, 'Escape');
    expect(await shown(page, 'timer-popover')).toBe(false);
    expect(await focused(page)).toBe('timer-button');
    expect(await noteText(page, note.id)).toBe(expected);

    // The capture bar, with a note opened by double-click while it is open:
    // Escape ends the editing first, the bar keeps what was typed into it, "0" fits the map again (zooming
    // out: the note opened by double-click on the fitted map came in at a readable zoom), the next Escape closes the bar.
    await press(page, 'q');
    await page.getByTestId('capture-bar').waitFor();
    await page.keyboard.type('heard at the desk');
    await editByDoubleClick(page, note.id, ' E');
    expected += ' E';
    expect(await noteText(page, note.id)).toBe(expected);
    await press(page, 'Escape');
    expect(await shown(page, 'note-editor')).toBe(false);
    expect(await shown(page, 'capture-bar')).toBe(true);
    expect(await page.getByTestId('capture-note').inputValue()).toBe('heard at the desk');
    const before = await scale();
    expect(before).toBeGreaterThanOrEqual(TEXT_ZOOM);
    await press(page, '0');
    expect(await scale()).toBeLessThan(before);
    await press(page, 'Escape');
    expect(await shown(page, 'capture-bar')).toBe(false);
    expect((await currentMap(page)).notes).toHaveLength(start.notes.length);
    expect(await noteText(page, note.id)).toBe(expected);

    // The voting bar, started from the Workshop menu while the note is being edited:
    // Enter is the round's (a dot, or why not), never the note's editor; Escape pauses the round.
    await editByDoubleClick(page, note.id, ' F');
    expected += ' F';
    await page.getByTestId('menu-workshop').click();
    await page.getByTestId('menu-item-voting').click();
    await page.getByTestId('voting-start-button').click();
    await page.getByTestId('voting-bar').waitFor();
    expect((await selection(page)).notes).toEqual([note.id]);
    await press(page, 'Enter');
    await settle(page);
    expect(await shown(page, 'note-editor')).toBe(false);
    await press(page, 'Escape');
    await page.getByTestId('voting-resume').waitFor();
    expect(await noteText(page, note.id)).toBe(expected);

    // Only the note that was edited changed, and only by what was typed into it.
    const end = await currentMap(page);
    expect(end.notes.map((n) => n.id)).toEqual(start.notes.map((n) => n.id));
    for (const n of end.notes) expect(n.text, n.id).toBe(n.id === note.id ? expected : start.notes.find((o) => o.id === n.id)!.text);
  });
});

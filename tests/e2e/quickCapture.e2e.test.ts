// Quick capture with the keyboard only: Q opens the bar at the foot of the
// board, "aw pa" names Awareness × Pain points (shown as chips), three lines
// with Enter between land in that cell in order with the bar still open, a
// paste of four lines adds four notes in one undo step, and a where that fits
// several lanes or none says so and adds nothing. Then the same in
// Indonesian on the hotel map, starting from the selected note's cell.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { currentMap, doc, geometry, noteRect, notesOfCell, press, selection, settle, waitForBoard } from './support/board';
import { SAMPLES, useE2E } from './support/jejak';

const e2e = useE2E();

function focused(page: Page): Promise<string | null> {
  return page.evaluate(() => (globalThis as unknown as { document: { activeElement: { getAttribute(n: string): string | null } | null } }).document.activeElement?.getAttribute('data-testid') ?? null);
}

/** Pastes `text` as text/plain into the focused field, as the browser does on Ctrl+V; true when the page took it. */
async function pasteIntoFocused(page: Page, text: string): Promise<boolean> {
  const handled = await page.evaluate((pasted) => {
    type Target = { dispatchEvent(event: unknown): boolean };
    const g = globalThis as unknown as {
      document: { activeElement: Target | null };
      DataTransfer: new () => { setData(type: string, data: string): void };
      ClipboardEvent: new (type: string, init: { clipboardData: unknown; bubbles: boolean; cancelable: boolean }) => { defaultPrevented: boolean };
    };
    const data = new g.DataTransfer();
    data.setData('text/plain', pasted);
    const event = new g.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    g.document.activeElement!.dispatchEvent(event);
    return event.defaultPrevented;
  }, text);
  await settle(page);
  return handled;
}

const texts = async (page: Page, lane: string, stage: string) => {
  const map = await currentMap(page);
  return notesOfCell(map, lane, stage).map((id) => map.notes.find((n) => n.id === id)!.text);
};

describe('quick capture', () => {
  it('adds typed lines and pasted lines to the cell named by first letters', async () => {
    const served = await e2e.serve({ file: join(SAMPLES, 'b2b-software-purchase.en.cjm') });
    const page = await e2e.open(served.url);
    await waitForBoard(page);
    const original = await texts(page, 'ln-pain-points', 'st-awareness');
    const notesBefore = (await currentMap(page)).notes.length;

    await press(page, 'q');
    await page.getByTestId('capture-bar').waitFor();
    expect(await focused(page)).toBe('capture-note');

    // Tab to the where field; letters that fit two lanes, then none, say so.
    await press(page, 'Tab');
    expect(await focused(page)).toBe('capture-where');
    await page.keyboard.type('aw emo');
    await settle(page);
    expect(await page.getByTestId('capture-problem').textContent()).toBe('"emo" fits 2 lanes: Emotions: Maya, Emotions: David. Type more letters.');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type('zz');
    await settle(page);
    expect(await page.getByTestId('capture-problem').textContent()).toMatch(/^No lane has a word starting "zz"\. Lanes: What the buyer sees \(artefacts\), Customer actions, /);
    await press(page, 'Shift+Tab');
    await page.keyboard.type('Waits for a place');
    await press(page, 'Enter');
    expect((await currentMap(page)).notes.length).toBe(notesBefore);
    expect(await focused(page)).toBe('capture-where');
    expect(await page.getByTestId('capture-status').textContent()).toContain('No lane has a word starting "zz"');

    // "aw pa": Awareness × Pain points, shown as chips.
    await press(page, 'Backspace');
    await press(page, 'Backspace');
    await page.keyboard.type('pa');
    await settle(page);
    expect(await page.getByTestId('capture-stage').textContent()).toBe('StageAwareness');
    expect(await page.getByTestId('capture-lane').textContent()).toBe('LanePain points');
    // Enter in the where field adds the note already typed.
    await press(page, 'Enter');
    expect(await focused(page)).toBe('capture-note');
    expect(await page.getByTestId('capture-note').inputValue()).toBe('');
    expect(await texts(page, 'ln-pain-points', 'st-awareness')).toEqual([...original, 'Waits for a place']);

    // Three lines with Enter between: each lands at the end of the cell, the bar stays open and focused.
    const lines = ['Pricing page needs a login', 'Nobody answers the chat', 'Security review takes 6 weeks'];
    for (const line of lines) {
      await page.keyboard.type(line);
      await press(page, 'Enter');
      expect(await focused(page)).toBe('capture-note');
      expect(await page.getByTestId('capture-note').inputValue()).toBe('');
    }
    const afterTyping = await texts(page, 'ln-pain-points', 'st-awareness');
    expect(afterTyping).toEqual([...original, 'Waits for a place', ...lines]);
    expect(await page.getByTestId('capture-status').textContent()).toBe('Added 1 note to Awareness · Pain points');
    // The last note is selected (the board outlines it) and the board panned to show it whole.
    const g = await geometry(page);
    const lastId = notesOfCell(g.map, 'ln-pain-points', 'st-awareness').at(-1)!;
    expect(await selection(page)).toEqual({ notes: [lastId], cell: null });
    const r = noteRect(g, lastId);
    const topLeft = g.toScreen(r);
    const bottomRight = g.toScreen({ x: r.x + r.width, y: r.y + r.height });
    expect(topLeft.x).toBeGreaterThanOrEqual(g.canvas.x);
    expect(topLeft.y).toBeGreaterThanOrEqual(g.canvas.y);
    expect(bottomRight.x).toBeLessThanOrEqual(g.canvas.x + g.canvas.width);
    expect(bottomRight.y).toBeLessThanOrEqual(g.canvas.y + g.canvas.height);
    await page.screenshot({ path: join(tmpdir(), 'jejak-capture-typed.png') });

    // Four pasted lines: four notes, one message.
    const beforePaste = await doc(page);
    expect(await pasteIntoFocused(page, '- Invoice arrives in the wrong currency\n\n2. Two approvers on holiday\nCard limit too low\n  • PO number rejected  ')).toBe(true);
    expect(await texts(page, 'ln-pain-points', 'st-awareness')).toEqual([
      ...afterTyping,
      'Invoice arrives in the wrong currency',
      'Two approvers on holiday',
      'Card limit too low',
      'PO number rejected',
    ]);
    expect(await page.getByTestId('capture-status').textContent()).toBe('Added 4 notes to Awareness · Pain points');
    expect(await page.getByTestId('capture-note').inputValue()).toBe('');
    await page.screenshot({ path: join(tmpdir(), 'jejak-capture-pasted.png') });

    // One line pasted goes into the field, as usual.
    expect(await pasteIntoFocused(page, 'just one line\n')).toBe(false);

    // Escape closes the bar; one undo takes the whole paste back, the next the last typed line.
    await press(page, 'Escape');
    await page.getByTestId('capture-bar').waitFor({ state: 'detached' });
    await press(page, 'Control+z');
    expect(await doc(page)).toBe(beforePaste);
    await press(page, 'Control+z');
    expect(await texts(page, 'ln-pain-points', 'st-awareness')).toEqual(afterTyping.slice(0, -1));
  });

  it('speaks Indonesian and starts from the selected note\'s cell', async () => {
    const served = await e2e.serve({ file: join(SAMPLES, 'hotel-check-in.id.cjm') });
    const page = await e2e.open(served.url, { locale: 'id-ID' });
    await waitForBoard(page);

    // The arrow keys select the first note; its cell is where the bar starts.
    await press(page, 'ArrowRight');
    const [first] = (await selection(page)).notes;
    const map = await currentMap(page);
    const note = map.notes.find((n) => n.id === first)!;
    const stage = map.stages.find((s) => s.id === note.stage)!;
    const lane = map.lanes.find((l) => l.id === note.lane)!;
    await press(page, 'q');
    expect(await page.getByTestId('capture-stage').textContent()).toBe(`Tahap${stage.title}`);
    expect(await page.getByTestId('capture-lane').textContent()).toBe(`Lajur${lane.title}`);
    await page.keyboard.type('Tamu bingung mencari lift');
    await press(page, 'Enter');
    expect((await texts(page, lane.id, stage.id)).at(-1)).toBe('Tamu bingung mencari lift');
    expect(await page.getByTestId('capture-status').textContent()).toBe(`1 catatan ditambahkan ke ${stage.title} · ${lane.title}`);

    // Another cell by its first letters, diacritics and case aside.
    await press(page, 'Tab');
    await page.keyboard.type('PÉM hamb');
    await settle(page);
    expect(await page.getByTestId('capture-stage').textContent()).toBe('TahapPemesanan');
    expect(await page.getByTestId('capture-lane').textContent()).toBe('LajurPoin hambatan');
    await press(page, 'Tab');
    expect(await focused(page)).toBe('capture-note');
    await page.keyboard.type('Kode Wi-Fi tidak ada di email pemesanan');
    await press(page, 'Enter');
    expect((await texts(page, 'ln-pain-points', 'st-booking')).at(-1)).toBe('Kode Wi-Fi tidak ada di email pemesanan');
    await page.keyboard.type('x');
    await press(page, 'Tab');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('zz');
    await settle(page);
    expect(await page.getByTestId('capture-problem').textContent()).toMatch(/^Tidak ada tahap dengan kata berawalan "zz"\. Tahap: Pemesanan, Pra-kedatangan/);
    await page.screenshot({ path: join(tmpdir(), 'jejak-capture-id.png') });

    // Escape from the field closes it.
    await press(page, 'Escape');
    await page.getByTestId('capture-bar').waitFor({ state: 'detached' });
  });
});

// Dates the person types show as the interface language writes them, day
// first (dd/mm/yyyy), whatever the browser's own locale: the map's review
// date and a note's due date, in English and in Indonesian. An impossible
// date is refused with the reason and leaves the map as it was; ↑ and ↓ move
// a day; Escape puts back what the map holds. The map keeps ISO dates.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { currentMap, press, selection, waitForBoard } from './support/board';
import { SAMPLES, useE2E } from './support/jejak';

const e2e = useE2E();
const SHOTS = process.env.JEJAK_SHOTS_DIR ?? tmpdir();

/** Replaces what the field holds by typing, as a person does: click, select all, type. */
async function typeInto(page: Page, testId: string, text: string): Promise<void> {
  await page.getByTestId(testId).click();
  await press(page, 'Control+a');
  await page.keyboard.type(text);
}

describe("Jejak's date field", () => {
  it('shows and takes the review date as dd/mm/yyyy in English, and refuses 31 February', async () => {
    const served = await e2e.serve({ file: join(SAMPLES, 'b2b-software-purchase.en.cjm') });
    // The browser's own locale is American: its date input would write 04/15/2027.
    const page = await e2e.open(served.url, { locale: 'en-US' });
    await page.setViewportSize({ width: 1366, height: 768 });
    await waitForBoard(page);
    const field = page.getByTestId('review-by');
    expect((await currentMap(page)).reviewBy).toBe('2027-04-15');
    expect(await field.inputValue()).toBe('15/04/2027');
    expect(await field.getAttribute('placeholder')).toBe('dd/mm/yyyy');

    await typeInto(page, 'review-by', '31/02/2027');
    await press(page, 'Enter');
    expect(await page.getByTestId('review-by-error').textContent()).toBe('"31/02/2027": February 2027 has 28 days.');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect((await currentMap(page)).reviewBy).toBe('2027-04-15');
    await page.screenshot({ path: join(SHOTS, 'date-field-refuses-31-february-en-1366x768.png') });

    await typeInto(page, 'review-by', '28/2/2027');
    await press(page, 'Enter');
    await expect.poll(async () => (await currentMap(page)).reviewBy).toBe('2027-02-28');
    expect(await field.inputValue()).toBe('28/02/2027');
    expect(await page.getByTestId('review-by-error').count()).toBe(0);

    // ↑ is the next day; Enter keeps it. Escape after typing puts back the map's date.
    await press(page, 'ArrowUp');
    expect(await field.inputValue()).toBe('01/03/2027');
    await press(page, 'Enter');
    await expect.poll(async () => (await currentMap(page)).reviewBy).toBe('2027-03-01');
    await typeInto(page, 'review-by', '9/9/2029');
    await press(page, 'Escape');
    expect(await field.inputValue()).toBe('01/03/2027');

    // Emptied, the review date is cleared.
    await typeInto(page, 'review-by', '');
    await press(page, 'Backspace');
    await press(page, 'Tab');
    await expect.poll(async () => (await currentMap(page)).reviewBy ?? null).toBeNull();
  });

  it("takes a note's due date as hh/bb/tttt in Indonesian, and says in Indonesian what is wrong", async () => {
    const served = await e2e.serve({ file: join(SAMPLES, 'hotel-check-in.id.cjm') });
    const page = await e2e.open(served.url, { locale: 'id-ID' });
    await page.setViewportSize({ width: 1366, height: 768 });
    await waitForBoard(page);
    await press(page, 'ArrowRight');
    const [noteId] = (await selection(page)).notes;
    expect(noteId).toBeDefined();
    const field = page.getByTestId('due');
    expect(await field.getAttribute('placeholder')).toBe('hh/bb/tttt');

    await typeInto(page, 'due', '31/04/2027');
    await press(page, 'Enter');
    expect(await page.getByTestId('due-error').textContent()).toBe('"31/04/2027": April 2027 hanya punya 30 hari.');
    expect((await currentMap(page)).notes.find((n) => n.id === noteId)!.due ?? null).toBeNull();
    await page.screenshot({ path: join(SHOTS, 'date-field-refuses-31-april-id-1366x768.png') });

    await typeInto(page, 'due', '17 Agustus 2027');
    await press(page, 'Enter');
    await expect.poll(async () => (await currentMap(page)).notes.find((n) => n.id === noteId)!.due).toBe('2027-08-17');
    expect(await field.inputValue()).toBe('17/08/2027');
    await page.screenshot({ path: join(SHOTS, 'date-field-due-date-id-1366x768.png') });
  });
});

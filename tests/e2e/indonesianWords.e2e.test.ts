// The Indonesian a facilitator reads (issue 13, point 9; docs/glossary.md):
// the palette finds an action by the word people say for it, in either
// language and either interface language, and the labels the facilitator
// reworded read as they asked, on the start screen, the map's details, the
// palette, the export dialog and dot voting.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { press, waitForBoard } from './support/board';
import { SAMPLES, useE2E } from './support/jejak';

const e2e = useE2E();

const SAMPLE = join(SAMPLES, 'hotel-check-in.id.cjm');

/** What the palette offers first for the typed words: the action's id and the name it shows. */
async function firstOffered(page: Page, typed: string): Promise<{ id: string; name: string }> {
  await press(page, 'Control+k');
  const input = page.getByTestId('palette-input');
  await input.waitFor();
  await page.keyboard.type(typed);
  await expect.poll(() => input.inputValue()).toBe(typed);
  const first = page.locator('[data-testid^="palette-"][role="option"]').first();
  const offered = { id: (await first.getAttribute('data-testid'))!.replace(/^palette-/, ''), name: (await first.locator('.palette-name').textContent())! };
  await press(page, 'Escape');
  await page.getByTestId('palette').waitFor({ state: 'detached' });
  return offered;
}

const SAID: [typed: string, action: string][] = [
  ['timer', 'timer'],
  ['pengatur waktu', 'timer'],
  ['voting', 'voting'],
  ['suara', 'voting'],
  ['tempel', 'paste'],
  ['ekspor', 'export'],
];

describe('the palette finds actions by the words people say', () => {
  it.each(['id', 'en'] as const)('in the %s interface', async (language) => {
    const served = await e2e.serve({ file: SAMPLE, settings: { language } });
    const page = await e2e.open(served.url);
    await waitForBoard(page);
    const found: Record<string, string> = {};
    for (const [typed] of SAID) found[typed] = (await firstOffered(page, typed)).id;
    expect(found).toEqual(Object.fromEntries(SAID));
    // The name shown is the interface language's.
    expect((await firstOffered(page, 'suara')).name).toBe(language === 'id' ? 'Mulai voting titik…' : 'Start dot voting…');
  });
});

describe('the reworded Indonesian labels', () => {
  it('read as the facilitator asked', async () => {
    const served = await e2e.serve({ settings: { language: 'id' } });
    const page = await e2e.open(served.url);

    // The start screen: the content language, and the day-in-the-life template.
    await page.getByTestId('start-screen').waitFor();
    expect(await page.locator('.start-new label').first().textContent()).toContain('Bahasa konten peta');
    expect(await page.getByTestId('new-day-in-the-life').textContent()).toContain('Sehari bersama pelanggan');

    // The sample's details: its title and the content-language field; a persona's lists.
    await page.getByTestId('sample-hotel-check-in.id').click();
    await waitForBoard(page);
    const inspector = page.getByTestId('inspector');
    expect(await inspector.getByRole('textbox').first().inputValue()).toBe('Check-in tamu Hotel Arunika Yogyakarta: cetak biru layanan');
    expect(await inspector.textContent()).toContain('Bahasa konten peta');
    await page.getByTestId('persona-ps-andi').getByRole('button').first().click();
    expect(await page.getByTestId('personas-panel').textContent()).toContain('Tujuan (satu per baris)');

    // The palette's names for selecting all and saving a version.
    expect((await firstOffered(page, 'pilih semua')).name).toBe('Pilih semua di sel ini (tekan lagi: seluruh peta)');
    expect((await firstOffered(page, 'simpan versi')).name).toBe('Simpan versi bertanggal…');

    // The export dialog's language of its own text.
    await press(page, 'Control+e');
    const exportLanguage = page.getByTestId('export-language');
    await exportLanguage.waitFor();
    expect(await page.locator('label', { has: exportLanguage }).textContent()).toContain('Bahasa teks ekspor (keterangan, judul bagian)');
    await press(page, 'Escape');

    // Dot voting: the lanes that can be voted on, and clearing the votes.
    await press(page, 'v');
    const start = page.getByTestId('voting-start');
    await start.waitFor();
    expect(await start.locator('legend').first().textContent()).toBe('Lajur yang bisa diberi suara');
    expect(await start.textContent()).toContain('Suara per orang');
    await page.getByTestId('voting-start-button').click();
    await page.getByTestId('voting-bar').waitFor();
    expect(await page.getByTestId('voting-reset').textContent()).toBe('Hapus semua suara…');
    expect(await page.getByTestId('voting-left').textContent()).toMatch(/^sisa \d+ dari \d+ suara$/);
  });
});

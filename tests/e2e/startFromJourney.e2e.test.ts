// Issue 13, point 10: beside the four map types, the start screen offers the
// journeys Indonesian teams map most (e-KYC, a hotel stay, checkout and
// delivery, a government counter). A facilitator picks one by a click or by
// Tab and Enter, in English or Indonesian, and the board opens on its own
// stages with its example notes, which fit their cards. The screenshots at
// 1366×768 (test-results/start-from-journey) show the start screen in both
// languages and each journey's board.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { JOURNEYS } from '../../shared/templates';
import { EXAMPLE_TAG, JOURNEY_IDS, type ContentLanguage, type JourneyId } from '../../shared/templates/types';
import { geometry, settle, waitForBoard, type Geometry } from './support/board';
import { ROOT, useE2E } from './support/jejak';

const e2e = useE2E();
const SHOTS = join(ROOT, 'test-results/start-from-journey');
const SMALL_LAPTOP = { width: 1366, height: 768 };

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), animations: 'disabled', caret: 'hide' });
}

/** The board as it opens, then zoomed out around its top-left corner (Ctrl+wheel), where more stages show and the notes still read. */
async function shootBoard(page: Page, name: string): Promise<void> {
  await shoot(page, name);
  const { canvas } = await geometry(page);
  await page.mouse.move(canvas.x + 2, canvas.y + 2);
  await page.keyboard.down('Control');
  for (let notch = 0; notch < 4; notch++) await page.mouse.wheel(0, 100);
  await page.keyboard.up('Control');
  await settle(page);
  await shoot(page, `${name}-zoomed-out`);
}

/** Tab from the top of the page until the journey's card has the focus, as a person without a mouse does. */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const active = (globalThis as unknown as { document: { activeElement: { querySelector(s: string): { textContent: string | null } | null } | null } }).document.activeElement;
      return active?.querySelector('strong')?.textContent ?? null;
    });
    if (focused === name) return;
  }
  throw new Error(`Tab never reached the card "${name}"`);
}

/** The journey's map is open: its stages across the board, the first of them in view, its notes tagged as examples. */
async function expectJourneyOnBoard(page: Page, journey: JourneyId, locale: ContentLanguage): Promise<Geometry> {
  await waitForBoard(page);
  const g = await geometry(page);
  const template = JOURNEYS[journey];
  expect(g.map).toMatchObject({ type: template.type, locale, title: template.defaultTitle[locale] });
  expect(g.map.stages.map((s) => s.title)).toEqual(template.stages.map((s) => s.title[locale]));
  expect(g.map.notes.map((n) => n.text)).toEqual(template.notes.map((n) => n.text[locale]));
  expect(g.map.notes.every((n) => n.tags?.join() === EXAMPLE_TAG[locale])).toBe(true);
  // The first stage's header is on screen, where the board draws it.
  const first = g.layout.columns[0]!;
  const header = g.toScreen({ x: first.x + first.width / 2, y: g.layout.top - 10 });
  expect(header.x).toBeGreaterThan(g.canvas.x);
  expect(header.x).toBeLessThan(g.canvas.x + g.canvas.width);
  expect(header.y).toBeGreaterThan(g.canvas.y);
  expect(header.y).toBeLessThan(g.canvas.y + g.canvas.height);
  return g;
}

describe('the start screen offers journeys beside the map types', () => {
  it('lists the four journeys with their stages, and a click on "Hotel stay" opens its board', async () => {
    const served = await e2e.serve();
    const page = await e2e.open(served.url);
    await page.setViewportSize(SMALL_LAPTOP);
    await page.getByTestId('start-screen').waitFor();

    await expect.poll(() => page.getByRole('heading', { name: 'Start from a journey' }).isVisible()).toBe(true);
    for (const journey of JOURNEY_IDS) {
      const card = page.getByRole('button', { name: JOURNEYS[journey].name.en });
      await expect.poll(() => card.count(), { message: journey }).toBe(1);
      const text = await card.innerText();
      expect(text).toContain(JOURNEYS[journey].description.en);
      for (const stage of JOURNEYS[journey].stages) expect(text).toContain(stage.title.en);
    }
    await settle(page);
    await shoot(page, 'start-screen-en');

    await page.getByRole('button', { name: 'Hotel stay' }).click();
    await expectJourneyOnBoard(page, 'hotel-stay', 'en');
    await shootBoard(page, 'board-hotel-stay-en');
  });

  it('in Indonesian, Tab and Enter on "Menginap di hotel" opens it in Indonesian', async () => {
    const served = await e2e.serve();
    const page = await e2e.open(served.url, { locale: 'id-ID' });
    await page.setViewportSize(SMALL_LAPTOP);
    await page.getByTestId('start-screen').waitFor();
    await expect.poll(() => page.getByRole('heading', { name: 'Mulai dari perjalanan siap pakai' }).isVisible()).toBe(true);
    const card = page.getByRole('button', { name: 'Menginap di hotel' });
    for (const stage of JOURNEYS['hotel-stay'].stages) expect(await card.innerText()).toContain(stage.title.id);
    await settle(page);
    await shoot(page, 'start-screen-id');

    await tabTo(page, 'Menginap di hotel');
    await page.keyboard.press('Enter');
    await expectJourneyOnBoard(page, 'hotel-stay', 'id');
    await shootBoard(page, 'board-hotel-stay-id');
  });

  it('an English screen with Indonesian chosen as the content language makes the journey in Indonesian, by keys alone', async () => {
    const served = await e2e.serve();
    const page = await e2e.open(served.url);
    await page.getByTestId('start-screen').waitFor();
    const locale = page.getByTestId('new-map-locale');
    await locale.focus();
    await locale.selectOption('id');
    // The cards preview the stages the board will have: in Indonesian now.
    await expect.poll(() => page.getByRole('button', { name: 'Government service counter' }).innerText()).toContain('Ambil nomor antrean');
    await tabTo(page, 'Government service counter');
    await page.keyboard.press('Enter');
    await expectJourneyOnBoard(page, 'service-counter', 'id');
  });

  it.each([
    ['ekyc', 'id'],
    ['checkout-delivery', 'en'],
    ['service-counter', 'en'],
    ['ekyc', 'en'],
    ['checkout-delivery', 'id'],
    ['service-counter', 'id'],
  ] as const)('%s in %s opens on its board at 1366×768', async (journey, language) => {
    const served = await e2e.serve();
    const page = await e2e.open(served.url, { locale: language === 'id' ? 'id-ID' : 'en-GB' });
    await page.setViewportSize(SMALL_LAPTOP);
    await page.getByTestId('start-screen').waitFor();
    await page.getByRole('button', { name: JOURNEYS[journey].name[language] }).click();
    await expectJourneyOnBoard(page, journey, language);
    await shootBoard(page, `board-${journey}-${language}`);
  });
});

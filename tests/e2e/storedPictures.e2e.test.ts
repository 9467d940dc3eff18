// Pictures already in a map, end to end in Chromium: a map from the shared
// drive whose notes carry a 16000 × 16000 and a 30000 × 30000 picture (real
// PNGs of 1 MB and 3.5 MB that would cost the board gigabytes decoded), and
// whose first persona's photo is the first of them, opened as a facilitator
// opens it (the start screen's Open… and the in-app file dialog; dropped
// onto the start screen). The board shows a grey card with dark words where
// each picture would be, the page answers at once (the note selects, the
// viewer opens saying why there is no picture, Esc closes it), the personas
// panel shows the grey initial and says why, all in the interface's and the
// map's languages.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { encodeBase64 } from '../../shared/format/base64';
import { readCjm } from '../../shared/format/reader';
import type { JourneyMap } from '../../shared/format/types';
import { writeCjm } from '../../shared/format/writer';
import { MISSING_PICTURE_FILL } from '../../shared/layout/pictureCard';
import { blankPng } from '../unit/shared/pictures/pictureFiles';
import { geometry, noteRect, onCanvas, pictureBandOnScreen, settle, waitForBoard, type Geometry } from './support/board';
import { drop } from './support/drop';
import { ROOT, SAMPLES, useE2E } from './support/jejak';

const e2e = useE2E();
const SHOTS = join(ROOT, 'test-results/stored-pictures');
mkdirSync(SHOTS, { recursive: true });
/** The card's grey, as the scene paints it. */
const GREY = [1, 3, 5].map((at) => parseInt(MISSING_PICTURE_FILL.slice(at, at + 2), 16)) as [number, number, number];

const HUGE = { 'wall-16k': blankPng(16000, 16000, 'rgba'), 'wall-30k': blankPng(30000, 30000, 'rgba') };

/** A sample with the two huge pictures on the first two notes the board shows at the top left, and on the first persona. */
function mapWithHugePictures(sample: string): { text: string; notes: [string, string] } {
  const read = readCjm(readFileSync(join(SAMPLES, sample)));
  if (!read.ok) throw new Error(`${sample} does not open`);
  const map = read.map;
  const first = map.stages[0]!.id;
  const [a, b] = map.notes.filter((n) => n.stage === first && !n.hidden);
  const images: Record<string, string> = { [a!.id]: 'wall-16k', [b!.id]: 'wall-30k' };
  const crafted: JourneyMap = {
    ...map,
    personas: map.personas.map((p, i) => (i === 0 ? { ...p, photo: 'wall-16k' } : p)),
    notes: map.notes.map((n) => (images[n.id] ? { ...n, image: images[n.id] } : n)),
    assets: Object.fromEntries(Object.entries(HUGE).map(([id, bytes]) => [id, { mime: 'image/png' as const, data: encodeBase64(bytes), name: `${id}.png` }])),
  };
  return { text: writeCjm(crafted), notes: [a!.id, b!.id] };
}

/** The screen box of a note's picture band, which must be in view. */
function bandOnScreen(g: Geometry, noteId: string): { x: number; y: number; width: number; height: number } {
  const box = pictureBandOnScreen(g, noteId);
  onCanvas(g, box, `the top of ${noteId}'s card`);
  onCanvas(g, { x: box.x + box.width, y: box.y + box.height }, `the foot of ${noteId}'s card`);
  return box;
}

/** What a screen box holds: the share of pixels of the card's grey, and how many dark ones (its words). */
async function cardPixels(page: Page, box: { x: number; y: number; width: number; height: number }): Promise<{ grey: number; dark: number }> {
  const png = PNG.sync.read(await page.screenshot({ clip: { x: Math.ceil(box.x + 2), y: Math.ceil(box.y + 2), width: Math.floor(box.width - 4), height: Math.floor(box.height - 4) } }));
  let grey = 0;
  let dark = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
    if (Math.abs(r - GREY[0]) <= 6 && Math.abs(g - GREY[1]) <= 6 && Math.abs(b - GREY[2]) <= 6) grey++;
    if (r + g + b < 3 * 90) dark++;
  }
  return { grey: grey / (png.width * png.height), dark };
}

async function expectCards(page: Page, notes: readonly string[]): Promise<Geometry> {
  const g = await geometry(page);
  for (const id of notes) {
    const seen = await cardPixels(page, bandOnScreen(g, id));
    expect(seen.grey, `${id}: the card's grey`).toBeGreaterThan(0.6);
    expect(seen.dark, `${id}: the card's words`).toBeGreaterThan(150);
  }
  return g;
}

describe('pictures already in a map', () => {
  it('opened from the in-app file dialog: grey cards on the board, the viewer and the personas panel say why, the page answers', async () => {
    const served = await e2e.serve();
    const { text, notes } = mapWithHugePictures('b2b-software-purchase.en.cjm');
    writeFileSync(join(served.dir, 'from-the-shared-drive.cjm'), text);
    const page = await e2e.open(served.url);
    await page.getByTestId('start-screen').waitFor();
    await page.getByTestId('open-file').click();
    const files = page.getByTestId('file-dialog');
    await files.waitFor();
    await files.getByRole('button', { name: 'from-the-shared-drive.cjm' }).click();
    await waitForBoard(page);

    const g = await expectCards(page, notes);
    await page.screenshot({ path: join(SHOTS, 'board.png') });

    // The personas panel (nothing selected): the first persona's initial in grey, not the photo; opened, it says why.
    const persona = page.getByTestId(`persona-${g.map.personas[0]!.id}`);
    expect(await persona.locator('img').count()).toBe(0);
    await persona.locator('.initials.not-shown').waitFor();
    await persona.getByRole('button').first().click();
    await expect.poll(() => persona.getByTestId('picture-not-shown').textContent()).toContain('This picture is too large to show (16,000 × 16,000 px)');

    // The page answers: the note selects, Shift+Enter opens the viewer, which says why instead of decoding, Esc closes it.
    const r = noteRect(g, notes[1]);
    await page.mouse.click(...(Object.values(onCanvas(g, g.toScreen({ x: r.x + 40, y: r.y + r.height - 18 }), 'the second note\'s text')) as [number, number]));
    await page.keyboard.press('Shift+Enter');
    const viewer = page.getByTestId('picture-viewer');
    await viewer.waitFor();
    expect(await viewer.getByTestId('picture-not-shown').textContent()).toBe(
      'This picture is too large to show (30,000 × 30,000 px). Jejak shows pictures of up to 100 megapixels and 32,767 px on a side. Replace it with a smaller one.',
    );
    expect(await viewer.getByTestId('picture-viewer-image').count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'viewer.png') });
    await page.keyboard.press('Escape');
    await viewer.waitFor({ state: 'detached' });
    await settle(page);
    // Still the same cards after all that.
    await expectCards(page, notes);
  });

  it('an Indonesian map dropped onto the start screen: the cards, and the viewer in Indonesian', async () => {
    const served = await e2e.serve();
    const { text, notes } = mapWithHugePictures('hotel-check-in.id.cjm');
    const page = await e2e.open(served.url, { locale: 'id-ID' });
    await page.getByTestId('start-screen').waitFor();
    await drop(page, { x: 640, y: 400 }, { name: 'dari-drive-bersama.cjm', type: '', bytes: Buffer.from(text) });
    await waitForBoard(page);
    const g = await expectCards(page, notes);
    await page.screenshot({ path: join(SHOTS, 'board-id.png') });

    const r = noteRect(g, notes[0]);
    await page.mouse.click(...(Object.values(onCanvas(g, g.toScreen({ x: r.x + 40, y: r.y + r.height - 18 }), 'the first note\'s text')) as [number, number]));
    await page.keyboard.press('Shift+Enter');
    const viewer = page.getByTestId('picture-viewer');
    await viewer.waitFor();
    expect(await viewer.getByTestId('picture-not-shown').textContent()).toContain('Gambar ini terlalu besar untuk ditampilkan (16.000 × 16.000 piksel)');
    await page.keyboard.press('Escape');
    await viewer.waitFor({ state: 'detached' });
  });
});

// Photos on the board, end to end in Chromium: a 4000 × 3000 phone-sized
// JPEG dropped onto a note is shrunk in the browser (1600 px on its long
// side, a fraction of the bytes) and shown on the card, and one undo takes
// it away; a picture dropped onto an empty cell of the evidence lane becomes
// a new note with it (the photo of the paper wall), one undo step; a photo
// dropped onto a persona in the strip becomes its photo (512 px); Shift+Enter
// opens a note's picture large and Esc closes it; an SVG, a text file named
// .jpg, an AVIF and a GIF or BMP whose header is cut short are refused with
// a message naming the file and what to do, in English and in Indonesian;
// a Jejak PNG carrying a map still opens as that map wherever it is dropped.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { prepareExport } from '../../shared/export/sceneForExport';
import { readCjm } from '../../shared/format/reader';
import type { JourneyMap } from '../../shared/format/types';
import { cellKey } from '../../shared/layout/layout';
import { personaSlotX } from '../../shared/layout/personaSlots';
import { pictureKind, readImageHeader } from '../../shared/pictures/imageHeader';
import { exportPng } from '../../electron/export/png';
import { currentMap, geometry, noteRect, onCanvas, pictureBandOnScreen, settle, waitForBoard, type Geometry, type Point } from './support/board';
import { drop } from './support/drop';
import { SAMPLES, useE2E } from './support/jejak';

const e2e = useE2E();
const SHOTS = mkdtempSync(join(tmpdir(), 'jejak-photos-'));
const B2B = join(SAMPLES, 'b2b-software-purchase.en.cjm');

/** The photo's colour: a violet no card, band or header has. */
const VIOLET = [0x6d, 0x28, 0xd9] as const;

/** A width × height photo: violet with grain, so it compresses as a real photo does (megabytes, not kilobytes). */
function photo(width: number, height: number, type: 'image/jpeg' | 'image/png', base: readonly number[] = VIOLET): Buffer {
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  const image = ctx.createImageData(width, height);
  let seed = 2463534242;
  for (let i = 0; i < image.data.length; i += 4) {
    // xorshift32: grain with no pattern a PNG encoder could find.
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    const grain = ((seed >>> 24) & 15) - 8;
    image.data[i] = base[0]! + grain;
    image.data[i + 1] = base[1]! + grain;
    image.data[i + 2] = base[2]! + grain;
    image.data[i + 3] = 255;
  }
  ctx.putImageData(image, 0, 0);
  return type === 'image/jpeg' ? canvas.toBuffer('image/jpeg', 92) : canvas.toBuffer('image/png');
}

/** The stored bytes of an asset, their type and size as displayed. */
function storedPicture(map: JourneyMap, assetId: string | undefined) {
  const asset = assetId ? map.assets?.[assetId] : undefined;
  if (!asset) throw new Error(`no asset ${assetId}`);
  const bytes = Buffer.from(asset.data, 'base64');
  return { asset, bytes, header: readImageHeader(bytes, pictureKind(bytes.subarray(0, 64), asset.name ?? ''))! };
}

/** Waits until the map satisfies `ready` (a drop shrinks the picture first, which takes a moment). */
async function mapWhen(page: Page, ready: (map: JourneyMap) => boolean, what: string): Promise<JourneyMap> {
  await expect.poll(async () => ready(await currentMap(page)), { timeout: 30_000, message: what }).toBe(true);
  await settle(page);
  return currentMap(page);
}

/** The share of a screen box's pixels within `tolerance` of the colour. */
async function share(page: Page, box: { x: number; y: number; width: number; height: number }, colour: readonly number[], tolerance = 24): Promise<number> {
  const inset = { x: Math.ceil(box.x + 3), y: Math.ceil(box.y + 3), width: Math.floor(box.width - 6), height: Math.floor(box.height - 6) };
  const png = PNG.sync.read(await page.screenshot({ clip: inset }));
  let hits = 0;
  for (let i = 0; i < png.data.length; i += 4) if (colour.every((v, k) => Math.abs(png.data[i + k]! - v) <= tolerance)) hits++;
  return hits / (png.width * png.height);
}

/** A point of a cell where no note is (beside a lone note, or below the notes), so a drop lands on the cell. */
function roomInCell(g: Geometry, lane: string): { stage: string; point: Point } {
  const row = g.layout.rowOf.get(lane)!;
  for (const column of g.layout.columns) {
    const cell = g.layout.cells.get(cellKey(lane, column.stage.id));
    const top = row.y + row.bandHeight;
    const at = (x: number, y: number) => ({ stage: column.stage.id, point: onCanvas(g, g.toScreen({ x, y }), `room in ${lane} × ${column.stage.id}`) });
    // Notes sit two across: beside a lone note is the other half of the cell.
    if (!cell || cell.placements.length === 1) return at(column.x + column.width * 0.75, top + 30);
    if (row.y + row.height - (top + cell.contentHeight) > 30) return at(column.x + column.width / 2, top + cell.contentHeight + 14);
  }
  throw new Error(`no cell of ${lane} has room beside or below its notes`);
}

async function toast(page: Page): Promise<string> {
  await page.getByTestId('toast').waitFor();
  return (await page.getByTestId('toast').textContent()) ?? '';
}

describe('photos', () => {
  it('a 4000 × 3000 JPEG dropped onto a note is shrunk, shown on its card, opened large, and undone in one step', async () => {
    const served = await e2e.serve({ file: B2B });
    const page = await e2e.open(served.url);
    await waitForBoard(page);
    let g = await geometry(page);
    const note = g.map.notes.find((n) => n.lane === 'ln-actions' && !n.image && !n.hidden)!;
    const big = photo(4000, 3000, 'image/jpeg');
    expect(big.length).toBeGreaterThan(2_000_000);

    const heightBefore = noteRect(g, note.id).height;
    await drop(page, g.toScreen({ x: noteRect(g, note.id).x + 60, y: noteRect(g, note.id).y + 20 }), { name: 'wall-photo.jpg', type: 'image/jpeg', bytes: big });
    const map = await mapWhen(page, (m) => m.notes.find((n) => n.id === note.id)?.image !== undefined, 'the note has a picture');
    const stored = storedPicture(map, map.notes.find((n) => n.id === note.id)!.image);
    expect(stored.asset.mime).toBe('image/jpeg');
    expect([stored.header.width, stored.header.height]).toEqual([1600, 1200]);
    expect(stored.bytes.length).toBeLessThan(big.length / 5);
    expect(stored.asset.name).toBe('wall-photo.jpg');
    expect(await toast(page)).toContain('1600 × 1200');

    // The card grew by its picture, and the picture's pixels are on it.
    g = await geometry(page);
    expect(noteRect(g, note.id).height).toBeGreaterThan(heightBefore + 100);
    await expect.poll(async () => share(page, pictureBandOnScreen(g, note.id), VIOLET), { timeout: 10_000 }).toBeGreaterThan(0.9);
    await page.screenshot({ path: join(SHOTS, 'photos-note.png') });

    // Shift+Enter on the selected note opens the picture large; Esc closes it.
    // The dropped-on note is selected, so the keyboard acts on it.
    expect((await page.evaluate(() => (globalThis as unknown as { __jejak: { selection(): { notes: string[] } } }).__jejak.selection())).notes).toEqual([note.id]);
    await page.keyboard.press('Shift+Enter');
    const viewer = page.getByTestId('picture-viewer');
    await viewer.waitFor();
    const shown = await page.getByTestId('picture-viewer-image').evaluate((img) => { const i = img as unknown as { naturalWidth: number; naturalHeight: number; getBoundingClientRect(): { width: number } }; return { width: i.naturalWidth, height: i.naturalHeight, drawn: i.getBoundingClientRect().width }; });
    expect(shown).toMatchObject({ width: 1600, height: 1200 });
    expect(shown.drawn).toBeGreaterThan(700);
    await page.screenshot({ path: join(SHOTS, 'photos-viewer.png') });
    await page.keyboard.press('Escape');
    await viewer.waitFor({ state: 'detached' });

    // One undo takes the picture and its asset away.
    await page.keyboard.press('Control+z');
    const undone = await mapWhen(page, (m) => m.notes.find((n) => n.id === note.id)?.image === undefined, 'undo removed the picture');
    expect(undone.assets ?? {}).toEqual({});
    expect(noteRect(await geometry(page), note.id).height).toBe(heightBefore);
  });

  it('a picture chosen with the inspector’s Choose… (from the keyboard) is shrunk the same way, and opens large from the inspector and by double-click', async () => {
    const served = await e2e.serve({ file: B2B });
    writeFileSync(join(served.dir, 'workshop-wall.jpg'), photo(4000, 3000, 'image/jpeg', [0x12, 0xc4, 0x9a]));
    const page = await e2e.open(served.url);
    await waitForBoard(page);
    let g = await geometry(page);
    const note = g.map.notes.find((n) => n.lane === 'ln-touchpoints' && !n.image)!;
    await page.mouse.click(...Object.values(g.toScreen({ x: noteRect(g, note.id).x + 30, y: noteRect(g, note.id).y + 10 })) as [number, number]);
    await page.getByTestId('choose-picture').focus();
    await page.keyboard.press('Enter');
    const files = page.getByTestId('file-dialog');
    await files.waitFor();
    await files.getByRole('button', { name: 'workshop-wall.jpg' }).focus();
    await page.keyboard.press('Enter');
    const map = await mapWhen(page, (m) => m.notes.find((n) => n.id === note.id)?.image !== undefined, 'the chosen picture is on the note');
    const stored = storedPicture(map, map.notes.find((n) => n.id === note.id)!.image);
    expect([stored.header.width, stored.header.height]).toEqual([1600, 1200]);

    await page.getByTestId('open-picture').click();
    const viewer = page.getByTestId('picture-viewer');
    await viewer.waitFor();
    await page.keyboard.press('Escape');
    await viewer.waitFor({ state: 'detached' });

    // A double-click on the picture opens it; on the text below it edits the note as before.
    g = await geometry(page);
    const band = pictureBandOnScreen(g, note.id);
    await page.mouse.dblclick(band.x + band.width / 2, band.y + band.height / 2);
    await viewer.waitFor();
    await page.keyboard.press('Escape');
    await viewer.waitFor({ state: 'detached' });
    const r = noteRect(g, note.id);
    const text = g.toScreen({ x: r.x + 40, y: r.y + r.height - 30 });
    await page.mouse.dblclick(text.x, text.y);
    await page.getByTestId('note-editor').waitFor();
  });

  it('a picture dropped onto an empty cell of the evidence lane becomes a new note with it, one undo step', async () => {
    const served = await e2e.serve({ file: B2B });
    const page = await e2e.open(served.url);
    await waitForBoard(page);
    const g = await geometry(page);
    const { stage, point } = roomInCell(g, 'ln-evidence');
    const before = g.map.notes.length;
    const png = photo(2400, 1800, 'image/png', [0x12, 0xc4, 0x9a]);
    expect(png.length).toBeGreaterThan(2_000_000);
    await drop(page, point, { name: 'paper-wall.png', type: 'image/png', bytes: png });
    const map = await mapWhen(page, (m) => m.notes.length === before + 1, 'a note was added');
    const added = map.notes.find((n) => !g.map.notes.some((o) => o.id === n.id))!;
    expect({ lane: added.lane, stage: added.stage, text: added.text }).toEqual({ lane: 'ln-evidence', stage, text: '' });
    const stored = storedPicture(map, added.image);
    expect(Math.max(stored.header.width, stored.header.height)).toBe(1600);
    expect(stored.bytes.length).toBeLessThan(png.length / 3);
    expect((await page.evaluate(() => (globalThis as unknown as { __jejak: { selection(): { notes: string[] } } }).__jejak.selection())).notes).toEqual([added.id]);
    const after = await geometry(page);
    await expect.poll(async () => share(page, pictureBandOnScreen(after, added.id), [0x12, 0xc4, 0x9a]), { timeout: 10_000 }).toBeGreaterThan(0.8);
    await page.screenshot({ path: join(SHOTS, 'photos-evidence.png') });

    await page.keyboard.press('Control+z');
    const undone = await mapWhen(page, (m) => m.notes.length === before, 'undo removed the note');
    expect(undone.assets ?? {}).toEqual({});
  });

  it('a photo dropped onto a persona in the strip becomes its photo, at most 512 px', async () => {
    const served = await e2e.serve({ file: B2B });
    const page = await e2e.open(served.url);
    await waitForBoard(page);
    const g = await geometry(page);
    const persona = g.map.personas[1]!;
    const at = onCanvas(g, g.toScreen({ x: personaSlotX(1) + 100, y: g.layout.personaStripHeight / 2 }), 'the second persona');
    await drop(page, at, { name: 'david.jpg', type: 'image/jpeg', bytes: photo(3000, 4000, 'image/jpeg', [0xd9, 0x6d, 0x28]) });
    const map = await mapWhen(page, (m) => m.personas[1]!.photo !== undefined, 'the persona has a photo');
    expect(map.personas[0]!.photo).toBeUndefined();
    const stored = storedPicture(map, map.personas.find((p) => p.id === persona.id)!.photo);
    expect([stored.header.width, stored.header.height]).toEqual([384, 512]);
    expect(stored.bytes.length).toBeLessThan(80_000);
    await page.screenshot({ path: join(SHOTS, 'photos-persona.png') });
  });

  it('refuses an SVG, a text file named .jpg, an AVIF and an unreadable GIF or BMP, naming the file and what to do, in English and Indonesian', async () => {
    const served = await e2e.serve({ file: B2B });
    const page = await e2e.open(served.url);
    await waitForBoard(page);
    const g = await geometry(page);
    const note = g.map.notes.find((n) => n.lane === 'ln-actions')!;
    const onNote = g.toScreen({ x: noteRect(g, note.id).x + 40, y: noteRect(g, note.id).y + 20 });
    const svg = Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');
    await drop(page, onNote, { name: 'journey-logo.svg', type: 'image/svg+xml', bytes: svg });
    await expect.poll(() => toast(page)).toContain('“journey-logo.svg” is an SVG drawing');
    expect(await toast(page)).toContain('Export it as PNG or JPEG');
    await drop(page, onNote, { name: 'minutes.jpg', type: 'image/jpeg', bytes: Buffer.from('Minutes of the workshop, not a photo') });
    await expect.poll(() => toast(page)).toContain('“minutes.jpg” is not a picture Jejak can read. Export it as JPEG or PNG');
    // Nothing is decoded before its header says a safe size: AVIF keeps its size deep in nested boxes, and a GIF or BMP cut short says none.
    await drop(page, onNote, { name: 'phone.avif', type: 'image/avif', bytes: Buffer.from('\0\0\0\x1cftypavif\0\0\0\0avifmif1miafMA1B', 'latin1') });
    await expect.poll(() => toast(page)).toContain('“phone.avif” is an AVIF picture, which Jejak does not take. Export it as JPEG or PNG');
    await drop(page, onNote, { name: 'scan.gif', type: 'image/gif', bytes: Buffer.from('GIF89a\x08', 'latin1') });
    await expect.poll(() => toast(page)).toContain('“scan.gif” could not be read as a picture');
    await drop(page, onNote, { name: 'scan.bmp', type: 'image/bmp', bytes: Buffer.concat([Buffer.from('BM', 'latin1'), Buffer.alloc(26)]) });
    await expect.poll(() => toast(page)).toContain('“scan.bmp” could not be read as a picture');
    const map = await currentMap(page);
    expect(map.notes.find((n) => n.id === note.id)!.image).toBeUndefined();
    expect(map.assets ?? {}).toEqual({});

    const indonesian = await e2e.open(served.url, { locale: 'id-ID' });
    await waitForBoard(indonesian);
    await drop(indonesian, onNote, { name: 'IMG_2041.HEIC', type: 'image/heic', bytes: Buffer.from('\0\0\0\x18ftypheic\0\0\0\0mif1heicmore', 'latin1') });
    await expect.poll(() => toast(indonesian)).toContain('“IMG_2041.HEIC” adalah foto HEIC yang tidak bisa dibaca Jejak. Ekspor sebagai JPEG atau PNG');
  });

  it('a Jejak PNG carrying a map, dropped onto a note, opens as that map', async () => {
    const served = await e2e.serve({ file: B2B });
    const page = await e2e.open(served.url);
    await waitForBoard(page);
    const g = await geometry(page);
    const read = readCjm(readFileSync(join(SAMPLES, 'hotel-check-in.id.cjm')));
    if (!read.ok) throw new Error('the sample does not open');
    const other = read.map;
    const carried = Buffer.from(await exportPng(prepareExport(other, false), { scale: 1, background: 'white', embedMap: true }));
    const note = g.map.notes.find((n) => n.lane === 'ln-actions')!;
    await drop(page, g.toScreen({ x: noteRect(g, note.id).x + 40, y: noteRect(g, note.id).y + 20 }), { name: 'hotel.png', type: 'image/png', bytes: carried });
    await expect.poll(async () => (await currentMap(page)).id, { timeout: 20_000 }).toBe(other.id);
  });
});

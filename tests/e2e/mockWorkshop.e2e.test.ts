// A whole mock workshop, as a facilitator runs it, with the keyboard and the
// mouse only (window.__jejak is only read, never used to change anything):
// a new Indonesian current-state map from the start screen; a silent round
// of notes written face down by double-clicking cells and by quick capture,
// then revealed with one click; the timer started, paused and given a
// minute; a round of dot voting by two people on the pain points, its top
// note made an opportunity; the map saved where the in-app dialog says;
// present mode at projector size toured stage by stage, spotlit and
// overviewed, leaving the map as it was; and a PDF exported through the
// export dialog that has the opportunity's words and not those of a note
// left face down, whose blank card the picture shows instead. A screenshot
// of every step goes to test-results/mock-workshop/ for people to look at.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { GEOMETRY, NOTE_FONT } from '../../shared/layout/geometry';
import { LIGHT_THEME } from '../../shared/layout/theme';
import { cellKey } from '../../shared/layout/layout';
import { currentMap, doc, geometry, notePoint, press, runAction, settle, viewport, waitForBoard, type Geometry, type Point } from './support/board';
import { exportOutcome } from './support/exportOutcome';
import { presentState, restedPresentation } from './support/present';
import { jejak, ROOT, useE2E, validate } from './support/jejak';

const e2e = useE2E();
const SHOTS = join(ROOT, 'test-results/mock-workshop');
const PAIN = 'ln-pain-points';
const OPPORTUNITIES = 'ln-opportunities';

/** What the room writes in the silent round: stage title → pain points, by double-clicking the cell. */
const WRITTEN: [string, string[]][] = [
  ['Kesadaran', ['Iklan tidak menyebut harga', 'Promo di media sosial membingungkan']],
  ['Pertimbangan', ['Spesifikasi sulit dibandingkan', 'Ulasan di marketplace terasa palsu']],
  ['Pembelian', ['Pembayaran QRIS sering gagal']],
];
/** Typed with quick capture, into Pembelian × Poin hambatan. */
const CAPTURED = 'Ongkos kirim baru muncul di akhir';
/** Written in a second silent round just before the export, and left face down. */
const SECRET = 'Rahasia: diskon karyawan 40 persen';

interface TimerView {
  phase: 'idle' | 'running' | 'paused' | 'done';
  remainingMs: number;
  state: { status: string; durationMs: number };
}
type Hooks = { __jejak: { timer(): TimerView } };

const timer = (page: Page) => page.evaluate(() => (globalThis as unknown as Hooks).__jejak.timer());

async function shot(page: Page, name: string): Promise<void> {
  await settle(page);
  await page.screenshot({ path: join(SHOTS, `${name}.png`), animations: 'disabled', caret: 'hide' });
}

async function text(page: Page, testId: string): Promise<string> {
  return ((await page.getByTestId(testId).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * 0 fits the whole map in the window. The board learns its new size a frame
 * or two after a side panel closes; a person takes longer than that to press
 * the key, so the test waits for it too.
 */
async function fitMap(page: Page): Promise<void> {
  await expect
    .poll(async () => {
      const box = await page.getByTestId('board').boundingBox();
      const view = await viewport(page);
      return box !== null && Math.abs(box.width - view.width) <= 1 && Math.abs(box.height - view.height) <= 1;
    })
    .toBe(true);
  await press(page, '0');
}

/** The board's pinned lane titles (left) and stage titles (top) cover the cells under them, in screen pixels. */
function visibleArea(g: Geometry): { left: number; top: number; right: number; bottom: number } {
  return {
    left: g.canvas.x + GEOMETRY.laneHeaderWidth * g.view.scale,
    top: g.canvas.y + g.layout.top * g.view.scale,
    right: g.canvas.x + g.canvas.width,
    bottom: g.canvas.y + g.canvas.height,
  };
}

/** Pans with the mouse wheel, as a person does, until the whole cell is in the part of the board not under the pinned titles. */
async function lookAt(page: Page, lane: string, stage: string): Promise<void> {
  const g = await geometry(page);
  const row = g.layout.rowOf.get(lane)!;
  const column = g.layout.columnOf.get(stage)!;
  const a = g.toScreen({ x: column.x, y: row.y });
  const b = g.toScreen({ x: column.x + column.width, y: row.y + row.height });
  const area = visibleArea(g);
  if (a.x >= area.left && a.y >= area.top && b.x <= area.right && b.y <= area.bottom) return;
  const dx = Math.round((a.x + b.x) / 2 - (area.left + area.right) / 2);
  const dy = Math.round((a.y + b.y) / 2 - (area.top + area.bottom) / 2);
  const before = JSON.stringify(g.view);
  await page.mouse.move(area.left + 40, area.top + 40);
  await page.mouse.wheel(dx, dy);
  await expect.poll(async () => JSON.stringify(await viewport(page))).not.toBe(before);
  await settle(page);
}

/**
 * Where a person double-clicks to add a note to a cell: the free slot right
 * of its last note, or below its notes, or its middle when it has none.
 */
function freeCellPoint(g: Geometry, lane: string, stage: string): Point {
  const row = g.layout.rowOf.get(lane)!;
  const column = g.layout.columnOf.get(stage)!;
  const cell = g.layout.cells.get(cellKey(lane, stage));
  const top = row.y + row.bandHeight;
  let p: Point;
  if (!cell) {
    p = { x: column.x + column.width / 2, y: (top + row.y + row.height) / 2 };
  } else {
    const last = cell.placements.at(-1)!;
    const right = last.x + last.width;
    if (column.width - GEOMETRY.cellPadding - right > GEOMETRY.noteWidth / 2) {
      p = { x: column.x + (right + column.width) / 2, y: top + last.y + last.height / 2 };
    } else {
      expect(row.y + row.height - (top + cell.contentHeight), 'room below the notes of the cell').toBeGreaterThan(12);
      p = { x: column.x + column.width / 2, y: (top + cell.contentHeight + row.y + row.height) / 2 };
    }
  }
  const s = g.toScreen(p);
  const area = visibleArea(g);
  expect(s.x > area.left && s.x < area.right && s.y > area.top && s.y < area.bottom, `the free place in ${lane} × ${stage} is in sight`).toBe(true);
  return s;
}

/** Double-clicks a free place in a cell, types the note and leaves the editor with Escape. */
async function writeInCell(page: Page, lane: string, stage: string, words: string): Promise<void> {
  await lookAt(page, lane, stage);
  const at = freeCellPoint(await geometry(page), lane, stage);
  await page.mouse.dblclick(at.x, at.y);
  const editor = page.getByTestId('note-editor');
  await editor.waitFor();
  await expect.poll(() => editor.evaluate((el) => el === (el.ownerDocument.activeElement as unknown))).toBe(true);
  await page.keyboard.type(words);
  await expect.poll(() => editor.inputValue()).toBe(words);
  await press(page, 'Escape');
  await editor.waitFor({ state: 'detached' });
}

/** Clicks the middle of a note (a vote while a round of dot voting is on). */
async function clickNote(page: Page, id: string): Promise<void> {
  const note = (await currentMap(page)).notes.find((n) => n.id === id)!;
  await lookAt(page, note.lane, note.stage);
  const p = notePoint(await geometry(page), id);
  await page.mouse.click(p.x, p.y);
  await settle(page);
}

describe('a mock workshop', () => {
  it('runs from a new map to a presented, saved and exported result, by keyboard and mouse', { timeout: 300_000 }, async () => {
    mkdirSync(SHOTS, { recursive: true });
    const served = await e2e.serve();
    const page = await e2e.open(served.url);

    // 1. The start screen: a new current-state map, its content in Indonesian.
    await page.getByTestId('start-screen').waitFor();
    await page.getByTestId('new-map-locale').selectOption('id');
    await shot(page, '01-start-screen');
    await page.getByTestId('new-current-state').click();
    await waitForBoard(page);
    let map = await currentMap(page);
    expect(map.locale).toBe('id');
    expect(map.stages.map((s) => s.title)).toEqual(['Kesadaran', 'Pertimbangan', 'Pembelian', 'Retensi', 'Advokasi']);
    expect(map.lanes.find((l) => l.id === PAIN)?.title).toBe('Poin hambatan');
    expect(map.lanes.find((l) => l.id === OPPORTUNITIES)?.title).toBe('Peluang');
    expect(map.notes).toEqual([]);
    const stageId = (title: string) => map.stages.find((s) => s.title === title)!.id;
    await shot(page, '02-new-map');
    // The side panel is not needed in the room: Ctrl+I hides it, for more board.
    await page.getByTestId('inspector').waitFor();
    await press(page, 'Control+i');
    await page.getByTestId('inspector').waitFor({ state: 'detached' });

    // 2. A silent round, from the Workshop menu: notes written into three cells come out face down.
    await page.getByTestId('menu-workshop').click();
    await page.getByTestId('menu-item-silentRound').click();
    await page.getByTestId('silent-chip').waitFor();
    await expect.poll(() => text(page, 'toast')).toContain('face down');
    for (const [stage, notes] of WRITTEN) for (const words of notes) await writeInCell(page, PAIN, stageId(stage), words);
    // The last thing said goes in with quick capture: "pem hamb" is Pembelian × Poin hambatan.
    await press(page, 'q');
    await page.getByTestId('capture-bar').waitFor();
    await page.keyboard.type(CAPTURED);
    await press(page, 'Tab');
    await page.keyboard.type('pem hamb');
    await expect.poll(() => text(page, 'capture-stage')).toContain('Pembelian');
    await expect.poll(() => text(page, 'capture-lane')).toContain('Poin hambatan');
    await press(page, 'Enter');
    await expect.poll(async () => (await currentMap(page)).notes.length).toBe(6);
    await shot(page, '03-quick-capture');
    await press(page, 'Escape');
    await page.getByTestId('capture-bar').waitFor({ state: 'detached' });

    map = await currentMap(page);
    const allWords = [...WRITTEN.flatMap(([, notes]) => notes), CAPTURED];
    expect(map.notes.map((n) => n.text).sort()).toEqual([...allWords].sort());
    expect(map.notes.every((n) => n.lane === PAIN && n.hidden === true)).toBe(true);
    expect(map.notes.find((n) => n.text === CAPTURED)!.stage).toBe(stageId('Pembelian'));
    expect(await text(page, 'face-down-count')).toBe('6 notes face down');
    // 0 fits the whole map in the window, to see every card.
    await fitMap(page);
    await shot(page, '04-face-down');

    // Reveal: one click turns every note over, and ends the round.
    await page.getByTestId('reveal').click();
    await expect.poll(() => text(page, 'toast')).toBe('Revealed 6 notes. Undo turns them back over.');
    map = await currentMap(page);
    expect(map.notes.some((n) => n.hidden)).toBe(false);
    expect(await page.getByTestId('face-down-count').count()).toBe(0);
    await page.getByTestId('silent-chip').waitFor({ state: 'detached' });
    await shot(page, '05-revealed');

    // 3. The timer: T, ten minutes typed; it runs in the title bar; paused, then a minute more.
    await press(page, 't');
    await page.getByTestId('timer-popover').waitFor();
    await page.getByTestId('timer-custom').fill('10');
    await press(page, 'Enter');
    await page.getByTestId('timer-popover').waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('timer-display').getAttribute('data-phase')).toBe('running');
    expect((await timer(page)).state.durationMs).toBe(10 * 60_000);
    expect(await page.locator('.title-bar [data-testid="timer-display"]').count()).toBe(1);
    expect(await text(page, 'timer-time')).toMatch(/^\d\d:\d\d$/);
    await shot(page, '06-timer-running');
    await press(page, 't');
    await page.getByTestId('timer-pause').click();
    await expect.poll(() => page.getByTestId('timer-display').getAttribute('data-phase')).toBe('paused');
    const held = (await timer(page)).remainingMs;
    await page.getByTestId('timer-add-minute').click();
    await expect.poll(async () => (await timer(page)).remainingMs).toBe(held + 60_000);
    await expect.poll(() => text(page, 'timer-time')).toBe(`${String(Math.floor(Math.ceil((held + 60_000) / 1000) / 60)).padStart(2, '0')}:${String(Math.ceil((held + 60_000) / 1000) % 60).padStart(2, '0')}`);
    await shot(page, '07-timer-paused-plus-minute');
    // Resume, and Escape closes the popover: the clock runs on for the room.
    await page.getByTestId('timer-pause').click();
    await expect.poll(() => page.getByTestId('timer-display').getAttribute('data-phase')).toBe('running');
    await press(page, 'Escape');
    await page.getByTestId('timer-popover').waitFor({ state: 'detached' });

    // 4. Dot voting: V, two dots each, on the pain points only; two people vote with clicks.
    await press(page, 'v');
    await page.getByTestId('voting-start').waitFor();
    await page.getByTestId('voting-dots').fill('2');
    if (await page.getByTestId(`voting-lane-${OPPORTUNITIES}`).isChecked()) await page.getByTestId(`voting-lane-${OPPORTUNITIES}`).click();
    if (!(await page.getByTestId(`voting-lane-${PAIN}`).isChecked())) await page.getByTestId(`voting-lane-${PAIN}`).click();
    await shot(page, '08-voting-start');
    await page.getByTestId('voting-start-button').click();
    await page.getByTestId('voting-start').waitFor({ state: 'detached' });
    await page.getByTestId('voting-bar').waitFor();
    await expect.poll(() => text(page, 'voting-status')).toBe('Dot voting — Person 1 · 2 of 2 dots left · No one has voted yet');
    const idOf = (words: string) => map.notes.find((n) => n.text === words)!.id;
    const shipping = idOf(CAPTURED);
    const qris = idOf('Pembayaran QRIS sering gagal');
    const specs = idOf('Spesifikasi sulit dibandingkan');
    await clickNote(page, shipping);
    await clickNote(page, qris);
    await expect.poll(() => text(page, 'voting-status')).toBe('Dot voting — Person 1 · 0 of 2 dots left · No one has voted yet');
    await page.getByTestId('voting-next').click();
    await expect.poll(() => text(page, 'voting-status')).toBe('Dot voting — Person 2 · 2 of 2 dots left · 1 person has voted');
    await clickNote(page, shipping);
    await clickNote(page, specs);
    await expect.poll(() => text(page, 'voting-status')).toBe('Dot voting — Person 2 · 0 of 2 dots left · 1 person has voted');
    map = await currentMap(page);
    const votes = Object.fromEntries(map.notes.map((n) => [n.text, n.votes ?? 0]));
    expect(votes).toEqual({ ...Object.fromEntries(allWords.map((w) => [w, 0])), [CAPTURED]: 2, 'Pembayaran QRIS sering gagal': 1, 'Spesifikasi sulit dibandingkan': 1 });
    await fitMap(page);
    await shot(page, '09-votes-on-board');

    // The results: the shipping cost on top; it becomes an opportunity in its stage.
    await page.getByTestId('voting-open-results').click();
    await page.getByTestId('voting-results').waitFor();
    expect(await page.getByTestId('voting-result').first().getAttribute('data-note')).toBe(shipping);
    expect(await page.getByTestId('voting-result-votes').allTextContents()).toEqual(['2', '1', '1']);
    await page.getByTestId('voting-top').fill('1');
    await page.getByTestId('voting-select-top').click();
    expect(await text(page, 'voting-chosen')).toBe('1 chosen');
    await shot(page, '10-voting-results');
    await page.getByTestId('voting-make').click();
    await expect.poll(() => text(page, 'toast')).toBe('Added 1 opportunity to "Peluang". Undo takes it away.');
    map = await currentMap(page);
    const made = map.notes.filter((n) => n.lane === OPPORTUNITIES);
    expect(made.map((n) => [n.stage, n.text, n.hidden ?? false])).toEqual([[stageId('Pembelian'), CAPTURED, false]]);
    await shot(page, '11-opportunity-made');
    await page.getByTestId('voting-results-close').click();
    await page.getByTestId('voting-results').waitFor({ state: 'detached' });
    await page.getByTestId('voting-end').click();
    await page.getByTestId('voting-bar').waitFor({ state: 'detached' });
    // Ending the round leaves the board to the facilitator: no results panel (Workshop ▸ Dot voting results brings it back).
    await settle(page);
    expect(await page.getByTestId('voting-results').count()).toBe(0);
    await fitMap(page);
    await shot(page, '12-after-voting');

    // 5. Ctrl+S on a map never saved: the in-app dialog, in the served folder.
    await press(page, 'Control+s');
    const files = page.getByTestId('file-dialog');
    await files.waitFor();
    await expect.poll(() => files.getByTestId('file-dialog-path').textContent()).toBe(served.dir);
    await files.getByTestId('file-name').fill('lokakarya-belanja-online');
    await shot(page, '13-save-dialog');
    await press(page, 'Enter');
    await files.waitFor({ state: 'detached' });
    const saved = join(served.dir, 'lokakarya-belanja-online.cjm');
    await expect.poll(() => existsSync(saved)).toBe(true);
    await expect.poll(() => page.getByTestId('unsaved-mark').count()).toBe(0);
    const checked = validate(saved);
    expect(checked.status, checked.stdout + checked.stderr).toBe(0);
    expect(readFileSync(saved, 'utf8')).toContain(`"text": "${CAPTURED}"`);

    // 6. Present mode at projector size: every stage in turn, spotlight, overview, Escape.
    await page.setViewportSize({ width: 1920, height: 1080 });
    await settle(page);
    const beforePresenting = await doc(page);
    await press(page, 'F5');
    await page.getByTestId('present').waitFor();
    let p = await restedPresentation(page);
    expect(p.view).toEqual({ width: 1920, height: 1080 });
    const stages = p.stages;
    expect(stages).toBe(5);
    // The running clock is in the presentation's corner.
    expect(await page.locator('.present-corner [data-testid="timer-display"]').getAttribute('data-phase')).toBe('running');
    // It opens on the stage the board was showing; Home goes to the first.
    await page.keyboard.press('Home');
    p = await restedPresentation(page);
    expect(p.stage).toBe(0);
    for (let i = 0; i < stages; i++) {
      p = await restedPresentation(page);
      expect(p.stage).toBe(i);
      expect(NOTE_FONT.size * p.camera.scale).toBeGreaterThanOrEqual(18);
      await expect.poll(() => text(page, 'present-stage')).toContain(map.stages[i]!.title);
      await shot(page, `14-present-stage-${i + 1}`);
      if (i < stages - 1) await page.keyboard.press('PageDown');
    }
    // Back to Pembelian, where the vote landed, and spotlight it.
    await page.keyboard.press('3');
    p = await restedPresentation(page);
    expect(p.stage).toBe(2);
    await page.keyboard.press('s');
    p = await restedPresentation(page);
    expect(p.spotlight).toEqual({ kind: 'stage', stage: 2 });
    await shot(page, '15-present-spotlight');
    await page.keyboard.press('s');
    await page.keyboard.press('o');
    p = await restedPresentation(page);
    expect(p.overview).toBe(true);
    await shot(page, '16-present-overview');
    await page.keyboard.press('Escape');
    await page.getByTestId('present').waitFor({ state: 'detached' });
    await page.getByTestId('board').waitFor();
    expect(await presentState(page)).toBeNull();
    expect(await doc(page)).toBe(beforePresenting);
    await page.setViewportSize({ width: 1280, height: 800 });
    await waitForBoard(page);

    // 7. One more silent round (from the palette): a note written and left face down before the export.
    await runAction(page, 'Silent round');
    await page.getByTestId('end-silent').waitFor();
    // (The first save opened the board afresh, side panel and all; the facilitator hides it again.)
    if (await page.getByTestId('inspector').isVisible()) await press(page, 'Control+i');
    await page.getByTestId('inspector').waitFor({ state: 'detached' });
    await writeInCell(page, PAIN, stageId('Retensi'), SECRET);
    map = await currentMap(page);
    expect(map.notes.find((n) => n.text === SECRET)?.hidden).toBe(true);
    expect(await text(page, 'face-down-count')).toBe('1 note face down');
    await fitMap(page);
    await shot(page, '17-one-left-face-down');

    // The export dialog: a PDF, named in the in-app dialog.
    await press(page, 'Control+e');
    const dialog = page.getByTestId('export-dialog');
    await dialog.waitFor();
    await dialog.getByTestId('export-format-pdf').check();
    // Private notes stay out unless asked for.
    expect(await dialog.getByTestId('export-include-hidden').isChecked()).toBe(false);
    await shot(page, '18-export-dialog');
    await dialog.getByTestId('export-start').click();
    await files.waitFor();
    await files.getByTestId('file-name').fill('hasil-lokakarya');
    await press(page, 'Enter');
    expect(await exportOutcome(page)).toContain('hasil-lokakarya.pdf');
    await shot(page, '19-exported');
    const pdf = join(served.dir, 'hasil-lokakarya.pdf');
    const words = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(words).toContain(CAPTURED);
    expect(words).not.toContain('Rahasia');
    expect(words).not.toContain('diskon karyawan');
    // The PDF's first page as a picture: the face-down note is a blank card of the face-down grey.
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, join(SHOTS, '20-exported-pdf')]);
    expect(LIGHT_THEME.hiddenNoteFill).toBe('#8A96A3');
    const fill = [1, 3, 5].map((at) => parseInt(LIGHT_THEME.hiddenNoteFill.slice(at, at + 2), 16));
    const page1 = PNG.sync.read(readFileSync(join(SHOTS, '20-exported-pdf.png')));
    let grey = 0;
    for (let i = 0; i < page1.data.length; i += 4) {
      if ([0, 1, 2].every((c) => Math.abs(page1.data[i + c]! - fill[c]!) <= 2)) grey++;
    }
    // A card is about 120 × 40 px at this resolution; its pale bars take some of it.
    expect(grey).toBeGreaterThan(1500);

    // The face-down note is a blank card in the picture: the map saved, exported as SVG.
    await page.getByTestId('export-dialog').getByRole('button', { name: 'Close' }).click();
    await press(page, 'Control+s');
    await expect.poll(() => page.getByTestId('unsaved-mark').count()).toBe(0);
    const svg = join(served.dir, 'hasil.svg');
    const exported = jejak(['export', saved, '--format', 'svg', '--out', svg]);
    expect(exported.status, exported.stderr).toBe(0);
    const picture = readFileSync(svg, 'utf8');
    expect(picture).toContain(LIGHT_THEME.hiddenNoteFill);
    expect(picture).not.toContain('Rahasia');
    expect(picture).toContain('Ongkos kirim');
  });
});

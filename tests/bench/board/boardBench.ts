// The board's speed in Chromium, as docs/architecture.md ("Speed") measures it: the
// production build, serial, a fixed 1280×720 window, warm-up first, the
// board and a raw Canvas2D page (page/rawBoard.ts: the same cards and lines,
// no React, no Konva) interleaved in one browser, the median of per-run
// ratios; draw time from the content layer's beforeDraw to its draw. Then
// keydown-to-glyph while editing, and one edit's layout in Node. Prints
// figures and the issue's targets beside them; asserts nothing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { writeCjm } from '../../../shared/format';
import type { JourneyMap } from '../../../shared/format/types';
import { NOTE_FONT, NOTE_TEXT_WIDTH } from '../../../shared/layout/geometry';
import { cellKey, layoutBoard, notePosition, type BoardLayout } from '../../../shared/layout/layout';
import { wrapText } from '../../../shared/layout/wrapText';
import { bigMap } from '../../support/bigMap';
import { median } from '../measure';
import { MIN_ZOOM } from '../../../renderer/board/camera';
import { paths } from './cameras';
import { measureLayoutEdit } from './layoutEdit';
import { bundlePage, launchChromium, startJejak, startStatic, type Running } from './processes';
import type { BenchGlobal, CameraState, FrameRun, KeyRun, OpenRun } from './protocol';

const SIZES = [5_000, 20_000];
const RUNS = 5;
const OPEN_RUNS = 5;
const FRAMES = 200;
const WARM_FRAMES = 20;
const KEYS = 50;
const WARM_KEYS = 5;
const FRAME_BUDGET = 16.7;
const PAN_RATIO_TARGET = 1.5;
const KEY_P95_TARGET = 50;

function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const ms = (v: number, width = 6) => (Number.isFinite(v) ? v.toFixed(1) : '–').padStart(width);
const count = (n: number) => n.toLocaleString('en-GB');

// Functions given to page.evaluate run in the page, so each names window.__bench itself.

async function withTimeout<T>(promise: Promise<T>, limit: number, what: string | (() => string)): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const fail = () => new Error(`${typeof what === 'string' ? what : what()}: no answer in ${limit / 1000} s`);
  try {
    return await Promise.race([promise, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(fail()), limit)))]);
  } finally {
    clearTimeout(timer);
  }
}

interface Subject {
  label: string;
  map: JourneyMap;
  layout: BoardLayout;
  jejak: Running;
  rawUrl: (view: { width: number; height: number }) => string;
}

/** Opens a page and waits for its first drawn frame with notes; returns it open. */
async function openPage(context: BrowserContext, url: string, probes: string | null): Promise<{ page: Page; run: OpenRun }> {
  const page = await context.newPage();
  try {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    if (probes) await page.addInitScript({ content: probes });
    await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
    // The board's probes are there from the start; the raw page defines its own once its script ran.
    await page.waitForFunction(() => (globalThis as unknown as Partial<BenchGlobal>).__bench !== undefined, null, { timeout: 60_000 });
    const run = await withTimeout(
      page.evaluate(() => (globalThis as unknown as BenchGlobal).__bench.open()),
      120_000,
      () => `first paint of ${url.replace(/token=[^&]+/, 'token=…')}${errors.length ? ` (page errors: ${errors.join('; ')})` : ''}`,
    );
    return { page, run };
  } catch (error) {
    await page.close().catch(() => {});
    throw error;
  }
}

async function runFrames(page: Page, cameras: CameraState[]): Promise<FrameRun> {
  await page.bringToFront();
  await withTimeout(page.evaluate(([camera]) => (globalThis as unknown as BenchGlobal).__bench.settle(camera!, 10), [cameras[0]!]), 30_000, 'settle');
  return withTimeout(page.evaluate(([c, w]) => (globalThis as unknown as BenchGlobal).__bench.frames(c, w), [cameras, WARM_FRAMES] as const), 120_000, 'frame loop');
}

function buildRenderer(root: string): void {
  const env = { ...process.env };
  delete env.JEJAK_DEV;
  const result = spawnSync(process.execPath, [join(root, 'scripts/build-renderer.mjs')], { env, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('building the renderer failed');
}

export async function runBoardBench(root: string): Promise<void> {
  try {
    await inChromium(root);
  } catch (error) {
    // The figures so far stand; say what stopped the rest, and fail the command.
    console.error(`\nboard bench in Chromium stopped: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  }
  const big = bigMap({ notes: SIZES[SIZES.length - 1]!, seed: SIZES[SIZES.length - 1]! });
  const f = measureLayoutEdit(big);
  console.log(
    `\n${'one edit, layout (Node, 20,000)'.padEnd(34)} layoutBoard(map, previous) ${ms(f.incremental, 5)} ms   full layoutBoard(map) ${ms(f.full, 5)} ms (cold wrap cache ${ms(f.fullCold, 0)} ms)   ratio ${f.ratio.toFixed(3)}×`,
  );
  console.log(`${'one edit, boardModel (Node)'.padEnd(34)} boardModel(map, previous) ${ms(f.modelIncremental, 5)} ms   full ${ms(f.modelFull, 5)} ms   ratio ${f.modelRatio.toFixed(3)}×`);
}

async function inChromium(root: string): Promise<void> {
  const here = join(root, 'tests/bench/board');
  const tmp = mkdtempSync(join(tmpdir(), 'jejak-board-bench-'));
  const stops: (() => Promise<void>)[] = [];
  try {
    buildRenderer(root);
    const [probes, raw] = await Promise.all([bundlePage(join(here, 'page/probes.ts')), bundlePage(join(here, 'page/rawBoard.ts'))]);
    writeFileSync(join(tmp, 'rawBoard.js'), raw);
    writeFileSync(join(tmp, 'rawBoard.html'), RAW_HTML);
    const files = await startStatic([tmp, join(root, 'dist/renderer')]);
    stops.push(files.stop);

    const subjects: Subject[] = [];
    for (const notes of SIZES) {
      const map = bigMap({ notes, seed: notes });
      const name = `board-${notes}.cjm`;
      const file = join(tmp, name);
      writeFileSync(file, writeCjm(map));
      const jejak = await startJejak(root, file, join(tmp, 'data'));
      stops.push(jejak.stop);
      subjects.push({
        label: `${count(notes)} notes`,
        map,
        layout: layoutBoard(map),
        jejak: { ...jejak, url: `${jejak.url}&test=1` },
        rawUrl: (view) => `${files.url}/rawBoard.html?map=${name}&w=${view.width}&h=${view.height}`,
      });
    }

    const browser = await launchChromium();
    stops.push(() => browser.close());
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 });
    console.log(`\nBoard: Chromium ${browser.version()}, production build, window 1280×720, ${RUNS} runs interleaved with a raw Canvas2D page after a warm-up`);

    // The board's view (the window less the title bar and inspector): the raw page gets the same canvas.
    const first = await openPage(context, subjects[0]!.jejak.url, probes);
    const view = await first.page.evaluate(() => (globalThis as unknown as { __jejak: { viewport(): { width: number; height: number } } }).__jejak.viewport());
    await first.page.close();
    console.log(`board view ${view.width}×${view.height}; the raw page paints a canvas of that size\n`);

    await measureOpens(context, subjects, probes, view);
    const keep: { subject: Subject; board: Page; raw: Page }[] = [];
    for (const subject of subjects) {
      const board = (await openPage(context, subject.jejak.url, probes)).page;
      const rawPage = (await openPage(context, subject.rawUrl(view), null)).page;
      keep.push({ subject, board, raw: rawPage });
    }
    console.log('');
    for (const { subject, board, raw: rawPage } of keep) await measureFrames(subject, board, rawPage, view);
    console.log('');
    await measureKeys(keep[0]!.subject, keep[0]!.board);
  } finally {
    for (const stop of stops.reverse()) await stop().catch((error: unknown) => console.error(`bench clean-up: ${String(error)}`));
    rmSync(tmp, { recursive: true, force: true });
  }
}

const RAW_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>raw board</title><style>
@font-face { font-family: 'Inter'; font-weight: 400; src: url('fonts/Inter-400.ttf') format('truetype'); }
@font-face { font-family: 'Inter'; font-weight: 600; src: url('fonts/Inter-600.ttf') format('truetype'); }
html, body { margin: 0; overflow: hidden; }
</style></head><body><script src="rawBoard.js"></script></body></html>`;

/** Navigation to the first drawn frame with notes: the board, and the raw page fetching, parsing and laying out the same file. */
async function measureOpens(context: BrowserContext, subjects: Subject[], probes: string, view: { width: number; height: number }): Promise<void> {
  const once = async (url: string, withProbes: boolean) => {
    const { page, run } = await openPage(context, url, withProbes ? probes : null);
    await page.close();
    return run;
  };
  for (const s of subjects) {
    await once(s.jejak.url, true);
    await once(s.rawUrl(view), false);
  }
  for (const s of subjects) {
    const board: OpenRun[] = [];
    const raw: OpenRun[] = [];
    for (let i = 0; i < OPEN_RUNS; i++) {
      // A/B, then B/A.
      if (i % 2) raw.push(await once(s.rawUrl(view), false));
      board.push(await once(s.jejak.url, true));
      if (i % 2 === 0) raw.push(await once(s.rawUrl(view), false));
    }
    const m = (runs: OpenRun[], key: keyof OpenRun) => median(runs.map((r) => r[key]));
    const ratio = median(board.map((b, i) => b.painted / raw[i]!.painted));
    console.log(
      `${`open + first paint, ${s.label}`.padEnd(34)} board ${ms(m(board, 'painted'))} ms (script done ${ms(m(board, 'scriptDone'), 0)}, map received ${ms(m(board, 'mapReceived'), 0)}, first draw ${ms(m(board, 'firstDraw'), 0)})` +
        `   raw page ${ms(m(raw, 'painted'))} ms (map received ${ms(m(raw, 'mapReceived'), 0)})   ratio ${ratio.toFixed(2)}×`,
    );
  }
}

async function measureFrames(subject: Subject, board: Page, rawPage: Page, view: { width: number; height: number }): Promise<void> {
  const { layout } = subject;
  const whole = Math.min((view.width - 48) / layout.width, (view.height - 48) / layout.height);
  if (whole < MIN_ZOOM) console.log(`(${subject.label}: fit stops at the ${MIN_ZOOM * 100}% zoom floor; the whole map would need ${(whole * 100).toFixed(1)}%)`);
  for (const path of paths(subject.layout, view, FRAMES)) {
    const cards = await rawPage.evaluate(([c]) => (globalThis as unknown as BenchGlobal).__bench.cardsInView(c!), [path.cameras[Math.floor(FRAMES / 2)]!]);
    await runFrames(board, path.cameras);
    await runFrames(rawPage, path.cameras);
    const b: FrameRun[] = [];
    const r: FrameRun[] = [];
    for (let i = 0; i < RUNS; i++) {
      // A/B, then B/A: drift in the machine falls on both alike.
      if (i % 2) r.push(await runFrames(rawPage, path.cameras));
      b.push(await runFrames(board, path.cameras));
      if (i % 2 === 0) r.push(await runFrames(rawPage, path.cameras));
    }
    const frameRatio = median(b.map((run, i) => median(run.intervals) / median(r[i]!.intervals)));
    const drawRatio = median(b.map((run, i) => median(run.draws) / median(r[i]!.draws)));
    const all = (runs: FrameRun[], key: 'intervals' | 'draws') => runs.flatMap((run) => run[key]);
    const bf = all(b, 'intervals');
    const bd = all(b, 'draws');
    const rf = all(r, 'intervals');
    const rd = all(r, 'draws');
    const targets: string[] = [];
    if (subject.map.notes.length === SIZES[0] && path.name.startsWith('pan')) targets.push(`target frame ≤ ${PAN_RATIO_TARGET}× raw: ${frameRatio <= PAN_RATIO_TARGET ? 'met' : 'NOT met'}`);
    if (subject.map.notes.length === SIZES[SIZES.length - 1]) targets.push(`target median frame ≤ ${FRAME_BUDGET} ms: ${median(bf) <= FRAME_BUDGET ? 'met' : 'NOT met'}`);
    console.log(
      `${`${path.name}, ${subject.label}`.padEnd(30)} board frame ${ms(median(bf), 5)} / p95 ${ms(percentile(bf, 95), 5)} ms, draw ${ms(median(bd), 5)} / ${ms(percentile(bd, 95), 5)} ms` +
        ` | raw frame ${ms(median(rf), 5)} / ${ms(percentile(rf, 95), 5)} ms, draw ${ms(median(rd), 5)} / ${ms(percentile(rd, 95), 5)} ms (${count(cards)} cards)` +
        ` | ratio frame ${frameRatio.toFixed(2)}×, draw ${drawRatio.toFixed(2)}×${targets.length ? `   ${targets.join('; ')}` : ''}`,
    );
  }
}

/** Keydown to the first draw of the content layer that paints the new last line of the note being edited. */
async function measureKeys(subject: Subject, page: Page): Promise<void> {
  const { layout } = subject;
  await page.bringToFront();
  await page.evaluate(() => (globalThis as unknown as BenchGlobal).__bench.settle({ x: 0, y: 0, scale: 1 }, 10));
  const row = layout.rows[0]!;
  const column = layout.columns[0]!;
  const cell = layout.cells.get(cellKey(row.lane.id, column.stage.id));
  const placement = cell?.placements[0];
  const box = await page.locator('[data-testid="board"]').boundingBox();
  if (!cell || !placement || !box) {
    console.log('keydown to glyph: no note to edit in the top-left cell; skipped');
    return;
  }
  const at = notePosition(layout, cell, placement);
  await page.mouse.click(box.x + at.x + placement.width / 2, box.y + at.y + placement.height / 2);
  const selected = await page.evaluate(() => (globalThis as unknown as { __jejak: { selection(): { notes: string[] } } }).__jejak.selection().notes);
  if (selected.length !== 1 || selected[0] !== placement.note.id) {
    console.log(`keydown to glyph: clicking the note selected ${JSON.stringify(selected)}, not ${placement.note.id}; skipped`);
    return;
  }
  await page.keyboard.press('Enter');
  await page.locator('[data-testid="note-editor"]').waitFor({ state: 'visible', timeout: 10_000 });
  const letters = 'workshopjourneykeystroke';
  let text = placement.note.text;
  const runs: KeyRun[] = [];
  let missed = 0;
  for (let i = 0; i < WARM_KEYS + KEYS; i++) {
    const letter = letters[i % letters.length]!;
    text += letter;
    const line = wrapText(text, NOTE_TEXT_WIDTH, NOTE_FONT).at(-1)!;
    await page.evaluate(([l]) => (globalThis as unknown as BenchGlobal).__bench.armKey(l!, 5000), [line]);
    await page.keyboard.press(letter);
    const run = await withTimeout(page.evaluate(() => (globalThis as unknown as BenchGlobal).__bench.keyResult()), 10_000, 'keystroke');
    if (i >= WARM_KEYS) {
      if (run) runs.push(run);
      else missed++;
    }
    // A typist's pace, and every keystroke starts from an idle page.
    await page.waitForTimeout(60);
  }
  await page.keyboard.press('Escape');
  const glyph = runs.map((r) => r.drawEnd);
  const p95 = percentile(glyph, 95);
  console.log(
    `${`keydown to glyph, ${subject.label}`.padEnd(34)} median ${ms(median(glyph), 5)} ms, p95 ${ms(p95, 5)} ms  (commit ${ms(median(runs.map((r) => r.commit)), 0)} ms, draw starts ${ms(median(runs.map((r) => r.drawStart)), 0)} ms; ${runs.length} keys${missed ? `, ${missed} not seen drawn` : ''})   target p95 ≤ ${KEY_P95_TARGET} ms: ${p95 <= KEY_P95_TARGET ? 'met' : 'NOT met'}`,
  );
}

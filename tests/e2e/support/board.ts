// Reading the page through window.__jejak (present with ?test=1) and turning
// notes and cells into screen points: the map's layout comes from the same
// shared/layout the board draws with, the camera from __jejak.viewport(),
// and the canvas's place from the page.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { readCjm } from '../../../shared/format/reader';
import type { JourneyMap } from '../../../shared/format/types';
import { cellKey, layoutBoard, notePosition, type BoardLayout } from '../../../shared/layout/layout';

export interface Viewport {
  x: number;
  y: number;
  scale: number;
  width: number;
  height: number;
}

export interface Selection {
  notes: string[];
  cell: { lane: string; stage: string } | null;
}

export interface Point {
  x: number;
  y: number;
}

/** window.__jejak, as the page declares it (renderer/app/testHooks.ts). */
interface Hooks {
  doc(): string | null;
  dirty(): boolean;
  selection(): Selection;
  viewport(): Viewport | null;
  setCamera(state: { x: number; y: number; scale: number }): void;
}
type PageGlobal = { __jejak?: Hooks };

/** The open map as canonical .cjm text (null on the start screen). */
export function doc(page: Page): Promise<string | null> {
  return page.evaluate(() => (globalThis as unknown as PageGlobal).__jejak!.doc());
}

export function dirty(page: Page): Promise<boolean> {
  return page.evaluate(() => (globalThis as unknown as PageGlobal).__jejak!.dirty());
}

export function selection(page: Page): Promise<Selection> {
  return page.evaluate(() => (globalThis as unknown as PageGlobal).__jejak!.selection());
}

export async function viewport(page: Page): Promise<Viewport> {
  const v = await page.evaluate(() => (globalThis as unknown as PageGlobal).__jejak!.viewport());
  if (!v) throw new Error('no board is open');
  return v;
}

export function setCamera(page: Page, state: { x: number; y: number; scale: number }): Promise<void> {
  return page.evaluate((s) => (globalThis as unknown as PageGlobal).__jejak!.setCamera(s), state);
}

/** Whether the page exposes window.__jejak at all. */
export function hasHooks(page: Page): Promise<boolean> {
  return page.evaluate(() => typeof (globalThis as unknown as PageGlobal).__jejak !== 'undefined');
}

/** The open map, read with the one reader. */
export async function currentMap(page: Page): Promise<JourneyMap> {
  const text = await doc(page);
  if (text === null) throw new Error('no map is open');
  const read = readCjm(text);
  if (!read.ok) throw new Error(`__jejak.doc() does not read: ${JSON.stringify(read.problems)}`);
  return read.map;
}

/** Waits for the fonts and two animation frames, so the canvas has drawn what the page holds. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const g = globalThis as unknown as { document: { fonts: { ready: Promise<unknown> } }; requestAnimationFrame(callback: () => void): number };
    await g.document.fonts.ready;
    await new Promise<void>((resolve) => g.requestAnimationFrame(() => g.requestAnimationFrame(() => resolve())));
  });
}

/** Waits until the board is open and has its size. */
export async function waitForBoard(page: Page): Promise<void> {
  await page.getByTestId('board').waitFor();
  await page.waitForFunction(() => {
    const v = (globalThis as unknown as PageGlobal).__jejak?.viewport();
    return v !== null && v !== undefined && v.width > 100;
  });
  await settle(page);
}

/** The map, its layout, the camera and where the canvas is: what turns board points into screen points. */
export interface Geometry {
  map: JourneyMap;
  layout: BoardLayout;
  view: Viewport;
  canvas: { x: number; y: number; width: number; height: number };
  toScreen(p: Point): Point;
}

export async function geometry(page: Page): Promise<Geometry> {
  const map = await currentMap(page);
  const view = await viewport(page);
  const canvas = await page.getByTestId('board').boundingBox();
  if (!canvas) throw new Error('the board has no box');
  return {
    map,
    layout: layoutBoard(map),
    view,
    canvas,
    toScreen: (p) => ({ x: canvas.x + view.x + p.x * view.scale, y: canvas.y + view.y + p.y * view.scale }),
  };
}

/** Fails unless a screen point is on the canvas (a click elsewhere would land on a panel). */
export function onCanvas(g: Geometry, p: Point, what: string): Point {
  const inside = p.x >= g.canvas.x && p.x < g.canvas.x + g.canvas.width && p.y >= g.canvas.y && p.y < g.canvas.y + g.canvas.height;
  expect(inside, `${what} (${Math.round(p.x)}, ${Math.round(p.y)}) is on the canvas`).toBe(true);
  return p;
}

/** A note's rectangle on the board (board units). */
export function noteRect(g: Geometry, id: string): { x: number; y: number; width: number; height: number } {
  const where = g.layout.noteCells.get(id);
  const cell = where && g.layout.cells.get(where.cell);
  const placement = where && cell?.placements[where.index];
  if (!cell || !placement) throw new Error(`note ${id} is not on the board`);
  const { x, y } = notePosition(g.layout, cell, placement);
  return { x, y, width: placement.width, height: placement.height };
}

/** The screen box of a note's picture band. */
export function pictureBandOnScreen(g: Geometry, noteId: string): { x: number; y: number; width: number; height: number } {
  const where = g.layout.noteCells.get(noteId)!;
  const cell = g.layout.cells.get(where.cell)!;
  const placement = cell.placements[where.index]!;
  if (!placement.picture) throw new Error(`note ${noteId} has no picture band`);
  const at = notePosition(g.layout, cell, placement);
  const a = g.toScreen({ x: at.x + placement.picture.x, y: at.y + placement.picture.y });
  return { x: a.x, y: a.y, width: placement.picture.width * g.view.scale, height: placement.picture.height * g.view.scale };
}

/** The screen point at the middle of a note (or at fractions fx, fy of its box). */
export function notePoint(g: Geometry, id: string, fx = 0.5, fy = 0.5): Point {
  const r = noteRect(g, id);
  return onCanvas(g, g.toScreen({ x: r.x + r.width * fx, y: r.y + r.height * fy }), `note ${id}`);
}

/** A screen point in a cell where no note is: below its notes, in the middle across. */
export function emptyCellPoint(g: Geometry, lane: string, stage: string): Point {
  const row = g.layout.rowOf.get(lane);
  const column = g.layout.columnOf.get(stage);
  if (!row || !column) throw new Error(`no cell ${lane} × ${stage}`);
  const content = g.layout.cells.get(cellKey(lane, stage))?.contentHeight ?? 0;
  const top = row.y + row.bandHeight + content;
  const bottom = row.y + row.height;
  expect(bottom - top, 'room below the notes of the cell').toBeGreaterThan(8);
  return onCanvas(g, g.toScreen({ x: column.x + column.width / 2, y: (top + bottom) / 2 }), `cell ${lane} × ${stage}`);
}

/** The notes of one cell in board order. */
export function notesOfCell(map: JourneyMap, lane: string, stage: string): string[] {
  return map.notes.filter((n) => n.lane === lane && n.stage === stage).map((n) => n.id);
}

/** A note's cell. */
export function cellOf(map: JourneyMap, id: string): { lane: string; stage: string } {
  const note = map.notes.find((n) => n.id === id);
  if (!note) throw new Error(`no note ${id}`);
  return { lane: note.lane, stage: note.stage };
}

/** Drags with the mouse from one screen point to another in steps, as a hand would. */
export async function drag(page: Page, from: Point, to: Point, steps = 12): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 8, from.y + 8, { steps: 2 });
  await page.mouse.move(to.x, to.y, { steps });
  await settle(page);
  await page.mouse.up();
  await settle(page);
}

/** `text` without its updatedAt line: two saves of one map differ only there. */
export function withoutUpdatedAt(text: string): string {
  return text.replace(/^ {2}"updatedAt": "[^"]*",\n/m, '');
}

/** Presses a key (or chord) and waits for the board to draw what it did. */
export async function press(page: Page, keys: string): Promise<void> {
  await page.keyboard.press(keys);
  await settle(page);
}

/** Runs an action from the command palette (Ctrl+K), by (part of) its name in the interface language. */
export async function runAction(page: Page, name: string): Promise<void> {
  await press(page, 'Control+k');
  await page.getByTestId('palette-input').fill(name);
  await press(page, 'Enter');
}

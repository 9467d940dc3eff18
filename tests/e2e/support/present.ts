// What present mode shows, read through the page's test hooks, and a wait
// for its camera to come to rest (the tour glides between stages).
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { PresentState } from '../../../renderer/presenting/presentProbe';
import { notePosition, type BoardLayout } from '../../../shared/layout/layout';
import { settle } from './board';

export type { PresentState };

export function presentState(page: Page): Promise<PresentState | null> {
  return page.evaluate(() => (globalThis as unknown as { __jejak: { present(): PresentState | null } }).__jejak.present());
}

/** Waits until the presentation's camera has stopped moving, and returns what is shown. */
export async function restedPresentation(page: Page): Promise<PresentState> {
  let last = '';
  await expect
    .poll(
      async () => {
        const now = JSON.stringify((await presentState(page))?.camera);
        const same = now === last;
        last = now;
        return same;
      },
      { interval: 150 },
    )
    .toBe(true);
  await settle(page);
  const state = await presentState(page);
  if (!state) throw new Error('present mode is not open');
  return state;
}

/** A screen box. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The part of `a` inside `b`, or null. */
export function clip(a: Box, b: Box): Box | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}

/** Where the presentation draws the map: its board's canvas box on the page. */
export async function presentCanvas(page: Page): Promise<Box> {
  const box = await page.locator('[data-testid="present"] [data-testid="board"]').boundingBox();
  if (!box) throw new Error('the presentation shows no board');
  return box;
}

/** Every note's rectangle as drawn on screen (the part inside the canvas), from the layout and the camera. */
export function notesOnScreen(layout: BoardLayout, camera: PresentState['camera'], canvas: Box): { id: string; box: Box }[] {
  const shown: { id: string; box: Box }[] = [];
  for (const cell of layout.cells.values()) {
    for (const placement of cell.placements) {
      const at = notePosition(layout, cell, placement);
      const box = { x: canvas.x + camera.x + at.x * camera.scale, y: canvas.y + camera.y + at.y * camera.scale, width: placement.width * camera.scale, height: placement.height * camera.scale };
      const drawn = clip(box, canvas);
      if (drawn) shown.push({ id: placement.note.id, box: drawn });
    }
  }
  return shown;
}

/** A lane's row on screen (unclipped), from the layout and the camera. */
export function laneOnScreen(layout: BoardLayout, laneId: string, camera: PresentState['camera'], canvas: Box): Box {
  const row = layout.rowOf.get(laneId);
  if (!row) throw new Error(`no lane ${laneId}`);
  return { x: canvas.x, y: canvas.y + camera.y + row.y * camera.scale, width: canvas.width, height: row.height * camera.scale };
}

/** The screen boxes of present mode's own chrome that are showing now. */
export async function chromeBoxes(page: Page): Promise<{ name: string; box: Box }[]> {
  const names = ['present-footer', 'present-stage', 'present-hints', 'present-status', 'present-more', 'timer-display', 'present-leave'];
  const boxes: { name: string; box: Box }[] = [];
  for (const name of names) {
    for (const element of await page.locator(`[data-testid="present"] [data-testid="${name}"]`).all()) {
      const box = await element.boundingBox();
      if (box && box.width > 0 && box.height > 0) boxes.push({ name, box });
    }
  }
  return boxes;
}

// The map drawn on a page: the whole scene in the board's paint order, or
// (on a tile) only the items that reach into the tile's part of the map,
// clipped to the printed area and scaled from board px to points.
import { drawnBounds, flatSceneItems, type PreparedExport } from '../../../shared/export/sceneForExport';
import type { Box } from '../../../shared/export/tiles';
import type { SceneItem } from '../../../shared/layout/sceneTypes';
import { drawItem } from './drawScene';
import type { PdfContext } from './pdfDocument';
import type { Progress } from './progress';

export interface FlatScene {
  width: number;
  height: number;
  items: SceneItem[];
  /** x0, y0, x1, y1 of each item, for culling. */
  bounds: Float64Array;
}

export function flatScene(prepared: PreparedExport): FlatScene {
  const items = flatSceneItems(prepared.scene);
  const bounds = new Float64Array(items.length * 4);
  items.forEach((item, i) => {
    // A note's lines reach as far as they measure: every tile to the right of a note would otherwise draw them again.
    const b = drawnBounds(item);
    bounds[4 * i] = b.x;
    bounds[4 * i + 1] = b.y;
    bounds[4 * i + 2] = b.x + b.width;
    bounds[4 * i + 3] = b.y + b.height;
  });
  return { width: prepared.scene.width, height: prepared.scene.height, items, bounds };
}

/** The indices of the items that reach into `region` (board px), in paint order. */
export function itemsIn(scene: FlatScene, region: Box): number[] {
  const x1 = region.x + region.width;
  const y1 = region.y + region.height;
  const b = scene.bounds;
  const found: number[] = [];
  for (let i = 0; i < scene.items.length; i++) {
    if (b[4 * i]! < x1 && b[4 * i + 2]! > region.x && b[4 * i + 1]! < y1 && b[4 * i + 3]! > region.y) found.push(i);
  }
  return found;
}

const BATCH = 256;

/**
 * Draws the items (all, or the given indices) with board point (region.x,
 * region.y) at page point (area.x, area.y), `scale` points per board px,
 * clipped to `area`.
 */
export async function drawRegion(
  ctx: PdfContext,
  scene: FlatScene,
  indices: readonly number[] | null,
  region: { x: number; y: number },
  area: Box,
  scale: number,
  progress: Progress,
): Promise<void> {
  const { doc } = ctx;
  doc.save();
  doc.rect(area.x, area.y, area.width, area.height).clip();
  doc.transform(scale, 0, 0, scale, area.x - region.x * scale, area.y - region.y * scale);
  const count = indices ? indices.length : scene.items.length;
  for (let n = 0; n < count; n++) {
    drawItem(ctx, scene.items[indices ? indices[n]! : n]!);
    if ((n + 1) % BATCH === 0) await progress.advance(BATCH);
  }
  await progress.advance(count % BATCH);
  doc.restore();
}

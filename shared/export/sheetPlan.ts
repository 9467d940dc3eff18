// Which sheets of a tiled PDF are printed: every page of the grid except
// those with nothing drawn on them, decided by the scene's items (notes,
// headers, curves, blueprint lines, the persona strip), never by pixels.
// Lane bands and grid lines do not count: a page of empty cells is paper
// wasted. The export dialog counts sheets with this very function, so the
// number it shows is the number the PDF has.
import type { Scene } from '../layout/sceneTypes';
import { notePrimitives } from '../layout/notePrimitives';
import type { Orientation, PageFit, PaperSize } from './options';
import { drawnBounds } from './sceneForExport';
import { tileGrid, type Box, type Tile, type TileGrid } from './tiles';

export interface SheetPlan {
  grid: TileGrid;
  /** The pages to print, row by row. */
  printed: Tile[];
  /** Places in the grid left blank: nothing is drawn on them. */
  leftOut: Tile[];
}

/** `drawn`: the scene's drawnBoxes, when the caller keeps them across choices (the dialog, as the fit is typed). */
export function planSheets(scene: Scene, paper: PaperSize, orientation: Orientation, fitTo: PageFit | null, drawn: readonly Box[] = drawnBoxes(scene)): SheetPlan {
  const grid = tileGrid(scene, paper, orientation, fitTo);
  const shown = new Set<number>();
  for (const box of drawn) for (const index of tilesShowing(grid, box)) shown.add(index);
  const printed: Tile[] = [];
  const leftOut: Tile[] = [];
  grid.tiles.forEach((tile, i) => (shown.has(i) ? printed : leftOut).push(tile));
  return { grid, printed, leftOut };
}

/** What is drawn on the map, as boxes in board px: everything but the lane bands and grid lines. */
export function drawnBoxes(scene: Scene): Box[] {
  const items = [...scene.notes.flatMap((note) => notePrimitives(note)), ...scene.overlay, ...scene.personaStrip, ...scene.stageHeaders, ...scene.laneHeaders, ...scene.corner];
  return items.map(drawnBounds);
}

/**
 * The tiles (indices into grid.tiles) whose own part of the map `box`
 * reaches into. A tile's own part leaves out the strips it repeats of its
 * left and upper neighbours: what lies only there is printed on them.
 */
function tilesShowing(grid: TileGrid, box: Box): number[] {
  const overlap = grid.overlap / grid.scale;
  const stepX = (grid.area.width - grid.overlap) / grid.scale;
  const stepY = (grid.area.height - grid.overlap) / grid.scale;
  // Tile n's own part runs from n·step + overlap (0 for the first) to (n + 1)·step + overlap.
  const first = (start: number, step: number) => Math.max(0, Math.floor((start - overlap) / step));
  const last = (end: number, step: number, count: number) => Math.min(count - 1, Math.ceil((end - overlap) / step) - 1);
  if (box.width <= 0 || box.height <= 0 || box.x + box.width <= 0 || box.y + box.height <= 0) return [];
  const columns = [first(box.x, stepX), Math.max(0, last(box.x + box.width, stepX, grid.columns))];
  const rows = [first(box.y, stepY), Math.max(0, last(box.y + box.height, stepY, grid.rows))];
  const found: number[] = [];
  for (let row = rows[0]!; row <= rows[1]!; row++) {
    for (let column = columns[0]!; column <= columns[1]!; column++) found.push(row * grid.columns + column);
  }
  return found;
}

// The page grid of a tiled PDF: the map printed at its real size (or scaled
// to span so many sheets), cut into paper-sized pages that overlap a little
// so they can be glued into one wall. Pure arithmetic, so the export dialog
// can preview the grid (how many pages, where the cuts fall) with the very
// numbers the PDF uses.
import { PAPER_POINTS, type Orientation, type PageFit, type PaperSize } from './options';

/**
 * PDF points per board pixel when a map is printed "at 100%": the board is
 * laid out in CSS pixels (96 to the inch) and PDF counts 72 points to the
 * inch, so a note 196 px wide prints 147 pt (5.2 cm) wide and its 15 px text
 * at 11.25 pt, a comfortable reading size on a wall.
 */
export const POINTS_PER_BOARD_PX = 0.75;

/** The largest page Acrobat and most readers accept: 200 inches a side (PDF 1.7, Annex C). */
export const MAX_PAGE_POINTS = 14_400;

/** How much neighbouring tiles repeat of each other, to glue them: 10 mm. */
export const TILE_OVERLAP_POINTS = (10 / 25.4) * 72;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Room around the printed part of a tile page, in points: header, cut marks, legend. */
export interface TileMargins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Top: two header lines and the cut marks below them; sides: cut marks and the neighbours' labels; bottom: cut marks and a legend. */
export const DEFAULT_TILE_MARGINS: TileMargins = { top: 64, right: 34, bottom: 64, left: 34 };

export interface Tile {
  /** 0-based, top to bottom. */
  row: number;
  /** 0-based, left to right. */
  column: number;
  /** "A1" is the top-left page; letters count rows down, numbers count columns across. */
  label: string;
  /** The part of the map this page prints, in board px (it may reach past the map's right or bottom edge). */
  region: Box;
}

export interface TileGrid {
  /** The page, in points. */
  page: { width: number; height: number };
  /** Where the map is printed on every page, in points. */
  area: Box;
  /** Points per board px. */
  scale: number;
  /** The overlap with each neighbour, in points. */
  overlap: number;
  rows: number;
  columns: number;
  /** Row by row, A1, A2, … B1, … */
  tiles: Tile[];
}

/** A paper size turned as asked, in points. */
export function paperPoints(paper: PaperSize, orientation: Orientation): { width: number; height: number } {
  const { width, height } = PAPER_POINTS[paper];
  return orientation === 'landscape' ? { width: height, height: width } : { width, height };
}

/** A, B, … Z, AA, AB, … as spreadsheets name columns, so a grid of any height has labels. */
export function rowLetters(row: number): string {
  let n = Math.floor(row);
  let letters = '';
  do {
    letters = String.fromCharCode(65 + (n % 26)) + letters;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return letters;
}

export function tileLabel(row: number, column: number): string {
  return `${rowLetters(row)}${column + 1}`;
}

/** Rounding slack, in points: a map scaled to span exactly n pages must not spill onto an n+1th. */
const SLACK = 1e-6;

/** How many pages of `printable` (each overlapping the last by `overlap`) cover `length`. */
function pagesAcross(length: number, printable: number, overlap: number): number {
  if (length <= printable + SLACK) return 1;
  return Math.ceil((length - overlap - SLACK) / (printable - overlap));
}

/** The length n pages cover when each overlaps the last. */
function spanOf(pages: number, printable: number, overlap: number): number {
  return pages * printable - (pages - 1) * overlap;
}

/**
 * Points per board px: full size, or the scale at which the map spans
 * exactly the sheets asked for (larger or smaller than full size); asked
 * both ways, the tighter, so the map fits both.
 */
export function tileScale(map: { width: number; height: number }, area: Box, fitTo: PageFit | null): number {
  if (!fitTo) return POINTS_PER_BOARD_PX;
  const scales: number[] = [];
  if (fitTo.pagesWide !== null && map.width > 0) scales.push(spanOf(fitTo.pagesWide, area.width, TILE_OVERLAP_POINTS) / map.width);
  if (fitTo.pagesTall !== null && map.height > 0) scales.push(spanOf(fitTo.pagesTall, area.height, TILE_OVERLAP_POINTS) / map.height);
  return scales.length > 0 ? Math.min(...scales) : POINTS_PER_BOARD_PX;
}

/** The scale a grid prints at, in whole percent of full size, as the dialog and the assembly guide say it. */
export function scalePercent(grid: TileGrid): number {
  return Math.round((100 * grid.scale) / POINTS_PER_BOARD_PX);
}

/**
 * The tiles that print a map of `map` board px on `paper`: every page shows
 * the same printable area at the same scale (full size unless `fitTo` asks
 * for so many sheets), and each tile repeats the last TILE_OVERLAP_POINTS of
 * its left and upper neighbours.
 */
export function tileGrid(
  map: { width: number; height: number },
  paper: PaperSize,
  orientation: Orientation,
  fitTo: PageFit | null = null,
  margins: TileMargins = DEFAULT_TILE_MARGINS,
): TileGrid {
  const page = paperPoints(paper, orientation);
  const area: Box = { x: margins.left, y: margins.top, width: page.width - margins.left - margins.right, height: page.height - margins.top - margins.bottom };
  const scale = tileScale(map, area, fitTo);
  const overlap = TILE_OVERLAP_POINTS;
  const columns = pagesAcross(map.width * scale, area.width, overlap);
  const rows = pagesAcross(map.height * scale, area.height, overlap);
  const stepX = (area.width - overlap) / scale;
  const stepY = (area.height - overlap) / scale;
  const tiles: Tile[] = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      tiles.push({ row, column, label: tileLabel(row, column), region: { x: column * stepX, y: row * stepY, width: area.width / scale, height: area.height / scale } });
    }
  }
  return { page, area, scale, overlap, rows, columns, tiles };
}

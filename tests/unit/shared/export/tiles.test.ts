// The tile grid's arithmetic: labels, pages across and down, the overlap
// each page repeats of its neighbours, and a grid that covers the map.
import { describe, expect, it } from 'vitest';
import { DEFAULT_TILE_MARGINS, paperPoints, POINTS_PER_BOARD_PX, rowLetters, tileGrid, tileLabel, TILE_OVERLAP_POINTS } from '../../../../shared/export/tiles';

describe('labels', () => {
  it('names rows A … Z, then AA, AB … as spreadsheets do, and columns from 1', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(rowLetters)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
    expect(tileLabel(0, 0)).toBe('A1');
    expect(tileLabel(1, 11)).toBe('B12');
  });
});

describe('grid', () => {
  it('turns paper for landscape', () => {
    expect(paperPoints('a4', 'landscape')).toEqual({ width: 841.89, height: 595.28 });
    expect(paperPoints('letter', 'portrait')).toEqual({ width: 612, height: 792 });
  });

  it('needs one page for a map smaller than the printable area', () => {
    const grid = tileGrid({ width: 300, height: 200 }, 'a4', 'landscape');
    expect([grid.rows, grid.columns]).toEqual([1, 1]);
    expect(grid.tiles.map((t) => t.label)).toEqual(['A1']);
  });

  it('covers the whole map, each page repeating 10 mm of its left and upper neighbours', () => {
    const map = { width: 3000, height: 2500 };
    for (const [paper, orientation] of [['a4', 'landscape'], ['a3', 'portrait'], ['letter', 'portrait']] as const) {
      const grid = tileGrid(map, paper, orientation);
      const page = paperPoints(paper, orientation);
      expect(grid.page).toEqual(page);
      expect(grid.area).toEqual({
        x: DEFAULT_TILE_MARGINS.left,
        y: DEFAULT_TILE_MARGINS.top,
        width: page.width - DEFAULT_TILE_MARGINS.left - DEFAULT_TILE_MARGINS.right,
        height: page.height - DEFAULT_TILE_MARGINS.top - DEFAULT_TILE_MARGINS.bottom,
      });
      expect(grid.tiles).toHaveLength(grid.rows * grid.columns);
      const overlapPx = TILE_OVERLAP_POINTS / POINTS_PER_BOARD_PX;
      for (const tile of grid.tiles) {
        expect(tile.region.width * POINTS_PER_BOARD_PX).toBeCloseTo(grid.area.width, 9);
        const right = grid.tiles.find((t) => t.row === tile.row && t.column === tile.column + 1);
        if (right) expect(tile.region.x + tile.region.width - right.region.x).toBeCloseTo(overlapPx, 9);
        const below = grid.tiles.find((t) => t.row === tile.row + 1 && t.column === tile.column);
        if (below) expect(tile.region.y + tile.region.height - below.region.y).toBeCloseTo(overlapPx, 9);
      }
      const last = grid.tiles[grid.tiles.length - 1]!;
      expect(last.region.x + last.region.width).toBeGreaterThanOrEqual(map.width);
      expect(last.region.y + last.region.height).toBeGreaterThanOrEqual(map.height);
      // No page too many: without the last column or row the map would not be covered.
      expect(last.region.x).toBeLessThan(map.width);
      expect(last.region.y).toBeLessThan(map.height);
      expect(last.label).toBe(tileLabel(grid.rows - 1, grid.columns - 1));
    }
  });

  it('takes other margins (a taller legend) into account', () => {
    const plain = tileGrid({ width: 3000, height: 8000 }, 'a4', 'portrait');
    const tall = tileGrid({ width: 3000, height: 8000 }, 'a4', 'portrait', null, { ...DEFAULT_TILE_MARGINS, bottom: 200 });
    expect(tall.area.height).toBe(plain.area.height - (200 - DEFAULT_TILE_MARGINS.bottom));
    expect(tall.rows).toBeGreaterThan(plain.rows);
  });
});

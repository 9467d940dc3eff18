// How many sheets a tiled print takes: the map fitted to so many pages wide
// or tall (the tighter wins), and the pages with nothing drawn on them left
// out, judged by the scene's items. The five-stage map is issue 13's: on A3
// at full size it took four sheets, two of them mostly blank.
import { describe, expect, it } from 'vitest';
import { exportChoices } from '../../../../shared/export/exportChoices';
import { FIT_PAGES, pageFitProblem, type PageFit } from '../../../../shared/export/options';
import { prepareExport } from '../../../../shared/export/sceneForExport';
import { drawnBoxes, planSheets } from '../../../../shared/export/sheetPlan';
import { POINTS_PER_BOARD_PX, tileGrid, TILE_OVERLAP_POINTS } from '../../../../shared/export/tiles';
import { BadArgument } from '../../../../shared/host/argumentChecks';
import { createMap } from '../../../../shared/templates';
import { bigMap } from '../../../support/bigMap';
import { fiveStageMap } from '../../../support/fiveStageMap';

const scene = prepareExport(fiveStageMap(), false).scene;
const fit = (pagesWide: number | null, pagesTall: number | null): PageFit => ({ pagesWide, pagesTall });
const labels = (tiles: readonly { label: string }[]) => tiles.map((t) => t.label);

describe('the five-stage map on A3 landscape', () => {
  it('at full size spans two sheets across and two down, and the lower right one, with nothing on it, is left out', () => {
    const plan = planSheets(scene, 'a3', 'landscape', null);
    expect(plan.grid.scale).toBe(POINTS_PER_BOARD_PX);
    expect([plan.grid.columns, plan.grid.rows]).toEqual([2, 2]);
    expect(labels(plan.printed)).toEqual(['A1', 'A2', 'B1']);
    expect(labels(plan.leftOut)).toEqual(['B2']);
  });

  it('fitted to one sheet tall takes two sheets, shrunk so its height fills the printable area', () => {
    const plan = planSheets(scene, 'a3', 'landscape', fit(null, 1));
    expect([plan.grid.columns, plan.grid.rows]).toEqual([2, 1]);
    expect(labels(plan.printed)).toEqual(['A1', 'A2']);
    expect(plan.leftOut).toEqual([]);
    expect(scene.height * plan.grid.scale).toBeCloseTo(plan.grid.area.height, 6);
    expect(plan.grid.scale).toBeLessThan(POINTS_PER_BOARD_PX);
  });

  it('fitted to two sheets wide is enlarged until its width spans both, overlap included', () => {
    const plan = planSheets(scene, 'a3', 'landscape', fit(2, null));
    expect(plan.grid.columns).toBe(2);
    expect(scene.width * plan.grid.scale).toBeCloseTo(2 * plan.grid.area.width - TILE_OVERLAP_POINTS, 6);
    expect(plan.grid.scale).toBeGreaterThan(POINTS_PER_BOARD_PX);
    expect(plan.printed.length + plan.leftOut.length).toBe(plan.grid.columns * plan.grid.rows);
  });

  it('given both counts, takes the tighter, and the map stays within both', () => {
    const both = planSheets(scene, 'a3', 'landscape', fit(2, 1));
    expect(both.grid.scale).toBe(Math.min(planSheets(scene, 'a3', 'landscape', fit(2, null)).grid.scale, planSheets(scene, 'a3', 'landscape', fit(null, 1)).grid.scale));
    expect([both.grid.columns, both.grid.rows]).toEqual([2, 1]);
    for (const [wide, tall] of [[1, 1], [3, 1], [1, 4], [4, 3], [7, 2]] as const) {
      const grid = tileGrid(scene, 'a4', 'portrait', fit(wide, tall));
      expect(grid.columns).toBeLessThanOrEqual(wide);
      expect(grid.rows).toBeLessThanOrEqual(tall);
      expect(grid.columns === wide || grid.rows === tall).toBe(true);
    }
  });
});

describe('pages left out', () => {
  it('never leaves out a page of the top row or the first column: stage and lane headers run along them', () => {
    const empty = prepareExport(createMap({ type: 'service-blueprint', locale: 'id', now: '2026-11-23T09:00:00Z', id: 'm1' }), false).scene;
    const plan = planSheets(empty, 'a4', 'portrait', null);
    expect(plan.grid.rows).toBeGreaterThan(1);
    for (const tile of plan.leftOut) expect(tile.row > 0 && tile.column > 0).toBe(true);
    expect(plan.printed.filter((t) => t.row === 0)).toHaveLength(plan.grid.columns);
    expect(plan.printed.filter((t) => t.column === 0)).toHaveLength(plan.grid.rows);
  });

  it('prints a page as soon as a note reaches into its own part, not into the strip it repeats of a neighbour', () => {
    const map = fiveStageMap();
    const grid = planSheets(scene, 'a3', 'landscape', null).grid;
    const b2 = grid.tiles.find((t) => t.label === 'B2')!;
    // A note for the metrics lane under Advocacy: it lands in B2's own part.
    const filled = prepareExport({ ...map, notes: [...map.notes, { id: 'nt-late', stage: 'st-advocacy', lane: 'ln-metrics', text: 'Referrals per month' }] }, false).scene;
    const plan = planSheets(filled, 'a3', 'landscape', null);
    expect(plan.grid.tiles.find((t) => t.label === 'B2')!.region).toEqual(b2.region);
    expect(plan.leftOut).toEqual([]);
  });

  it('agrees with asking every page about every drawn box, on sparse maps of many sizes', () => {
    let leftOut = 0;
    for (const [notes, stages] of [[12, 9], [40, 3], [200, 14]] as const) {
      const sparse = prepareExport(bigMap({ notes, stages, seed: notes }), false).scene;
      const boxes = drawnBoxes(sparse);
      for (const fitTo of [null, fit(3, null), fit(null, 5)]) {
        const plan = planSheets(sparse, 'a4', 'portrait', fitTo);
        const { grid } = plan;
        const overlap = grid.overlap / grid.scale;
        const shows = (tile: (typeof grid.tiles)[number]) => {
          const x0 = tile.region.x + (tile.column > 0 ? overlap : 0);
          const y0 = tile.region.y + (tile.row > 0 ? overlap : 0);
          const x1 = tile.region.x + tile.region.width;
          const y1 = tile.region.y + tile.region.height;
          return boxes.some((b) => b.width > 0 && b.height > 0 && b.x < x1 && b.x + b.width > x0 && b.y < y1 && b.y + b.height > y0);
        };
        expect(labels(plan.printed)).toEqual(labels(grid.tiles.filter(shows)));
        leftOut += plan.leftOut.length;
      }
    }
    expect(leftOut).toBeGreaterThan(0);
  });

  it('counts the same pages as the grid for a full map, with nothing left out', () => {
    const full = prepareExport(createMap({ type: 'current-state', locale: 'en', now: '2026-11-23T09:00:00Z', id: 'm2' }), false).scene;
    for (const paper of ['a4', 'a3', 'letter'] as const) {
      const plan = planSheets(full, paper, 'landscape', null);
      expect(plan.printed.length + plan.leftOut.length).toBe(plan.grid.tiles.length);
      // One row of pages: stage headers on every one.
      if (plan.grid.rows === 1) expect(plan.leftOut).toEqual([]);
    }
  });
});

describe('what a fit may ask', () => {
  it('takes whole numbers from 1 to 20, one or both', () => {
    expect(pageFitProblem(fit(2, null))).toBeNull();
    expect(pageFitProblem(fit(null, FIT_PAGES.max))).toBeNull();
    expect(pageFitProblem(fit(null, null))).toBe('noCount');
    for (const bad of [0, -1, 1.5, 21, Number.NaN]) {
      expect(pageFitProblem(fit(bad, 1))).toBe('pagesWide');
      expect(pageFitProblem(fit(1, bad))).toBe('pagesTall');
    }
  });

  it('a Host call carrying a fit is checked the same way; one sent without a fit prints at full size', () => {
    const choices = { format: 'pdf', page: 'a3', paper: 'a4', orientation: 'landscape', scale: 2, background: 'white', handout: false, includeHidden: false, language: 'en' };
    expect(exportChoices(choices, 'choices').fitTo).toBeNull();
    expect(exportChoices({ ...choices, fitTo: { pagesWide: 2, pagesTall: null } }, 'choices').fitTo).toEqual(fit(2, null));
    expect(() => exportChoices({ ...choices, fitTo: { pagesWide: 0, pagesTall: null } }, 'choices')).toThrow(BadArgument);
    expect(() => exportChoices({ ...choices, fitTo: { pagesWide: '2' } }, 'choices')).toThrow(/choices.fitTo.pagesWide/);
    expect(() => exportChoices({ ...choices, fitTo: {} }, 'choices')).toThrow(/pagesWide, pagesTall or both/);
  });

  it('Leave authors out: false when a caller from before authors leaves it out, and only true or false', () => {
    const choices = { format: 'csv', page: 'poster', paper: 'a4', orientation: 'landscape', scale: 2, background: 'white', handout: false, includeHidden: false, language: 'en' };
    expect(exportChoices(choices, 'choices').leaveAuthorsOut).toBe(false);
    expect(exportChoices({ ...choices, leaveAuthorsOut: true }, 'choices').leaveAuthorsOut).toBe(true);
    expect(() => exportChoices({ ...choices, leaveAuthorsOut: 'yes' }, 'choices')).toThrow(/"choices.leaveAuthorsOut" must be true or false/);
  });
});

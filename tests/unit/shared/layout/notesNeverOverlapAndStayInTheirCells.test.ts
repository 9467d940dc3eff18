// docs/architecture.md, "One scene, many outputs": cells grow to fit their notes, and
// notes never overlap. Checked on the shipped samples and on random maps:
// every pair of note rectangles is disjoint, every note lies in its cell
// (its stage's column, its lane's row below the row's band), rows stack in
// lane order and columns in stage order with no gaps, hidden lanes take no
// room, and the board's size covers everything.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../../../shared/format';
import { curveLegendHeight } from '../../../../shared/layout/curveLegend';
import { GEOMETRY, STAGE_WIDTH } from '../../../../shared/layout/geometry';
import { cellKey, layoutBoard, type BoardLayout } from '../../../../shared/layout/layout';
import { propertyOptions } from '../../../support/arbitraries';
import { anyMapArb, buildMap, loadSample, noteRects, SAMPLES, visibleNotes, type Rect } from './layoutMaps';

const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The first pair of overlapping rectangles, by a sweep over x. */
function firstOverlap(rects: readonly Rect[]): [Rect, Rect] | undefined {
  const byX = [...rects].sort((a, b) => a.x - b.x);
  for (let i = 0; i < byX.length; i++) {
    for (let j = i + 1; j < byX.length && byX[j]!.x < byX[i]!.x + byX[i]!.width; j++) {
      if (overlap(byX[i]!, byX[j]!)) return [byX[i]!, byX[j]!];
    }
  }
  return undefined;
}

function checkLayout(map: JourneyMap, layout: BoardLayout): void {
  const visibleLanes = map.lanes.filter((l) => !l.hidden);
  const top = (map.personas.length > 0 ? GEOMETRY.personaStripHeight : 0) + GEOMETRY.stageHeaderHeight;
  expect(layout.top).toBe(top);

  // Columns: one per stage, in stage order, side by side from the lane titles.
  expect(layout.columns.map((c) => c.stage.id)).toEqual(map.stages.map((s) => s.id));
  let x = GEOMETRY.laneHeaderWidth;
  layout.columns.forEach((column, i) => {
    expect(column.index).toBe(i);
    expect(column.x).toBe(x);
    expect(column.width).toBe(STAGE_WIDTH);
    x += column.width;
  });
  expect(layout.width).toBeGreaterThanOrEqual(x);

  // Rows: one per visible lane, in lane order, stacked with no gap or overlap.
  expect(layout.rows.map((r) => r.lane.id)).toEqual(visibleLanes.map((l) => l.id));
  let y = top;
  // An emotions lane has its curve band; the first of two or more also has the legend of the overlaid curves on top.
  const emotionRows = layout.rows.filter((r) => r.lane.kind === 'emotions');
  const legend = emotionRows.length >= 2 ? curveLegendHeight(emotionRows.length, layout.width) : 0;
  layout.rows.forEach((row, i) => {
    expect(row.index).toBe(i);
    expect(row.y).toBe(y);
    expect(row.bandHeight).toBe(row.lane.kind === 'emotions' ? GEOMETRY.curveBandHeight + (row === emotionRows[0] ? legend : 0) : 0);
    expect(row.height).toBeGreaterThanOrEqual(row.bandHeight + GEOMETRY.minCellHeight);
    y += row.height;
  });
  expect(layout.height).toBeGreaterThanOrEqual(y);

  // Every note of a visible lane is placed once, in its own cell, in map order;
  // the notes of hidden lanes are nowhere.
  const shown = visibleNotes(map);
  const placed = noteRects(layout);
  expect(placed.map((r) => r.id).sort()).toEqual(shown.map((n) => n.id).sort());
  expect([...layout.noteCells.keys()].sort()).toEqual(shown.map((n) => n.id).sort());
  for (const [key, cell] of layout.cells) {
    expect(key).toBe(cellKey(cell.lane, cell.stage));
    const expected = map.notes.filter((n) => n.lane === cell.lane && n.stage === cell.stage);
    expect(cell.notes).toEqual(expected);
    cell.notes.forEach((n, i) => expect(cell.notes[i]).toBe(n));
    expect(cell.placements.map((p) => p.note)).toEqual(expected);
  }

  // Every note inside its cell; every cell's content inside its row.
  for (const cell of layout.cells.values()) {
    const column = layout.columnOf.get(cell.stage)!;
    const row = layout.rowOf.get(cell.lane)!;
    const contentTop = row.y + row.bandHeight;
    expect(row.height, `row ${row.lane.id} fits cell ${cell.stage}`).toBeGreaterThanOrEqual(cell.contentHeight + row.bandHeight);
    for (const p of cell.placements) {
      const abs = { x: column.x + p.x, y: contentTop + p.y };
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(abs.x).toBeGreaterThanOrEqual(column.x);
      expect(abs.x + p.width).toBeLessThanOrEqual(column.x + column.width);
      expect(abs.y).toBeGreaterThanOrEqual(contentTop);
      expect(abs.y + p.height).toBeLessThanOrEqual(row.y + row.height);
      // The cell's content height counts the note and the padding below it.
      expect(cell.contentHeight).toBeGreaterThanOrEqual(p.y + p.height + GEOMETRY.cellPadding);
    }
  }

  // No two notes overlap anywhere on the board, and the board covers them all.
  const clash = firstOverlap(placed);
  expect(clash, clash ? `${clash[0].id} overlaps ${clash[1].id}` : '').toBeUndefined();
  for (const r of placed) {
    expect(r.x + r.width).toBeLessThanOrEqual(layout.width);
    expect(r.y + r.height).toBeLessThanOrEqual(layout.height);
  }
}

describe.each(SAMPLES)('the sample %s', (file) => {
  const map = loadSample(file);
  const layout = layoutBoard(map);

  it('places every note in its cell with no overlaps', () => {
    expect(layout.cells.size).toBeGreaterThan(0);
    checkLayout(map, layout);
  });

  it('takes no row for a hidden lane and no place for its notes', () => {
    const lane = map.lanes.find((l) => map.notes.some((n) => n.lane === l.id))!;
    const hidden: JourneyMap = { ...map, lanes: map.lanes.map((l) => (l === lane ? { ...l, hidden: true } : l)) };
    const after = layoutBoard(hidden);
    checkLayout(hidden, after);
    const row = layout.rowOf.get(lane.id)!;
    expect(after.rowOf.has(lane.id)).toBe(false);
    expect(after.height).toBe(layout.height - row.height);
    for (const note of map.notes.filter((n) => n.lane === lane.id)) expect(after.noteCells.has(note.id)).toBe(false);
  });
});

describe('cells grow to fit', () => {
  it('gives a row exactly its band plus its tallest cell, and an empty row room to drop a note', () => {
    const long = 'pelanggan menunggu konfirmasi pembayaran di lobi '.repeat(12);
    const map = buildMap(['actions', 'emotions', 'text'], 3, [
      { lane: 'l0', stage: 's1', text: long },
      { lane: 'l0', stage: 's2', text: 'pendek' },
      { lane: 'l1', stage: 's0', text: 'senang', emotion: 2 },
    ]);
    const layout = layoutBoard(map);
    checkLayout(map, layout);
    const [actions, emotions, empty] = layout.rows;
    expect(actions!.height).toBe(layout.cells.get(cellKey('l0', 's1'))!.contentHeight);
    expect(actions!.height).toBeGreaterThan(GEOMETRY.minCellHeight * 3);
    expect(emotions!.height).toBe(GEOMETRY.curveBandHeight + GEOMETRY.minCellHeight);
    expect(empty!.height).toBe(GEOMETRY.minCellHeight);
  });

  it('wraps a cell of many notes into rows of notes that still never overlap', () => {
    const notes = Array.from({ length: 9 }, (_, i) => ({ lane: 'l0', stage: 's0', text: 'kata '.repeat(i * 7), ...(i % 3 === 0 ? { metric: { name: 'NPS', value: i } } : {}) }));
    const map = buildMap(['metrics'], 1, notes);
    checkLayout(map, layoutBoard(map));
  });

  it('lays out a map whose every lane is hidden as headers only', () => {
    const map = buildMap([{ kind: 'actions', hidden: true }], 2, [{ lane: 'l0', stage: 's0', text: 'rahasia' }]);
    const layout = layoutBoard(map);
    checkLayout(map, layout);
    expect(layout.rows).toEqual([]);
    expect(layout.height).toBe(GEOMETRY.stageHeaderHeight);
  });
});

describe('any map', () => {
  it('places every visible note once, inside its cell, with no two notes overlapping', () => {
    fc.assert(
      fc.property(anyMapArb, (map) => checkLayout(map, layoutBoard(map))),
      propertyOptions(300),
    );
  });
});

// A wall of paper: the map at real size (or fitted to so many sheets) cut
// into pages (shared/export/tiles.ts does the arithmetic, sheetPlan.ts says
// which pages have anything on them), preceded by an overview page that
// shows how the pages fit together, which places are left blank, and how to
// assemble them. Every tile carries its label (A1, A2, … B1), cut marks at
// the corners of its printed area, ticks where its neighbours' overlap
// begins, its neighbours' labels in the margins, the title, the date and
// the legend.
import { planSheets, type SheetPlan } from '../../../shared/export/sheetPlan';
import { DEFAULT_TILE_MARGINS, rowLetters, scalePercent, tileLabel, type Box, type Tile, type TileGrid } from '../../../shared/export/tiles';
import type { PaperSize } from '../../../shared/export/options';
import { noteCard } from '../../../shared/layout/notePrimitives';
import type { SceneItem } from '../../../shared/layout/sceneTypes';
import { drawItem } from './drawScene';
import { drawLine } from './drawText';
import { drawHeader, INK, MUTED, type HeaderContent } from './furniture';
import { drawLegend, layoutLegend, type LegendLayout } from './legend';
import { drawRegion, itemsIn, type FlatScene } from './mapRegion';
import type { PageContext } from './pageContext';
import type { Progress } from './progress';

/** The legend's type size, largest first: it shrinks until it fits the bottom margin. */
const LEGEND_SIZES = [6.5, 6, 5.5, 5, 4.5];
/** Space under the printed area for its cut marks, before the legend. */
const MARKS_BAND = 22;
const PAGE_FOOT = 6;
const MARK = { offset: 5, length: 13, width: 0.5 };
const TILE_BLUE = '#2563EB';
const LEFT_OUT_GREY = '#9AA5B1';

export interface TilePlan {
  grid: TileGrid;
  sheets: SheetPlan;
  legend: LegendLayout;
  /** Per printed tile, the scene items it shows. */
  items: number[][];
}

/**
 * The sheets are planSheets' with the grid's default margins, so the export
 * dialog's preview counts exactly these pages; the legend is fitted into the
 * bottom margin rather than the margin grown to the legend.
 */
export function planTiles(page: PageContext, scene: FlatScene, paper: PaperSize): TilePlan {
  const { options, ctx, prepared } = page;
  const sheets = planSheets(prepared.scene, paper, options.orientation, options.fitTo);
  const { grid } = sheets;
  const room = DEFAULT_TILE_MARGINS.bottom - MARKS_BAND - PAGE_FOOT;
  let legend = layoutLegend(ctx, page.legend, grid.area.width, LEGEND_SIZES[0]!);
  for (const size of LEGEND_SIZES.slice(1)) {
    if (legend.height <= room) break;
    legend = layoutLegend(ctx, page.legend, grid.area.width, size);
  }
  return { grid, sheets, legend, items: sheets.printed.map((tile) => itemsIn(scene, tile.region)) };
}

export async function drawTiles(page: PageContext, scene: FlatScene, plan: TilePlan, progress: Progress): Promise<void> {
  const total = plan.sheets.printed.length + 1;
  drawOverview(page, scene, plan, total);
  await progress.advance(1);
  for (const [i, tile] of plan.sheets.printed.entries()) {
    await drawTile(page, scene, plan, tile, plan.items[i]!, i + 2, total, progress);
  }
}

/** Whether the grid has a printed page at this place: false past its edges and where a page was left out. */
function printedAt(plan: TilePlan, row: number, column: number): boolean {
  return plan.sheets.printed.some((tile) => tile.row === row && tile.column === column);
}

function furniture(page: PageContext, plan: TilePlan, content: HeaderContent): void {
  const { ctx } = page;
  const { area } = plan.grid;
  // The header ends short of the right cut mark, which rises at the area's right edge.
  drawHeader(ctx, content, area.x, 8, area.width - 10);
  drawLegend(ctx, plan.legend, area.x, area.y + area.height + MARKS_BAND);
}

async function drawTile(page: PageContext, scene: FlatScene, plan: TilePlan, tile: Tile, items: number[], n: number, total: number, progress: Progress): Promise<void> {
  const { ctx, words, prepared } = page;
  const { grid } = plan;
  const { area } = grid;
  ctx.doc.addPage({ size: [grid.page.width, grid.page.height], margin: 0 });
  furniture(page, plan, {
    title: prepared.map.title,
    lines: [page.exported],
    label: tile.label,
    labelLines: [`${words.tilePlace(rowLetters(tile.row), tile.column + 1)} · ${words.page(n, total)}`],
  });
  await drawRegion(ctx, scene, items, tile.region, area, grid.scale, progress);
  cutMarks(page, area);
  overlapTicks(page, plan, tile);
  neighbours(page, plan, tile);
}

/** Short lines just outside each corner of the printed area, along its edges: where to cut. */
function cutMarks(page: PageContext, area: Box): void {
  const { doc } = page.ctx;
  doc.save();
  doc.lineWidth(MARK.width).lineCap('butt').strokeColor('#000000');
  const xs = [area.x, area.x + area.width];
  const ys = [area.y, area.y + area.height];
  for (const x of xs) {
    for (const y of ys) {
      const sx = x === area.x ? -1 : 1;
      const sy = y === area.y ? -1 : 1;
      doc.moveTo(x + sx * MARK.offset, y).lineTo(x + sx * (MARK.offset + MARK.length), y).stroke();
      doc.moveTo(x, y + sy * MARK.offset).lineTo(x, y + sy * (MARK.offset + MARK.length)).stroke();
    }
  }
  doc.restore();
}

/** Ticks in the margins where the next page's cut edge will lie: the overlap to glue (none beside a place left blank). */
function overlapTicks(page: PageContext, plan: TilePlan, tile: Tile): void {
  const { doc } = page.ctx;
  const { area, overlap } = plan.grid;
  doc.save();
  doc.lineWidth(MARK.width).lineCap('butt').strokeColor(TILE_BLUE);
  if (printedAt(plan, tile.row, tile.column + 1)) {
    const x = area.x + area.width - overlap;
    doc.moveTo(x, area.y - MARK.offset).lineTo(x, area.y - MARK.offset - MARK.length).stroke();
    doc.moveTo(x, area.y + area.height + MARK.offset).lineTo(x, area.y + area.height + MARK.offset + MARK.length).stroke();
  }
  if (printedAt(plan, tile.row + 1, tile.column)) {
    const y = area.y + area.height - overlap;
    doc.moveTo(area.x - MARK.offset, y).lineTo(area.x - MARK.offset - MARK.length, y).stroke();
    doc.moveTo(area.x + area.width + MARK.offset, y).lineTo(area.x + area.width + MARK.offset + MARK.length, y).stroke();
  }
  doc.restore();
}

/** The labels of the printed pages that go left, right, above and below, in the margins beside the edges they share. */
function neighbours(page: PageContext, plan: TilePlan, tile: Tile): void {
  const { ctx } = page;
  const { area, page: size } = plan.grid;
  const font = { weight: 600 as const, size: 7 };
  const style = { font, color: MUTED };
  const midY = area.y + area.height / 2;
  const midX = area.x + area.width / 2;
  if (printedAt(plan, tile.row, tile.column - 1)) drawLine(ctx, `← ${tileLabel(tile.row, tile.column - 1)}`, 0, midY - 5, { ...style, align: 'center', width: area.x });
  if (printedAt(plan, tile.row, tile.column + 1)) {
    const right = area.x + area.width;
    drawLine(ctx, `${tileLabel(tile.row, tile.column + 1)} →`, right, midY - 5, { ...style, align: 'center', width: size.width - right });
  }
  if (printedAt(plan, tile.row - 1, tile.column)) drawLine(ctx, `↑ ${tileLabel(tile.row - 1, tile.column)}`, midX - 40, area.y - 16, { ...style, align: 'center', width: 80 });
  if (printedAt(plan, tile.row + 1, tile.column)) drawLine(ctx, `↓ ${tileLabel(tile.row + 1, tile.column)}`, midX - 40, area.y + area.height + 6, { ...style, align: 'center', width: 80 });
}

/**
 * The first page: the map in miniature (cards without text), the grid of
 * pages over it, the places left blank marked "not printed", and how to
 * assemble them.
 */
function drawOverview(page: PageContext, scene: FlatScene, plan: TilePlan, total: number): void {
  const { ctx, words, prepared } = page;
  const { grid, sheets } = plan;
  const { area } = grid;
  const { doc } = ctx;
  doc.addPage({ size: [grid.page.width, grid.page.height], margin: 0 });
  const first = sheets.printed[0]!;
  const last = sheets.printed[sheets.printed.length - 1]!;
  const label = first === last ? first.label : `${first.label}–${last.label}`;
  furniture(page, plan, { title: prepared.map.title, lines: [page.exported], label, labelLines: [words.page(1, total)] });
  const heading = { weight: 600 as const, size: 9 };
  const body = { weight: 400 as const, size: 7.5 };
  let y = area.y;
  drawLine(ctx, words.overviewTitle(grid.columns, grid.rows, sheets.printed.length), area.x, y, { font: heading, color: INK });
  y += 9 * 1.35 + 2;
  const percent = scalePercent(grid);
  const notes = [...(percent === 100 ? [] : [words.printedAtScale(percent)]), ...(sheets.leftOut.length > 0 ? [words.leftOut(sheets.leftOut.map((tile) => tile.label).join(', '), sheets.leftOut.length)] : [])];
  for (const line of notes) {
    drawLine(ctx, line, area.x, y, { font: body, color: INK });
    y += 7.5 * 1.35;
  }
  words.assembly.forEach((line, i) => {
    drawLine(ctx, `${i + 1}. ${line}`, area.x, y, { font: body, color: MUTED });
    y += 7.5 * 1.35;
  });
  y += 8;
  const box = { x: area.x, y, width: area.width, height: area.y + area.height - y };
  const t = Math.min(box.width / scene.width, box.height / scene.height);
  const left = box.x + (box.width - scene.width * t) / 2;
  doc.save();
  doc.transform(t, 0, 0, t, left, box.y);
  for (const item of miniature(page)) drawItem(ctx, item);
  doc.restore();
  // The grid: each page's own part of the map (its overlap belongs to the next), labelled; a place left blank dashed and grey.
  const stepX = (grid.area.width - grid.overlap) / grid.scale;
  const stepY = (grid.area.height - grid.overlap) / grid.scale;
  const leftOut = new Set(sheets.leftOut);
  for (const tile of grid.tiles) {
    const blank = leftOut.has(tile);
    const color = blank ? LEFT_OUT_GREY : TILE_BLUE;
    const x0 = left + tile.region.x * t;
    const y0 = box.y + tile.region.y * t;
    const w = Math.min(stepX, scene.width - tile.region.x) * t;
    const h = Math.min(stepY, scene.height - tile.region.y) * t;
    doc.save();
    if (blank) doc.rect(x0, y0, w, h).fillOpacity(0.6).fill('#FFFFFF');
    doc.restore();
    doc.save();
    doc.lineWidth(0.75);
    if (blank) doc.dash(3, { space: 2 });
    doc.rect(x0, y0, w, h).stroke(color);
    doc.restore();
    const size = Math.max(3, Math.min(16, w / 3, h / 2));
    const labelFont = { weight: 600 as const, size };
    doc.save();
    doc.opacity(0.85).roundedRect(x0 + w / 2 - size * 1.1, y0 + h / 2 - size * 0.7, size * 2.2, size * 1.4, size * 0.25).fill('#FFFFFF');
    doc.restore();
    drawLine(ctx, tile.label, x0, y0 + h / 2 - size * 0.675, { font: labelFont, color, align: 'center', width: w });
    if (blank) drawLine(ctx, words.notPrinted, x0, y0 + h / 2 + size * 0.8, { font: { weight: 400, size: Math.max(3, size * 0.5) }, color, align: 'center', width: w });
  }
}

/** The scene without its words: what the board shows zoomed far out. */
function miniature(page: PageContext): SceneItem[] {
  const { scene } = page.prepared;
  const shapes = (items: readonly SceneItem[]) => items.filter((item) => item.type !== 'text');
  return [...shapes(scene.background), ...scene.notes.map(noteCard), ...shapes(scene.overlay), ...shapes(scene.personaStrip), ...shapes(scene.stageHeaders), ...shapes(scene.laneHeaders), ...shapes(scene.corner)];
}

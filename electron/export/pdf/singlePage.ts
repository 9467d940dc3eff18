// The whole map on one page: a poster the size of the map (printed at 100%,
// or shrunk to PDF's largest page and saying so), or fitted to a sheet of
// paper. Title and date above the map, the legend below it.
import { MAX_PAGE_POINTS, paperPoints, POINTS_PER_BOARD_PX } from '../../../shared/export/tiles';
import { formatPercent } from '../../../shared/i18n/languages';
import { drawHeader, headerHeight, type HeaderContent } from './furniture';
import { drawLegend, layoutLegend } from './legend';
import { drawRegion, type FlatScene } from './mapRegion';
import type { PageContext } from './pageContext';
import type { Progress } from './progress';

/** A fitted map is never printed larger than twice its real size. */
const MAX_FIT_SCALE = 2 * POINTS_PER_BOARD_PX;

function header(page: PageContext, extra: readonly string[] = []): HeaderContent {
  return { title: page.prepared.map.title, lines: [`${page.exported} · ${page.mapType}`, ...extra] };
}

/** Returns the factor the map was shrunk by to fit PDF's page limit (1 when it was not). */
export async function drawPoster(page: PageContext, scene: FlatScene, progress: Progress): Promise<number> {
  const { ctx, words, options } = page;
  const natural = scene.width * POINTS_PER_BOARD_PX;
  // Furniture grows with the poster so the title reads at the distance the notes do.
  const k = Math.min(3, Math.max(1, natural / 1200));
  const margin = 36 * k;
  const gap = 14 * k;
  let scale = POINTS_PER_BOARD_PX;
  let content = header(page);
  let width = 0;
  let height = 0;
  let legend = layoutLegend(ctx, page.legend, 100, 7 * k);
  // Shrinking changes the page's width, the legend's wrapping and the header's lines; a round or two settles it.
  for (let round = 0; round < 6; round++) {
    width = Math.max(scene.width * scale + 2 * margin, 460 * k);
    legend = layoutLegend(ctx, page.legend, width - 2 * margin, 7 * k);
    const furniture = 2 * margin + headerHeight(content, k) + 2 * gap + legend.height;
    height = furniture + scene.height * scale;
    const fits = Math.min(1, (MAX_PAGE_POINTS - 2 * margin) / (scene.width * scale), (MAX_PAGE_POINTS - furniture) / (scene.height * scale));
    if (fits >= 1 && width <= MAX_PAGE_POINTS) break;
    // A hair under, so rounding never leaves the map a fraction of a point too big.
    scale *= fits * 0.999;
    content = header(page, [words.scaledToFit(formatPercent(scale / POINTS_PER_BOARD_PX, options.language))]);
  }
  width = Math.min(width, MAX_PAGE_POINTS);
  height = Math.min(height, MAX_PAGE_POINTS);
  ctx.doc.addPage({ size: [width, height], margin: 0 });
  drawHeader(ctx, content, margin, margin, width - 2 * margin, k);
  const top = margin + headerHeight(content, k) + gap;
  const mapWidth = scene.width * scale;
  await drawRegion(ctx, scene, null, { x: 0, y: 0 }, { x: (width - mapWidth) / 2, y: top, width: mapWidth, height: scene.height * scale }, scale, progress);
  drawLegend(ctx, legend, margin, height - margin - legend.height);
  return scale / POINTS_PER_BOARD_PX;
}

/** The whole map on one sheet of the chosen paper, as large as fits. */
export async function drawFit(page: PageContext, scene: FlatScene, progress: Progress): Promise<void> {
  const { ctx, options } = page;
  const { width, height } = paperPoints(options.paper, options.orientation);
  const margin = 28;
  const gap = 10;
  const content = header(page);
  const legend = layoutLegend(ctx, page.legend, width - 2 * margin, 6.5);
  const top = margin + headerHeight(content) + gap;
  const room = { width: width - 2 * margin, height: height - top - gap - legend.height - margin };
  const scale = Math.min(MAX_FIT_SCALE, room.width / scene.width, room.height / scene.height);
  ctx.doc.addPage({ size: [width, height], margin: 0 });
  drawHeader(ctx, content, margin, margin, width - 2 * margin);
  const mapWidth = scene.width * scale;
  await drawRegion(ctx, scene, null, { x: 0, y: 0 }, { x: margin + (room.width - mapWidth) / 2, y: top, width: mapWidth, height: scene.height * scale }, scale, progress);
  drawLegend(ctx, legend, margin, height - margin - legend.height);
}

// The handout: the map as reading matter on ordinary paper, a title page
// and then the stages one after another. Each page gets its header (title,
// date, "Page 3 of 12") and legend once all pages exist, when the count is
// known.
import { paperPoints } from '../../../../shared/export/tiles';
import { drawHeader, headerHeight, type HeaderContent } from '../furniture';
import { drawLegend, layoutLegend } from '../legend';
import type { PageContext } from '../pageContext';
import type { Progress } from '../progress';
import { Flow } from './flow';
import { drawStagePages } from './stagePages';
import { drawTitlePage } from './titlePage';

const MARGIN = 42;
const GAP = 14;

export async function drawHandout(page: PageContext, progress: Progress): Promise<void> {
  const { ctx, options, prepared, words } = page;
  const size = paperPoints(options.paper, options.orientation);
  const width = size.width - 2 * MARGIN;
  const legend = layoutLegend(ctx, page.legend, width, 6.5);
  const header = (n: number, total: number): HeaderContent => ({ title: prepared.map.title, lines: [page.exported], labelLines: [words.page(n, total)] });
  const top = MARGIN + headerHeight(header(1, 1)) + GAP;
  const flow = new Flow(ctx, { page: size, left: MARGIN, width, top, bottom: size.height - MARGIN - legend.height - GAP });
  flow.addPage();
  drawTitlePage(page, flow);
  await progress.advance(1);
  await drawStagePages(page, flow, progress);

  const { start, count } = ctx.doc.bufferedPageRange();
  for (let i = 0; i < count; i++) {
    ctx.doc.switchToPage(start + i);
    drawHeader(ctx, header(i + 1, count), MARGIN, MARGIN, width);
    drawLegend(ctx, legend, MARGIN, size.height - MARGIN - legend.height);
  }
}

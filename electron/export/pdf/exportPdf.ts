// The PDF export: the map's one scene drawn as vectors (docs/architecture.md, "One
// scene, many outputs") with Inter embedded, so the text is selectable and
// searchable. Four shapes, chosen by the options:
//   poster  one page the size of the map at 100% (0.75 pt per board px),
//           shrunk to fit PDF's 200-inch page limit when it must, and saying so;
//   fit     the whole map on one sheet of the chosen paper;
//   a4, a3, letter  the map at 100% tiled over sheets, with overlap, cut
//           marks and labels A1, A2 … B1, after an assembly overview;
//   handout a title page and one page per stage, notes listed by lane.
// Every page carries the map's title, the export date and a small legend.
import type { ExportControl, ExportOptions } from '../../../shared/export/options';
import type { PreparedExport } from '../../../shared/export/sceneForExport';
import { drawHandout } from './handout/handout';
import { flatScene } from './mapRegion';
import { pageContext } from './pageContext';
import { openDocument } from './pdfDocument';
import { Progress } from './progress';
import { drawFit, drawPoster } from './singlePage';
import { drawTiles, planTiles } from './tilePages';

export interface PdfExport {
  bytes: Uint8Array;
  /** Set when a poster was shrunk to fit PDF's largest page: the factor it was printed at (0.62 = 62%). */
  scaledTo?: number;
}

export async function exportPdf(prepared: PreparedExport, options: ExportOptions, control?: ExportControl): Promise<PdfExport> {
  const { ctx, finish } = openDocument({ title: prepared.map.title, lang: prepared.map.locale, now: options.now, assets: prepared.map.assets, bufferPages: options.handout });
  const page = pageContext(ctx, prepared, options);
  let scaledTo: number | undefined;
  if (options.handout) {
    const progress = new Progress(control, prepared.map.notes.length + prepared.map.stages.length + 1);
    await drawHandout(page, progress);
    await progress.finish();
  } else {
    const scene = flatScene(prepared);
    if (options.page === 'poster' || options.page === 'fit') {
      const progress = new Progress(control, scene.items.length);
      if (options.page === 'fit') await drawFit(page, scene, progress);
      else {
        const factor = await drawPoster(page, scene, progress);
        if (factor < 1) scaledTo = factor;
      }
      await progress.finish();
    } else {
      const plan = planTiles(page, scene, options.page);
      const progress = new Progress(control, plan.items.reduce((sum, items) => sum + items.length, 1));
      await drawTiles(page, scene, plan, progress);
      await progress.finish();
    }
  }
  const bytes = await finish();
  return scaledTo === undefined ? { bytes } : { bytes, scaledTo };
}

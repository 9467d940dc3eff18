// A tiled PDF before it is made: the page grid over the map (places left
// blank dashed), how many across and down at what scale, and the number of
// sheets, counted by the very function the export uses (planSheets).
import { useMemo } from 'react';
import { FIT_PAGES, pageFitProblem, type PaperSize } from '../../shared/export/options';
import type { PreparedExport } from '../../shared/export/sceneForExport';
import { drawnBoxes, planSheets } from '../../shared/export/sheetPlan';
import { scalePercent } from '../../shared/export/tiles';
import type { ExportChoices } from '../../shared/host/host';
import { useWords } from '../words';
import { MapThumbnail, type GridOverlay } from './MapThumbnail';

export function TiledPreview({ prepared, choices, paper }: { prepared: PreparedExport; choices: ExportChoices; paper: PaperSize }) {
  const w = useWords();
  const { fitTo, orientation } = choices;
  const problem = fitTo ? pageFitProblem(fitTo) : null;
  // What is drawn depends on the map alone: measured once, not again for each page count typed.
  const drawn = useMemo(() => drawnBoxes(prepared.scene), [prepared]);
  const plan = useMemo(() => (problem ? null : planSheets(prepared.scene, paper, orientation, fitTo, drawn)), [prepared, paper, orientation, fitTo, problem, drawn]);
  const grid = useMemo<GridOverlay | null>(() => {
    if (!plan) return null;
    const blank = new Set(plan.leftOut);
    return { pages: plan.grid.tiles.map((tile) => ({ ...tile.region, label: tile.label, blank: blank.has(tile) })) };
  }, [plan]);

  let caption = '';
  let count: string;
  if (!plan) count = !problem || problem === 'noCount' ? w.exporting.noPageCount : w.exporting.badPageCount({ which: problem, ...FIT_PAGES });
  else {
    caption = w.exporting.tiles({ columns: plan.grid.columns, rows: plan.grid.rows, percent: fitTo ? scalePercent(plan.grid) : null });
    count = w.exporting.sheetCount({ sheets: plan.printed.length, leftOut: plan.leftOut.map((tile) => tile.label) });
  }
  return (
    <div data-testid="export-preview-picture">
      <MapThumbnail prepared={prepared} grid={grid} />
      <p className={plan ? 'export-sheet-count' : 'export-sheet-count error'} data-testid="export-sheet-count" aria-live="polite">{count}</p>
      <p className="muted" data-testid="export-preview-caption">{caption}</p>
    </div>
  );
}

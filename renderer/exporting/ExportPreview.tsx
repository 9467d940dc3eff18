// What the chosen export will be, before it is made: the picture with its
// size, the PDF's pages (tiles drawn over the map and labelled as printed,
// and the count of sheets), the handout's pages, the sheet's first rows, or
// the report's sections.
import { cellText, noteColumnsOf, noteHeaders, noteRows } from '../../shared/export/noteRows';
import type { PreparedExport } from '../../shared/export/sceneForExport';
import { MAX_PAGE_POINTS, paperPoints, POINTS_PER_BOARD_PX } from '../../shared/export/tiles';
import type { ExportChoices } from '../../shared/host/host';
import { MapThumbnail } from './MapThumbnail';
import { useWords } from '../words';
import { TiledPreview } from './TiledPreview';
import { tiledPaper } from './tiledFit';

const CM_PER_POINT = 2.54 / 72;

const SHOWN_ROWS = 5;

export function ExportPreview({ prepared, choices }: { prepared: PreparedExport; choices: ExportChoices }) {
  const w = useWords();
  const { width, height } = prepared.scene;

  if (choices.format === 'csv' || choices.format === 'xlsx') {
    const columns = noteColumnsOf(prepared.map);
    const headers = noteHeaders(choices.language, columns);
    const rows = noteRows(prepared.map, choices.language);
    return (
      <div data-testid="export-preview-rows">
        <p className="muted">{w.exporting.sheetRows({ count: rows.length })}</p>
        <div className="export-rows">
          <table>
            <thead>
              <tr>{headers.map((header) => <th key={header}>{header}</th>)}</tr>
            </thead>
            <tbody>
              {rows.slice(0, SHOWN_ROWS).map((row, i) => (
                <tr key={i}>{columns.map((column) => <td key={column}>{cellText(row[column])}</td>)}</tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    );
  }

  if (choices.format === 'pdf' && choices.handout) {
    const counts = new Map<string, number>();
    for (const note of prepared.map.notes) counts.set(note.stage, (counts.get(note.stage) ?? 0) + 1);
    return (
      <div data-testid="export-preview-handout">
        <p className="muted">{w.exporting.handoutPages}</p>
        <ol>
          {prepared.map.stages.map((stage) => (
            <li key={stage.id}>{w.exporting.stageNotes({ stage: stage.title, count: counts.get(stage.id) ?? 0 })}</li>
          ))}
        </ol>
      </div>
    );
  }

  const paper = tiledPaper(choices);
  if (paper) return <TiledPreview prepared={prepared} choices={choices} paper={paper} />;

  let caption = '';
  if (choices.format === 'png') {
    caption = w.exporting.scaleValue({ scale: choices.scale, width: Math.ceil(width * choices.scale), height: Math.ceil(height * choices.scale) });
  } else if (choices.format === 'pdf' && choices.page === 'poster') {
    const shrink = Math.min(1, MAX_PAGE_POINTS / (Math.max(width, height) * POINTS_PER_BOARD_PX));
    const cm = (px: number) => Math.round(px * POINTS_PER_BOARD_PX * shrink * CM_PER_POINT);
    caption = shrink < 1 ? w.exporting.posterScaled({ percent: Math.floor(shrink * 100) }) : w.exporting.posterSize({ width: cm(width), height: cm(height) });
  } else if (choices.format === 'pdf' && choices.page === 'fit') {
    const page = paperPoints(choices.paper, choices.orientation);
    const percent = Math.min(100, Math.floor(100 * Math.min(page.width / (width * POINTS_PER_BOARD_PX), page.height / (height * POINTS_PER_BOARD_PX))));
    caption = w.exporting.fitPage({ paper: w.exporting.papers[choices.paper], percent });
  } else if (choices.format === 'html' || choices.format === 'md') {
    caption = w.exporting.reportSections;
  }

  return (
    <div data-testid="export-preview-picture">
      <MapThumbnail prepared={prepared} grid={null} />
      <p className="muted" data-testid="export-preview-caption">{caption}</p>
    </div>
  );
}

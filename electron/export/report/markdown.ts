// The Markdown report: the HTML report's content as text and tables, and the
// map as a PNG written beside it. The caller names the picture after the
// report (REPORT.md → REPORT.png, see runExport) and writes both files into
// one folder; the report links the picture by that bare name, so it resolves
// relative to the report wherever the pair is moved.
import type { ExportControl, ExportOptions } from '../../../shared/export/options';
import { PNG_SCALES, throwIfCancelled } from '../../../shared/export/options';
import type { PreparedExport } from '../../../shared/export/sceneForExport';
import { exportPng } from '../png';
import { markdownReport } from './markdownReport';
import { reportContext } from './reportContext';

export interface MarkdownReport {
  markdown: string;
  picture: { name: string; bytes: Uint8Array };
}

/**
 * A picture beside a report is for reading on a screen, not for a poster:
 * it is drawn at the scale asked for unless that would pass this many
 * pixels, then as large as fits (never below 1). A 5,000-note map at 2× is
 * far past it; the SVG and PDF exports are there for a full-size poster.
 */
export const REPORT_PICTURE_MAX_PIXELS = 40_000_000;

export async function exportMarkdown(
  prepared: PreparedExport,
  options: Pick<ExportOptions, 'language' | 'includeHidden' | 'now' | 'scale'>,
  pictureName: string,
  control: ExportControl = {},
): Promise<MarkdownReport> {
  throwIfCancelled(control.signal);
  const name = bareFileName(pictureName);
  const markdown = markdownReport(reportContext(prepared, options), name);
  // White, not see-through: Markdown viewers in dark mode would lose the map's dark ink.
  const bytes = await exportPng(prepared, { scale: reportPictureScale(prepared, options.scale), background: 'white', embedMap: false }, control);
  throwIfCancelled(control.signal);
  return { markdown, picture: { name, bytes } };
}

export function reportPictureScale(prepared: PreparedExport, asked: number): number {
  const pixels = Math.max(1, prepared.scene.width * prepared.scene.height);
  const fits = Math.sqrt(REPORT_PICTURE_MAX_PIXELS / pixels);
  const scale = Math.min(Math.max(asked, PNG_SCALES.min), PNG_SCALES.max, fits);
  return Math.max(PNG_SCALES.min, Math.floor(scale * 100) / 100);
}

/** The picture is linked relative to the report: a name, never a path. */
function bareFileName(name: string): string {
  return name.split(/[\\/]/).pop() || 'map.png';
}

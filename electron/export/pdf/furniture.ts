// The header every page carries above its content: the map's title, the
// export date (and whatever else the page must say, such as a poster's
// scale), and at the right a page's own label ("B2", "Page 3 of 12").
import { ellipsize } from '../../../shared/layout/fitText';
import { drawLine, lineWidth } from './drawText';
import type { PdfContext } from './pdfDocument';

export const INK = '#1B2430';
export const MUTED = '#52606D';

export interface HeaderContent {
  title: string;
  /** Small lines under the title. */
  lines: readonly string[];
  /** A big label at the right ("B2") with small lines under it. */
  label?: string;
  labelLines?: readonly string[];
}

/** Sizes in points at furniture scale 1 (a paper page); posters scale them up. */
const TITLE = 10;
const SMALL = 7;
const LABEL = 17;

export function headerHeight(content: HeaderContent, k = 1): number {
  const left = TITLE * 1.35 + content.lines.length * SMALL * 1.35;
  const right = (content.label ? LABEL * 1.35 : 0) + (content.labelLines?.length ?? 0) * SMALL * 1.35;
  return Math.max(left, right) * k;
}

export function drawHeader(ctx: PdfContext, content: HeaderContent, x: number, y: number, width: number, k = 1): void {
  const title = { weight: 600 as const, size: TITLE * k };
  const small = { weight: 400 as const, size: SMALL * k };
  const label = { weight: 600 as const, size: LABEL * k };
  const labelLines = content.labelLines ?? [];
  const rightWidth = Math.max(0, content.label ? lineWidth(ctx, content.label, label) : 0, ...labelLines.map((line) => lineWidth(ctx, line, small)));
  if (content.label) drawLine(ctx, content.label, x, y, { font: label, color: INK, align: 'right', width });
  const below = content.label ? LABEL * 1.35 : 0;
  labelLines.forEach((line, i) => drawLine(ctx, line, x, y + (below + i * SMALL * 1.35) * k, { font: small, color: MUTED, align: 'right', width }));
  const room = Math.max(20 * k, width - (rightWidth ? rightWidth + 16 * k : 0));
  drawLine(ctx, ellipsize(content.title, room, title), x, y, { font: title, color: INK });
  content.lines.forEach((line, i) => drawLine(ctx, ellipsize(line, room, small), x, y + (TITLE * 1.35 + i * SMALL * 1.35) * k, { font: small, color: MUTED }));
}

// One line of text, drawn as the board draws it: the top of its line box at
// `top`, its baseline where shared/layout says (baselineOffset), Inter with
// no kerning, and emoji in Noto Emoji where Inter has no glyph. Lines are
// already wrapped; nothing here breaks or measures for wrapping. Sizes are
// in the units of the current transform: board px on map pages, points on
// handout pages.
import { advanceOf, baselineOffset, fontTable, measureText, type FontSpec } from '../../../shared/layout/textMetrics';
import type { PdfContext } from './pdfDocument';
import { interName, PDF_FONT } from './pdfFonts';
import { textRuns, type TextRun } from './textRuns';

export interface LineStyle {
  font: FontSpec;
  color: string;
  opacity?: number;
  /** With `width`: the line is aligned in the box [x, x + width]. */
  align?: 'left' | 'center' | 'right';
  width?: number;
}

// lineBreak off: pdfkit draws the string as given, at the baseline given.
const AT_BASELINE = { lineBreak: false, baseline: 'alphabetic' } as const;

const zeroWidth = (cp: number) => advanceOf(fontTable(400), cp) === 0;

function runsOf(ctx: PdfContext, text: string): TextRun[] {
  return textRuns(text, ctx.inter, ctx.emoji, zeroWidth);
}

function runWidth(ctx: PdfContext, run: TextRun, font: FontSpec): number {
  if (!run.emoji) return measureText(run.text, font);
  return ctx.doc.font(PDF_FONT.emoji, font.size).widthOfString(run.text);
}

/** How wide a line draws: Inter as the layout measures it, emoji at Noto Emoji's own width. */
export function lineWidth(ctx: PdfContext, text: string, font: FontSpec): number {
  let width = 0;
  for (const run of runsOf(ctx, text)) width += runWidth(ctx, run, font);
  return width;
}

export function drawLine(ctx: PdfContext, text: string, x: number, top: number, style: LineStyle): void {
  if (text === '') return;
  const { doc } = ctx;
  const { font } = style;
  const runs = runsOf(ctx, text);
  const widths = runs.length === 1 && (!style.align || style.align === 'left' || !style.width) ? null : runs.map((run) => runWidth(ctx, run, font));
  let left = x;
  if (widths && style.width && style.align && style.align !== 'left') {
    const total = widths.reduce((sum, w) => sum + w, 0);
    left = style.align === 'center' ? x + (style.width - total) / 2 : x + style.width - total;
  }
  const baseline = top + baselineOffset(font);
  const faded = style.opacity !== undefined && style.opacity < 1;
  if (faded) {
    doc.save();
    doc.fillOpacity(style.opacity!);
  }
  doc.fillColor(style.color);
  runs.forEach((run, i) => {
    doc.font(run.emoji ? PDF_FONT.emoji : interName(font.weight), font.size).text(run.text, left, baseline, AT_BASELINE);
    if (widths) left += widths[i]!;
  });
  if (faded) doc.restore();
}

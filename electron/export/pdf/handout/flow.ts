// Text that flows down a handout page and on to the next: a cursor, a page
// frame, and paragraphs wrapped with the same line breaker the board uses
// (shared/layout/wrapText), in points. Whatever does not fit starts a new
// page, which its owner can give a heading ("Decision (continued)").
import { lineHeight, type FontSpec } from '../../../../shared/layout/textMetrics';
import { wrapText } from '../../../../shared/layout/wrapText';
import { drawLine } from '../drawText';
import type { PdfContext } from '../pdfDocument';

export interface FlowFrame {
  page: { width: number; height: number };
  left: number;
  width: number;
  top: number;
  bottom: number;
}

export class Flow {
  y: number;
  /** How many pages this flow has started; tells whether something moved on to a new page. */
  pages = 0;
  /** Called on every page this flow starts after the first, once the cursor is at the top. */
  onNewPage: (() => void) | null = null;

  constructor(
    readonly ctx: PdfContext,
    readonly frame: FlowFrame,
  ) {
    this.y = frame.top;
  }

  get left(): number {
    return this.frame.left;
  }

  get width(): number {
    return this.frame.width;
  }

  /** Room left on this page. */
  get room(): number {
    return this.frame.bottom - this.y;
  }

  /** How tall a fresh page's content can be. */
  get pageRoom(): number {
    return this.frame.bottom - this.frame.top;
  }

  addPage(): void {
    this.ctx.doc.addPage({ size: [this.frame.page.width, this.frame.page.height], margin: 0 });
    this.pages++;
    this.y = this.frame.top;
  }

  /** Starts a new page unless `height` still fits (something taller than a page starts at the top of one). */
  ensure(height: number): void {
    if (this.y + height <= this.frame.bottom || this.y === this.frame.top) return;
    this.addPage();
    this.onNewPage?.();
  }

  gap(height: number): void {
    this.y = Math.min(this.frame.bottom, this.y + height);
  }

  /** The lines `text` wraps into at `width`. */
  lines(text: string, font: FontSpec, width: number): string[] {
    return text === '' ? [] : wrapText(text, width, font);
  }

  /** How tall a paragraph is. */
  height(text: string, font: FontSpec, indent = 0): number {
    return this.lines(text, font, this.width - indent).length * lineHeight(font);
  }

  /** A wrapped paragraph, line by line, moving to a new page where it must. */
  paragraph(text: string, font: FontSpec, color: string, indent = 0): void {
    for (const line of this.lines(text, font, this.width - indent)) {
      this.ensure(lineHeight(font));
      drawLine(this.ctx, line, this.left + indent, this.y, { font, color });
      this.y += lineHeight(font);
    }
  }
}

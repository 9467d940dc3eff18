// Scene items as PDF vector graphics, item for item what the board's canvas
// paints (renderer/board/paint.ts): rounded cards, strokes centred on their
// path, round line caps, dashes, discs, text at the layout's baselines, and
// round-clipped photos. Coordinates are board px; the page's transform maps
// them to points.
import { notePrimitives } from '../../../shared/layout/notePrimitives';
import { MISSING_PICTURE_FILL } from '../../../shared/layout/pictureCard';
import type { SceneItem } from '../../../shared/layout/sceneTypes';
import { HEADER_FONT } from '../../../shared/layout/geometry';
import { lineHeight } from '../../../shared/layout/textMetrics';
import { drawLine } from './drawText';
import type { PdfContext } from './pdfDocument';

export function drawItem(ctx: PdfContext, item: SceneItem): void {
  const { doc } = ctx;
  switch (item.type) {
    case 'rect': {
      if (!item.fill && !item.stroke) return;
      const faded = item.opacity !== undefined && item.opacity < 1;
      if (faded) {
        doc.save();
        doc.opacity(item.opacity!);
      }
      if (item.radius) doc.roundedRect(item.x, item.y, item.width, item.height, item.radius);
      else doc.rect(item.x, item.y, item.width, item.height);
      paint(ctx, item.fill, item.stroke, item.strokeWidth);
      if (faded) doc.restore();
      return;
    }
    case 'text':
      drawLine(ctx, item.text, item.x, item.y, item);
      return;
    case 'line': {
      const p = item.points;
      if (p.length < 4) return;
      doc.moveTo(p[0]!, p[1]!);
      for (let i = 2; i + 1 < p.length; i += 2) doc.lineTo(p[i]!, p[i + 1]!);
      doc.lineCap('round').lineWidth(item.strokeWidth);
      const dashed = item.dash && item.dash.length > 0 && item.dash.every((d) => d > 0);
      if (dashed) doc.dash([...item.dash!] as unknown as number, {});
      doc.stroke(item.stroke);
      if (dashed) doc.undash();
      return;
    }
    case 'circle':
      doc.circle(item.x, item.y, item.radius);
      paint(ctx, item.fill, item.stroke, item.strokeWidth);
      return;
    case 'image': {
      const image = ctx.images.get(item.assetId);
      const cx = item.x + item.width / 2;
      const cy = item.y + item.height / 2;
      const r = Math.min(item.width, item.height) / 2;
      if (!image && !item.round) {
        // A note's picture that cannot be read: a quiet grey box in its place, as the SVG export draws it.
        doc.rect(item.x, item.y, item.width, item.height).fill(MISSING_PICTURE_FILL);
        return;
      }
      if (!image) {
        const standIn = ctx.standIns.get(item.assetId);
        doc.circle(cx, cy, r).fill(standIn?.color ?? MISSING_PICTURE_FILL);
        if (standIn) drawLine(ctx, standIn.initials, item.x, cy - lineHeight(HEADER_FONT) / 2, { font: HEADER_FONT, color: '#FFFFFF', align: 'center', width: item.width });
        return;
      }
      doc.save();
      if (item.round) doc.circle(cx, cy, r).clip();
      doc.image(image as unknown as Buffer, item.x, item.y, { width: item.width, height: item.height });
      doc.restore();
      return;
    }
    case 'note':
      for (const part of notePrimitives(item)) drawItem(ctx, part);
      return;
  }
}

function paint(ctx: PdfContext, fill: string | undefined, stroke: string | undefined, strokeWidth: number | undefined): void {
  const { doc } = ctx;
  if (stroke) doc.lineWidth(strokeWidth ?? 1);
  if (fill && stroke) doc.fillAndStroke(fill, stroke);
  else if (fill) doc.fill(fill);
  else if (stroke) doc.stroke(stroke);
}

// Paints scene items on a canvas. The board calls it from Konva shapes' draw
// functions: one Konva node paints a whole list (headers, bands, curves), and
// one node per visible note paints that note, text already wrapped by
// shared/layout, so nothing is measured or re-wrapped while drawing.
import { notePrimitives } from '../../shared/layout/notePrimitives';
import type { NoteItem, SceneItem } from '../../shared/layout/sceneTypes';
import { baselineOffset, FONT_FAMILY, type FontSpec } from '../../shared/layout/textMetrics';

export type ImageSource = (assetId: string) => CanvasImageSource | null;

const cssFont = (font: FontSpec) => `${font.weight} ${font.size}px ${FONT_FAMILY}`;

function textX(item: { x: number; width?: number; align?: 'left' | 'center' | 'right' }): number {
  if (!item.width || !item.align || item.align === 'left') return item.x;
  return item.align === 'center' ? item.x + item.width / 2 : item.x + item.width;
}

export function paintItem(ctx: CanvasRenderingContext2D, item: SceneItem, images: ImageSource): void {
  switch (item.type) {
    case 'rect':
      ctx.globalAlpha = item.opacity ?? 1;
      ctx.beginPath();
      if (item.radius) ctx.roundRect(item.x, item.y, item.width, item.height, item.radius);
      else ctx.rect(item.x, item.y, item.width, item.height);
      if (item.fill) {
        ctx.fillStyle = item.fill;
        ctx.fill();
      }
      if (item.stroke) {
        ctx.strokeStyle = item.stroke;
        ctx.lineWidth = item.strokeWidth ?? 1;
        ctx.stroke();
      }
      ctx.globalAlpha = 1;
      return;
    case 'text':
      ctx.globalAlpha = item.opacity ?? 1;
      ctx.font = cssFont(item.font);
      ctx.fontKerning = 'none';
      ctx.fillStyle = item.color;
      ctx.textAlign = item.align ?? 'left';
      ctx.textBaseline = 'alphabetic';
      ctx.fillText(item.text, textX(item), item.y + baselineOffset(item.font));
      ctx.textAlign = 'left';
      ctx.globalAlpha = 1;
      return;
    case 'line':
      ctx.beginPath();
      ctx.setLineDash(item.dash ? [...item.dash] : []);
      ctx.moveTo(item.points[0]!, item.points[1]!);
      for (let i = 2; i < item.points.length; i += 2) ctx.lineTo(item.points[i]!, item.points[i + 1]!);
      ctx.strokeStyle = item.stroke;
      ctx.lineWidth = item.strokeWidth;
      ctx.lineCap = 'round';
      ctx.stroke();
      ctx.setLineDash([]);
      return;
    case 'circle':
      ctx.beginPath();
      ctx.arc(item.x, item.y, item.radius, 0, Math.PI * 2);
      ctx.fillStyle = item.fill;
      ctx.fill();
      if (item.stroke) {
        ctx.strokeStyle = item.stroke;
        ctx.lineWidth = item.strokeWidth ?? 1;
        ctx.stroke();
      }
      return;
    case 'image': {
      const image = images(item.assetId);
      if (!image) return;
      ctx.save();
      if (item.round) {
        ctx.beginPath();
        ctx.arc(item.x + item.width / 2, item.y + item.height / 2, Math.min(item.width, item.height) / 2, 0, Math.PI * 2);
        ctx.clip();
      }
      ctx.drawImage(image, item.x, item.y, item.width, item.height);
      ctx.restore();
      return;
    }
    case 'note':
      paintNote(ctx, item, true);
      return;
  }
}

/** A note card; below a readable zoom the text is left out (DESIGN.md: cards without text). */
export function paintNote(ctx: CanvasRenderingContext2D, note: NoteItem, withText: boolean): void {
  for (const item of notePrimitives(note, withText)) paintItem(ctx, item, NO_IMAGES);
}

const NO_IMAGES: ImageSource = () => null;

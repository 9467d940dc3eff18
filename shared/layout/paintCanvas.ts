// Paints scene items on a 2D canvas: the board's (Konva shapes' draw
// functions, in the browser) and the PNG export's (Skia, in Node) run this
// same code, so a picture is drawn exactly as the board draws it. Text comes
// already wrapped by shared/layout, so nothing is measured or re-wrapped.
import { dashPieces } from './dashPieces';
import { notePrimitives } from './notePrimitives';
import { MISSING_PICTURE_FILL } from './pictureCard';
import type { NoteItem, SceneItem } from './sceneTypes';
import { baselineOffset, FONT_FAMILY, type FontSpec } from './textMetrics';

/**
 * The part of a CanvasRenderingContext2D the painting uses, so that shared/
 * names no DOM type: the browser's context and @napi-rs/canvas's both fit.
 * `I` is the canvas's own image type.
 */
export interface Canvas2D<I> {
  globalAlpha: number;
  fillStyle: unknown;
  strokeStyle: unknown;
  lineWidth: number;
  lineCap: string;
  font: string;
  fontKerning: string;
  textAlign: string;
  textBaseline: string;
  beginPath(): void;
  rect(x: number, y: number, width: number, height: number): void;
  roundRect(x: number, y: number, width: number, height: number, radius: number): void;
  arc(x: number, y: number, radius: number, start: number, end: number): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  fill(): void;
  stroke(): void;
  clip(): void;
  save(): void;
  restore(): void;
  setLineDash(segments: number[]): void;
  fillText(text: string, x: number, y: number): void;
  drawImage(image: I, x: number, y: number, width: number, height: number): void;
}

/** A map's pictures (persona photos, note pictures) by asset id, decoded for the canvas; null while not ready. */
export type ImageSource<I> = (assetId: string) => I | null;

const cssFont = (font: FontSpec) => `${font.weight} ${font.size}px ${FONT_FAMILY}`;

function textX(item: { x: number; width?: number; align?: 'left' | 'center' | 'right' }): number {
  if (!item.width || !item.align || item.align === 'left') return item.x;
  return item.align === 'center' ? item.x + item.width / 2 : item.x + item.width;
}

/** Fills the current path, then strokes it, as each item asks. */
function fillAndStroke<I>(ctx: Canvas2D<I>, item: { fill?: string; stroke?: string; strokeWidth?: number }): void {
  if (item.fill) {
    ctx.fillStyle = item.fill;
    ctx.fill();
  }
  if (item.stroke) {
    ctx.strokeStyle = item.stroke;
    ctx.lineWidth = item.strokeWidth ?? 1;
    ctx.stroke();
  }
}

export function paintItem<I>(ctx: Canvas2D<I>, item: SceneItem, images: ImageSource<I>): void {
  switch (item.type) {
    case 'rect': {
      // An item's opacity multiplies the canvas's own (a dimmed note, paintNote), and gives it back after.
      const alpha = ctx.globalAlpha;
      ctx.globalAlpha = alpha * (item.opacity ?? 1);
      ctx.beginPath();
      if (item.radius) ctx.roundRect(item.x, item.y, item.width, item.height, item.radius);
      else ctx.rect(item.x, item.y, item.width, item.height);
      fillAndStroke(ctx, item);
      ctx.globalAlpha = alpha;
      return;
    }
    case 'text': {
      const alpha = ctx.globalAlpha;
      ctx.globalAlpha = alpha * (item.opacity ?? 1);
      ctx.font = cssFont(item.font);
      ctx.fontKerning = 'none';
      ctx.fillStyle = item.color;
      ctx.textAlign = item.align ?? 'left';
      ctx.textBaseline = 'alphabetic';
      ctx.fillText(item.text, textX(item), item.y + baselineOffset(item.font));
      ctx.textAlign = 'left';
      ctx.globalAlpha = alpha;
      return;
    }
    case 'line':
      ctx.strokeStyle = item.stroke;
      ctx.lineWidth = item.strokeWidth;
      if (item.dash && item.dash.length > 0) {
        paintDashes(ctx, item);
        return;
      }
      ctx.lineCap = 'round';
      ctx.beginPath();
      ctx.moveTo(item.points[0]!, item.points[1]!);
      for (let i = 2; i < item.points.length; i += 2) ctx.lineTo(item.points[i]!, item.points[i + 1]!);
      ctx.stroke();
      return;
    case 'circle':
      ctx.beginPath();
      ctx.arc(item.x, item.y, item.radius, 0, Math.PI * 2);
      fillAndStroke(ctx, item);
      return;
    case 'image': {
      const image = images(item.assetId);
      if (!image && !item.round) {
        // A note's picture not (yet) decoded: a quiet grey box holds its place, as the SVG and PDF exports draw one.
        ctx.beginPath();
        ctx.rect(item.x, item.y, item.width, item.height);
        ctx.fillStyle = MISSING_PICTURE_FILL;
        ctx.fill();
        return;
      }
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
      paintNote(ctx, item, true, images);
      return;
  }
}

/**
 * A dashed line, dash by dash (dashPieces.ts), each with round ends as the
 * canvas would cap it but drawn as discs: Skia rasterises a round cap a shade
 * differently with the canvas's size and offset, so a band of a PNG and the
 * whole picture disagreed at every dash's end; discs and butt-ended strokes
 * come out alike wherever they are drawn.
 */
function paintDashes<I>(ctx: Canvas2D<I>, item: Extract<SceneItem, { type: 'line' }>): void {
  const pieces = dashPiecesOf(item);
  const radius = item.strokeWidth / 2;
  // One path for every dash and one for every end disc: two draw calls per line however long
  // (a 100-stage map's zero line has thousands of dashes, drawn on every frame of the board).
  ctx.lineCap = 'butt';
  ctx.beginPath();
  for (const piece of pieces) {
    ctx.moveTo(piece[0]!, piece[1]!);
    for (let i = 2; i < piece.length; i += 2) ctx.lineTo(piece[i]!, piece[i + 1]!);
  }
  ctx.stroke();
  ctx.fillStyle = item.stroke;
  ctx.beginPath();
  for (const piece of pieces) {
    for (const at of [0, piece.length - 2]) {
      ctx.moveTo(piece[at]! + radius, piece[at + 1]!);
      ctx.arc(piece[at]!, piece[at + 1]!, radius, 0, Math.PI * 2);
    }
  }
  ctx.fill();
  ctx.lineCap = 'round';
}

/** A line's dashes, cut once per scene item (the board paints the same items on every frame). */
const dashesOfItem = new WeakMap<object, number[][]>();

function dashPiecesOf(item: Extract<SceneItem, { type: 'line' }>): number[][] {
  let pieces = dashesOfItem.get(item);
  if (!pieces) {
    pieces = dashPieces(item.points, item.dash ?? []);
    dashesOfItem.set(item, pieces);
  }
  return pieces;
}

/** A note card; below a readable zoom the text is left out (docs/architecture.md, "Speed": cards without text). */
export function paintNote<I>(ctx: Canvas2D<I>, note: NoteItem, withText: boolean, images: ImageSource<I> = noImages): void {
  const alpha = ctx.globalAlpha;
  if (note.dimmed) ctx.globalAlpha = alpha * DIMMED_NOTE_ALPHA;
  for (const item of notePrimitives(note, withText)) paintItem(ctx, item, images);
  ctx.globalAlpha = alpha;
}

/** A note the board's filter does not match is still seen, as context, at this opacity. */
export const DIMMED_NOTE_ALPHA = 0.25;

const noImages = () => null;

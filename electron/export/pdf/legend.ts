// The small legend every page carries: what the marks on the notes mean
// (evidence, votes ●, the emotion scale), the colour of each emotion curve,
// and the colour of each kind of lane the map actually uses. Explanations
// are in the export's language; the marks are quoted as the notes print
// them, in the map's language, so the key matches what is on the wall.
import type { PreparedExport } from '../../../shared/export/sceneForExport';
import { words as wordsOf, type Language } from '../../../shared/i18n/languages';
import type { PdfWords } from '../../../shared/i18n/words';
import type { CurveStyle } from '../../../shared/layout/curveStyles';
import { curveColor } from '../../../shared/layout/emotionCurveItems';
import { personaCurves } from '../../../shared/layout/personaCurves';
import type { FontSpec } from '../../../shared/layout/textMetrics';
import { drawLine, lineWidth } from './drawText';
import type { PdfContext } from './pdfDocument';
import { noteFill } from '../../../shared/layout/noteItem';

export type LegendPiece = { kind: 'text'; text: string; bold?: boolean } | { kind: 'swatch'; fill: string; stroke: string } | { kind: 'curve'; color: string; style?: CurveStyle };

/** Pieces that stay on one line together. */
export interface LegendChunk {
  pieces: LegendPiece[];
  /** A new group starts here: a wider gap before it. */
  group?: boolean;
}

const INK = '#1B2430';
const MUTED = '#3E4C59';

export function legendChunks(prepared: PreparedExport, words: PdfWords, language: Language): LegendChunk[] {
  const { map, labels, theme, layout } = prepared;
  const text = (value: string, bold = false): LegendPiece => ({ kind: 'text', text: value, bold });
  const chunks: LegendChunk[] = [{ pieces: [text(words.legend, true)] }];

  const levels = (['assumption', 'observed', 'measured'] as const).filter((level) => map.notes.some((n) => n.evidence === level));
  if (levels.length > 0) {
    const named = levels.map((level) => {
      const onNotes = labels.evidence[level];
      const explained = words.evidenceLevels[level];
      return onNotes.toLocaleLowerCase() === explained.toLocaleLowerCase() ? onNotes : `${onNotes} (${explained})`;
    });
    chunks.push({ group: true, pieces: [text(`${words.evidence}: ${named.join(' · ')}`)] });
  }
  if (map.notes.some((n) => n.votes)) chunks.push({ group: true, pieces: [text(`● 3 = ${words.votesCount(3)}`)] });
  // The picture shows notes still face down as blank grey cards (mapForPicture): say what they are.
  if (layout.map.notes.some((n) => n.hidden)) chunks.push({ group: true, pieces: [{ kind: 'swatch', fill: theme.hiddenNoteFill, stroke: theme.noteBorder }, text(words.faceDownNote)] });
  const emotionRows = layout.rows.filter((row) => row.lane.kind === 'emotions');
  if (emotionRows.length > 0 || map.notes.some((n) => n.emotion !== undefined)) {
    chunks.push({ group: true, pieces: [text(`${words.emotion}: −2 ${words.veryNegative} … 0 … +2 ${words.veryPositive}`)] });
    // Each curve's key as the board draws it: its colour, and its dash and marker when several share a band.
    const styles = new Map(personaCurves(layout, theme).map((curve) => [curve.laneId, curve.style]));
    for (const row of emotionRows) chunks.push({ pieces: [{ kind: 'curve', color: curveColor(layout, row, theme), style: styles.get(row.lane.id) }, text(row.lane.title)] });
  }
  const seen = new Set<string>();
  const lanes: LegendChunk[] = [];
  for (const lane of map.lanes) {
    const fill = noteFill({}, lane, theme);
    const name = lane.color ? lane.title : wordsOf(language).laneKinds[lane.kind];
    const key = `${fill}\u0000${name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    lanes.push({ pieces: [{ kind: 'swatch', fill, stroke: theme.noteBorder }, text(name)] });
  }
  if (lanes.length > 0) {
    lanes[0] = { group: true, pieces: [text(`${words.lanes}:`), ...lanes[0]!.pieces] };
    chunks.push(...lanes);
  }
  return chunks;
}

export interface LegendLayout {
  size: number;
  lines: { chunk: LegendChunk; x: number }[][];
  height: number;
}

const fontOf = (piece: { bold?: boolean }, size: number): FontSpec => ({ weight: piece.bold ? 600 : 400, size });

function pieceWidth(ctx: PdfContext, piece: LegendPiece, size: number): number {
  switch (piece.kind) {
    case 'text':
      return lineWidth(ctx, piece.text, fontOf(piece, size));
    case 'swatch':
      return size * 1.3;
    case 'curve':
      return size * 2.2;
  }
}

function chunkWidth(ctx: PdfContext, chunk: LegendChunk, size: number): number {
  return chunk.pieces.reduce((sum, piece, i) => sum + pieceWidth(ctx, piece, size) + (i > 0 ? size * 0.35 : 0), 0);
}

/** Flows the chunks into lines no wider than `width` (a chunk wider than a line gets a line of its own). */
export function layoutLegend(ctx: PdfContext, chunks: readonly LegendChunk[], width: number, size: number): LegendLayout {
  const lines: { chunk: LegendChunk; x: number }[][] = [[]];
  let x = 0;
  for (const chunk of chunks) {
    const w = chunkWidth(ctx, chunk, size);
    const gap = lines[lines.length - 1]!.length === 0 ? 0 : chunk.group ? size * 1.6 : size * 0.8;
    if (x > 0 && x + gap + w > width) {
      lines.push([]);
      x = 0;
    } else x += gap;
    lines[lines.length - 1]!.push({ chunk, x });
    x += w;
  }
  return { size, lines, height: lines.length * size * 1.45 };
}

export function drawLegend(ctx: PdfContext, legend: LegendLayout, left: number, top: number): void {
  const { doc } = ctx;
  const { size } = legend;
  const lineHeight = size * 1.45;
  legend.lines.forEach((line, row) => {
    const y = top + row * lineHeight;
    for (const { chunk, x: start } of line) {
      let x = left + start;
      chunk.pieces.forEach((piece, i) => {
        if (i > 0) x += size * 0.35;
        const mid = y + lineHeight / 2;
        switch (piece.kind) {
          case 'text':
            drawLine(ctx, piece.text, x, y + (lineHeight - size * 1.35) / 2, { font: fontOf(piece, size), color: piece.bold ? INK : MUTED });
            break;
          case 'swatch':
            doc.lineWidth(size * 0.08).roundedRect(x + size * 0.15, mid - size * 0.5, size, size, size * 0.2).fillAndStroke(piece.fill, piece.stroke);
            break;
          case 'curve':
            drawCurveKey(ctx, piece, x, mid, size);
            break;
        }
        x += pieceWidth(ctx, piece, size);
      });
    }
  });
}

/** A stretch of a curve with its marker, as the board's legend draws it (shared/layout/curveStyles.ts). */
function drawCurveKey(ctx: PdfContext, piece: { color: string; style?: CurveStyle }, x: number, mid: number, size: number): void {
  const { doc } = ctx;
  const width = size * 0.3;
  // The board's dashes are for a 4–5 px line; scaled to this one.
  const dash = piece.style?.dash?.map((d) => (d * width) / 4.5);
  doc.lineWidth(width).lineCap('round').moveTo(x + size * 0.2, mid).lineTo(x + size * 2, mid);
  if (dash) doc.dash(dash as unknown as number, {});
  doc.stroke(piece.color);
  if (dash) doc.undash();
  const cx = x + size * 1.1;
  const r = size * 0.35;
  switch (piece.style?.marker ?? 'disc') {
    case 'disc':
      doc.circle(cx, mid, r).fill(piece.color);
      break;
    case 'square':
      doc.rect(cx - r, mid - r, 2 * r, 2 * r).fill(piece.color);
      break;
    case 'ring':
      doc.lineWidth(r * 0.5).circle(cx, mid, r * 0.8).fillAndStroke('#FFFFFF', piece.color);
      break;
    case 'hollow-square':
      doc.lineWidth(r * 0.5).rect(cx - r * 0.8, mid - r * 0.8, 1.6 * r, 1.6 * r).fillAndStroke('#FFFFFF', piece.color);
      break;
    case 'cross':
      doc.circle(cx, mid, r * 1.25).fill('#FFFFFF');
      doc.lineWidth(r * 0.55).moveTo(cx - r * 0.75, mid - r * 0.75).lineTo(cx + r * 0.75, mid + r * 0.75).moveTo(cx - r * 0.75, mid + r * 0.75).lineTo(cx + r * 0.75, mid - r * 0.75).stroke(piece.color);
      break;
    case 'triangle':
      doc.circle(cx, mid, r * 1.25).fill('#FFFFFF');
      doc.lineWidth(r * 0.5).polygon([cx, mid - r], [cx + r, mid + r * 0.75], [cx - r, mid + r * 0.75]).fillAndStroke('#FFFFFF', piece.color);
      break;
  }
}

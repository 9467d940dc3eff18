// The emotion curve of one emotions lane as a chart for the handout: the
// stages across, −2 … +2 up, a point at each stage's mean emotion, solid
// between neighbouring stages and dashed across stages with no score, as
// the board draws it (shared/layout/emotionCurveItems.ts).
import type { EmotionCurve } from '../../../../shared/analysis/emotion';
import type { Stage } from '../../../../shared/format/types';
import { wrapLines } from '../../../../shared/layout/fitText';
import { lineHeight, type FontSpec } from '../../../../shared/layout/textMetrics';
import { drawLine } from '../drawText';
import { INK, MUTED } from '../furniture';
import type { PdfContext } from '../pdfDocument';

const AXIS = 24;
const TICK: FontSpec = { weight: 400, size: 7 };
const STAGE_LINES = 2;
export const CHART_HEIGHT = 150;

export interface ChartStyle {
  color: string;
  gridColor: string;
  zeroColor: string;
  formatMean(mean: number): string;
  noScore: string;
}

export function drawEmotionChart(ctx: PdfContext, curve: EmotionCurve, stages: readonly Stage[], x: number, y: number, width: number, style: ChartStyle): void {
  const { doc } = ctx;
  const stageBand = STAGE_LINES * lineHeight(TICK) + 4;
  const plot = { x: x + AXIS, y: y + 12, width: width - AXIS, height: CHART_HEIGHT - 12 - stageBand };
  const valueY = (v: number) => plot.y + ((2 - v) / 4) * plot.height;
  const column = plot.width / Math.max(1, stages.length);
  const stageX = (i: number) => plot.x + (i + 0.5) * column;

  doc.save();
  doc.lineWidth(0.5).lineCap('butt');
  for (const v of [2, 1, 0, -1, -2]) {
    const gy = valueY(v);
    if (v === 0) doc.dash(3, { space: 3 });
    doc.moveTo(plot.x, gy).lineTo(plot.x + plot.width, gy).stroke(v === 0 ? style.zeroColor : style.gridColor);
    if (v === 0) doc.undash();
    drawLine(ctx, v > 0 ? `+${v}` : v < 0 ? `−${-v}` : '0', x, gy - lineHeight(TICK) / 2, { font: TICK, color: MUTED, align: 'right', width: AXIS - 5 });
  }
  doc.restore();
  stages.forEach((stage, i) => {
    wrapLines(stage.title, column - 4, TICK, STAGE_LINES).forEach((line, row) =>
      drawLine(ctx, line, plot.x + i * column, plot.y + plot.height + 4 + row * lineHeight(TICK), { font: TICK, color: INK, align: 'center', width: column }),
    );
  });

  const points = curve.points.flatMap((p, i) => (p.mean === null ? [] : [{ i, mean: p.mean, x: stageX(i), y: valueY(p.mean) }]));
  if (points.length === 0) {
    drawLine(ctx, style.noScore, plot.x, valueY(0) - 14, { font: { weight: 400, size: 8 }, color: MUTED, align: 'center', width: plot.width });
    return;
  }
  doc.save();
  doc.lineWidth(2.2).lineCap('round').lineJoin('round');
  for (let n = 1; n < points.length; n++) {
    const a = points[n - 1]!;
    const b = points[n]!;
    if (b.i - a.i > 1) doc.dash(5, { space: 4 });
    doc.moveTo(a.x, a.y).lineTo(b.x, b.y).stroke(style.color);
    if (b.i - a.i > 1) doc.undash();
  }
  doc.lineWidth(1.2);
  for (const p of points) doc.circle(p.x, p.y, 3.6).fillAndStroke(style.color, '#FFFFFF');
  doc.restore();
  for (const p of points) drawLine(ctx, style.formatMean(p.mean), p.x - 20, p.y - 15, { font: TICK, color: INK, align: 'center', width: 40 });
}

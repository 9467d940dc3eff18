// The emotion curves as a chart of their own, for the reports: one line per
// emotions lane (per persona), the stages along the bottom, −2 … +2 up the
// side. The board draws each curve inside its lane; a report puts them on
// one set of axes so personas can be compared. A stage where a lane has no
// scored note is a gap in its line, not a guess: the chart shows only what
// the room scored. Each curve also has its own marker shape, so the lines
// can be told apart on a black-and-white printout.
import { escapeMarkup } from './escapeMarkup';
import { ellipsize, wrapLines } from '../layout/fitText';
import { measureText, type FontSpec } from '../layout/textMetrics';

export interface EmotionChartSeries {
  label: string;
  /** `#RRGGBB`. */
  color: string;
  /** One per stage, −2 … 2, or null where the stage has no score. */
  values: readonly (number | null)[];
}

export interface EmotionChartInput {
  /** The chart's accessible name. */
  title: string;
  stages: readonly string[];
  series: readonly EmotionChartSeries[];
}

/** The report's own type: the chart sits in an HTML page and takes its fonts. */
export const CHART_FONT_FAMILY = "Inter, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif, 'Apple Color Emoji', 'Segoe UI Emoji', 'Noto Color Emoji'";

const WIDTH = 760;
const LEFT = 44;
const RIGHT = 16;
const PLOT_HEIGHT = 240;
const LABEL_FONT: FontSpec = { weight: 400, size: 12 };
const LEGEND_FONT: FontSpec = { weight: 400, size: 13 };
const LEGEND_ROW = 22;
const LEGEND_SWATCH = 34;
/** Stage names sit level under wide enough columns, on up to three lines; narrower, they slant. */
const LEVEL_LABEL_MIN_COLUMN = 64;
const SLANTED_LABEL_WIDTH = 120;
const INK = '#1B2430';
const MUTED = '#52606D';
const GRID = '#DDE2E8';

export function emotionChartSvg(input: EmotionChartInput): string {
  const plotWidth = WIDTH - LEFT - RIGHT;
  const stageCount = Math.max(1, input.stages.length);
  const column = plotWidth / stageCount;
  const legend = legendRows(input.series, plotWidth);
  const top = 12 + legend.length * LEGEND_ROW + 14;
  const level = column >= LEVEL_LABEL_MIN_COLUMN;
  const labelLines = level ? input.stages.map((name) => wrapLines(name, column - 8, LABEL_FONT, 3)) : [];
  const bottom = level ? 14 + Math.max(1, ...labelLines.map((l) => l.length)) * 16 : 18 + Math.ceil(SLANTED_LABEL_WIDTH * Math.sin(Math.PI / 4)) + 8;
  const height = top + PLOT_HEIGHT + bottom;
  const x = (index: number) => LEFT + column * (index + 0.5);
  const y = (value: number) => top + ((2 - value) / 4) * PLOT_HEIGHT;
  const out: string[] = [];

  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${round(height)}" width="${WIDTH}" height="${round(height)}" role="img" class="emotion-chart" font-family="${escapeMarkup(CHART_FONT_FAMILY)}">`,
    `<title>${escapeMarkup(input.title)}</title>`,
    `<rect x="0" y="0" width="${WIDTH}" height="${round(height)}" fill="#FFFFFF"/>`,
  );

  // Stage columns: faint alternate bands so a point reads against its stage.
  for (let i = 0; i < input.stages.length; i++) {
    if (i % 2 === 1) out.push(`<rect x="${round(LEFT + column * i)}" y="${top}" width="${round(column)}" height="${PLOT_HEIGHT}" fill="#F4F6F8"/>`);
  }
  // The scale: a line per whole score, the neutral line dashed.
  for (const value of [2, 1, 0, -1, -2]) {
    const at = round(y(value));
    const dash = value === 0 ? ' stroke-dasharray="6 5"' : '';
    out.push(`<line x1="${LEFT}" y1="${at}" x2="${WIDTH - RIGHT}" y2="${at}" stroke="${value === 0 ? '#AEB8C4' : GRID}" stroke-width="${value === 0 ? 1.5 : 1}"${dash}/>`);
    out.push(`<text x="${LEFT - 8}" y="${at}" dy="0.35em" text-anchor="end" font-size="${LABEL_FONT.size}" fill="${MUTED}">${scaleLabel(value)}</text>`);
  }
  out.push(`<line x1="${LEFT}" y1="${top}" x2="${LEFT}" y2="${top + PLOT_HEIGHT}" stroke="${GRID}" stroke-width="1"/>`);

  // Stage names.
  input.stages.forEach((name, i) => {
    if (level) {
      const lines = labelLines[i]!;
      const tspans = lines.map((line, n) => `<tspan x="${round(x(i))}" dy="${n === 0 ? 0 : 16}">${escapeMarkup(line)}</tspan>`).join('');
      out.push(`<text x="${round(x(i))}" y="${top + PLOT_HEIGHT + 20}" text-anchor="middle" font-size="${LABEL_FONT.size}" fill="${INK}">${tspans}</text>`);
    } else {
      const at = `${round(x(i))} ${top + PLOT_HEIGHT + 12}`;
      out.push(`<text transform="translate(${at}) rotate(-45)" text-anchor="end" dy="0.35em" font-size="${LABEL_FONT.size}" fill="${INK}">${escapeMarkup(ellipsize(name, SLANTED_LABEL_WIDTH, LABEL_FONT))}</text>`);
    }
  });

  // The curves: a segment only between neighbouring stages that both have a score.
  // Each curve sits a few pixels beside the next, so two personas who felt
  // the same at a stage show two markers, not one hiding the other.
  const dodge = Math.min(7, column / (2 * Math.max(1, input.series.length)));
  input.series.forEach((series, s) => {
    const shift = (s - (input.series.length - 1) / 2) * dodge;
    const segments: string[] = [];
    let run: string[] = [];
    for (let i = 0; i < input.stages.length; i++) {
      const value = series.values[i];
      if (value === null || value === undefined) {
        if (run.length > 1) segments.push(run.join(' '));
        run = [];
      } else {
        run.push(`${round(x(i) + shift)},${round(y(clamp(value)))}`);
      }
    }
    if (run.length > 1) segments.push(run.join(' '));
    for (const points of segments) {
      out.push(`<polyline points="${points}" fill="none" stroke="${series.color}" stroke-width="3" stroke-linejoin="round" stroke-linecap="round"/>`);
    }
    series.values.forEach((value, i) => {
      if (value !== null && value !== undefined && i < input.stages.length) out.push(marker(s, x(i) + shift, y(clamp(value)), series.color));
    });
  });

  // The legend, above the plot.
  legend.forEach((row, r) => {
    const rowY = 12 + r * LEGEND_ROW + LEGEND_ROW / 2;
    for (const item of row) {
      const left = LEFT + item.x;
      out.push(`<line x1="${round(left)}" y1="${round(rowY)}" x2="${round(left + LEGEND_SWATCH - 6)}" y2="${round(rowY)}" stroke="${item.series.color}" stroke-width="3"/>`);
      out.push(marker(item.index, left + (LEGEND_SWATCH - 6) / 2, rowY, item.series.color));
      out.push(`<text x="${round(left + LEGEND_SWATCH)}" y="${round(rowY)}" dy="0.35em" font-size="${LEGEND_FONT.size}" fill="${INK}">${escapeMarkup(item.label)}</text>`);
    }
  });

  out.push('</svg>');
  return out.join('');
}

interface LegendItem {
  series: EmotionChartSeries;
  index: number;
  label: string;
  x: number;
}

function legendRows(series: readonly EmotionChartSeries[], width: number): LegendItem[][] {
  const rows: LegendItem[][] = [];
  let row: LegendItem[] = [];
  let x = 0;
  series.forEach((s, index) => {
    const label = ellipsize(s.label, width - LEGEND_SWATCH, LEGEND_FONT);
    const itemWidth = LEGEND_SWATCH + measureText(label, LEGEND_FONT) + 24;
    if (row.length > 0 && x + itemWidth > width) {
      rows.push(row);
      row = [];
      x = 0;
    }
    row.push({ series: s, index, label, x });
    x += itemWidth;
  });
  if (row.length > 0) rows.push(row);
  return rows;
}

/** Circle, square, triangle, diamond, then round again with the next colours. */
function marker(index: number, cx: number, cy: number, color: string): string {
  const paint = `fill="${color}" stroke="#FFFFFF" stroke-width="1.5"`;
  switch (index % 4) {
    case 0:
      return `<circle cx="${round(cx)}" cy="${round(cy)}" r="5.5" ${paint}/>`;
    case 1:
      return `<rect x="${round(cx - 5)}" y="${round(cy - 5)}" width="10" height="10" ${paint}/>`;
    case 2:
      return `<polygon points="${round(cx)},${round(cy - 6.5)} ${round(cx + 6)},${round(cy + 4.5)} ${round(cx - 6)},${round(cy + 4.5)}" ${paint}/>`;
    default:
      return `<polygon points="${round(cx)},${round(cy - 6.5)} ${round(cx + 6.5)},${round(cy)} ${round(cx)},${round(cy + 6.5)} ${round(cx - 6.5)},${round(cy)}" ${paint}/>`;
  }
}

function scaleLabel(value: number): string {
  return value > 0 ? `+${value}` : value < 0 ? `−${-value}` : '0';
}

function clamp(value: number): number {
  return Math.min(2, Math.max(-2, value));
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

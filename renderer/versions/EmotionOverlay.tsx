// Both maps' emotion curves on one chart, over the Compare view's stages:
// "before" dashed blue, "after" solid orange (colour and dash, so it reads
// in grey on a projector too), one marker shape per emotions lane, the
// legend naming each map by title and date. A stage with no scored note is
// bridged faintly, as the board does.
import type { CSSProperties } from 'react';
import type { EmotionSeries, MapComparison } from '../../shared/analysis/compareMaps';
import { useWords } from '../words';

export interface SideName {
  title: string;
  detail: string;
}

// "After" is drawn first and wider, "before" dashed on top with hollow
// markers: where the two curves agree, both still show.
const SIDES = {
  before: { color: '#2563EB', dash: '9 6', width: 3, hollow: true },
  after: { color: '#EA580C', dash: undefined, width: 6, hollow: false },
} as const;
const MARKERS = ['circle', 'square', 'triangle', 'diamond'] as const;

const STEP = 130;
const LEFT = 110;
const RIGHT = 24;
const TOP = 18;
const PLOT = 170;
const BOTTOM = 44;

function Marker({ shape, x, y, side }: { shape: (typeof MARKERS)[number]; x: number; y: number; side: keyof typeof SIDES }) {
  const { color, hollow } = SIDES[side];
  const r = hollow ? 5 : 7;
  const paint = hollow ? { fill: '#fff', stroke: color, strokeWidth: 2.5 } : { fill: color };
  if (shape === 'circle') return <circle cx={x} cy={y} r={r} {...paint} />;
  if (shape === 'square') return <rect x={x - r} y={y - r} width={2 * r} height={2 * r} {...paint} />;
  if (shape === 'triangle') return <polygon points={`${x},${y - r - 1} ${x + r + 1},${y + r} ${x - r - 1},${y + r}`} {...paint} />;
  return <polygon points={`${x},${y - r - 2} ${x + r + 2},${y} ${x},${y + r + 2} ${x - r - 2},${y}`} {...paint} />;
}

function Curve({ series, side, shape, x, y }: { series: EmotionSeries; side: keyof typeof SIDES; shape: (typeof MARKERS)[number]; x(i: number): number; y(v: number): number }) {
  const { color, dash, width } = SIDES[side];
  const points = series.means.map((mean, i) => (mean === null ? null : { x: x(i), y: y(mean) }));
  const segments: { from: { x: number; y: number }; to: { x: number; y: number }; bridged: boolean }[] = [];
  let last: { x: number; y: number } | null = null;
  let gap = false;
  for (const p of points) {
    if (p === null) {
      if (last) gap = true;
      continue;
    }
    if (last) segments.push({ from: last, to: p, bridged: gap });
    last = p;
    gap = false;
  }
  return (
    <g data-testid={`compare-curve-${side}`}>
      {segments.map((s, i) => (
        <line key={i} x1={s.from.x} y1={s.from.y} x2={s.to.x} y2={s.to.y} stroke={color} strokeWidth={width} strokeDasharray={dash} strokeLinecap="round" opacity={s.bridged ? 0.35 : 1} />
      ))}
      {points.map((p, i) => p && <Marker key={i} shape={shape} x={p.x} y={p.y} side={side} />)}
    </g>
  );
}

function LegendKey({ side, shape }: { side: keyof typeof SIDES; shape: (typeof MARKERS)[number] }) {
  const { color, dash, width } = SIDES[side];
  return (
    <svg width={46} height={18} aria-hidden="true">
      <line x1={2} y1={9} x2={44} y2={9} stroke={color} strokeWidth={width} strokeDasharray={dash} />
      <Marker shape={shape} x={23} y={9} side={side} />
    </svg>
  );
}

export function EmotionOverlay({ comparison, names }: { comparison: MapComparison; names: Record<'before' | 'after', SideName> }) {
  const w = useWords();
  const { before, after } = comparison.emotions;
  const scored = [...before, ...after].some((s) => s.means.some((m) => m !== null));
  if (!scored) return <p className="muted" data-testid="compare-no-emotions">{w.versions.compare.noEmotions}</p>;

  const columns = comparison.columns;
  const width = LEFT + columns.length * STEP + RIGHT;
  const height = TOP + PLOT + BOTTOM;
  const x = (i: number) => LEFT + (i + 0.5) * STEP;
  const y = (v: number) => TOP + ((2 - v) / 4) * PLOT;
  // A lane matched in both maps has the same marker on both curves.
  const rows = [...new Set([...before, ...after].map((s) => s.row))].sort((a, b) => a - b);
  const shapeOf = (series: EmotionSeries) => MARKERS[rows.indexOf(series.row) % MARKERS.length]!;

  return (
    <figure className="compare-chart" data-testid="compare-chart" style={{ '--chart-width': `${width}px` } as CSSProperties}>
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={w.versions.compare.emotions}>
        {([-2, -1, 0, 1, 2] as const).map((v) => (
          <g key={v}>
            <line x1={LEFT} x2={width - RIGHT} y1={y(v)} y2={y(v)} stroke={v === 0 ? '#9aa5b1' : '#e3e7ec'} strokeWidth={v === 0 ? 1.5 : 1} />
            <text x={LEFT - 10} y={y(v) + 4} textAnchor="end" fontSize={14} fill="#5b6775">
              {w.inspector.emotions[v]}
            </text>
          </g>
        ))}
        {columns.map((column, i) => {
          const title = (column.after ?? column.before)!.title;
          return (
            <text key={i} x={x(i)} y={TOP + PLOT + 26} textAnchor="middle" fontSize={15} fill="#1b2430">
              <title>{title}</title>
              {title.length > 16 ? `${title.slice(0, 15)}…` : title}
            </text>
          );
        })}
        {after.map((series) => (
          <Curve key={`a-${series.lane.id}`} series={series} side="after" shape={shapeOf(series)} x={x} y={y} />
        ))}
        {before.map((series) => (
          <Curve key={`b-${series.lane.id}`} series={series} side="before" shape={shapeOf(series)} x={x} y={y} />
        ))}
      </svg>
      <figcaption className="compare-legend" data-testid="compare-legend">
        {(['before', 'after'] as const).map((side) => (
          <div key={side} className="compare-legend-side">
            <strong>
              {w.versions.compare[side]}: {names[side].title}
            </strong>{' '}
            <span className="muted">{names[side].detail}</span>
            <ul>
              {comparison.emotions[side].map((series) => (
                <li key={series.lane.id}>
                  <LegendKey side={side} shape={shapeOf(series)} /> {series.lane.title}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </figcaption>
    </figure>
  );
}

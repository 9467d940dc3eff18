// A curve's key in the interface: the same stretch of line, dash and marker
// in the same colour as the board's legend draws (shared/layout/curveStyles.ts).
import type { CurveStyle } from '../../shared/layout/curveStyles';

const W = 44;
const H = 20;

function Marker({ style, color }: { style: CurveStyle; color: string }) {
  const x = W / 2;
  const y = H / 2;
  switch (style.marker) {
    case 'disc':
      return <circle cx={x} cy={y} r={6} fill={color} stroke="#fff" strokeWidth={2} />;
    case 'square':
      return <rect x={x - 6} y={y - 6} width={12} height={12} fill={color} stroke="#fff" strokeWidth={2} />;
    case 'ring':
      return <circle cx={x} cy={y} r={5.5} fill="#fff" stroke={color} strokeWidth={3} />;
    case 'hollow-square':
      return <rect x={x - 5.5} y={y - 5.5} width={11} height={11} fill="#fff" stroke={color} strokeWidth={3} />;
    case 'cross':
      return (
        <g stroke={color} strokeWidth={3.5} strokeLinecap="round">
          <circle cx={x} cy={y} r={8} fill="#fff" stroke="none" />
          <path d={`M${x - 5} ${y - 5}L${x + 5} ${y + 5}M${x - 5} ${y + 5}L${x + 5} ${y - 5}`} />
        </g>
      );
    case 'triangle':
      return (
        <g>
          <circle cx={x} cy={y} r={8} fill="#fff" />
          <path d={`M${x} ${y - 6}L${x + 6} ${y + 5}L${x - 6} ${y + 5}Z`} fill="#fff" stroke={color} strokeWidth={3} strokeLinejoin="round" />
        </g>
      );
  }
}

export function CurveSwatch({ style, color }: { style: CurveStyle; color: string }) {
  return (
    <svg className="curve-swatch" width={W} height={H} viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false">
      <line x1={2} y1={H / 2} x2={W - 2} y2={H / 2} stroke={color} strokeWidth={3.5} strokeLinecap="round" strokeDasharray={style.dash ? style.dash.map((d) => d * 0.7).join(' ') : undefined} />
      <Marker style={style} color={color} />
    </svg>
  );
}

// The dimming in present mode: the tour veils the neighbouring stages a
// little so the eye finds the current one; a spotlight veils everything but
// one stage or one lane heavily. The pinned lane and stage titles stay clear
// so the room can still read where it is. The overview frames the current stage.
import type { BoardLayout } from '../../shared/layout/layout';
import type { CameraState } from '../board/camera';
import type { PresentState } from './presentProbe';
import { laneOnScreen, pinnedEdges, stageOnScreen, type Rect, type View } from './tour';

const TOUR_VEIL = 'rgba(11, 18, 32, 0.28)';
const SPOTLIGHT_VEIL = 'rgba(11, 18, 32, 0.74)';

export interface VeilsProps {
  layout: BoardLayout;
  camera: CameraState;
  view: View;
  stage: number;
  overview: boolean;
  spotlight: PresentState['spotlight'];
}

function veilRects({ layout, camera, view, stage, overview, spotlight }: VeilsProps): { rects: Rect[]; color: string; frame: Rect | null } {
  const pinned = pinnedEdges(layout, camera);
  if (spotlight.kind === 'lane') {
    const row = laneOnScreen(layout, spotlight.lane, camera, view);
    if (!row) return { rects: [], color: SPOTLIGHT_VEIL, frame: null };
    const top = Math.max(pinned.top, row.y);
    const bottom = Math.max(pinned.top, row.y + row.height);
    return {
      rects: [
        { x: 0, y: pinned.top, width: view.width, height: Math.max(0, top - pinned.top) },
        { x: 0, y: bottom, width: view.width, height: Math.max(0, view.height - bottom) },
      ],
      color: SPOTLIGHT_VEIL,
      frame: null,
    };
  }
  const column = stageOnScreen(layout, spotlight.kind === 'stage' ? spotlight.stage : stage, camera, view);
  if (!column) return { rects: [], color: TOUR_VEIL, frame: null };
  if (overview && spotlight.kind === 'none') {
    const height = Math.min(view.height, camera.y + layout.height * camera.scale) - Math.max(0, camera.y);
    return { rects: [], color: TOUR_VEIL, frame: { x: column.x, y: Math.max(0, camera.y), width: column.width, height } };
  }
  const left = Math.max(pinned.left, Math.min(column.x, view.width));
  const right = Math.max(pinned.left, Math.min(column.x + column.width, view.width));
  return {
    rects: [
      { x: pinned.left, y: 0, width: Math.max(0, left - pinned.left), height: view.height },
      { x: right, y: 0, width: Math.max(0, view.width - right), height: view.height },
    ],
    color: spotlight.kind === 'stage' ? SPOTLIGHT_VEIL : TOUR_VEIL,
    frame: null,
  };
}

export function Veils(props: VeilsProps) {
  const { rects, color, frame } = veilRects(props);
  return (
    <div className="present-veils" aria-hidden data-testid="present-veils">
      {rects
        .filter((r) => r.width > 0 && r.height > 0)
        .map((r, i) => (
          <div key={i} className="veil" style={{ left: r.x, top: r.y, width: r.width, height: r.height, background: color }} />
        ))}
      {frame && <div className="stage-frame" style={{ left: frame.x - 3, top: frame.y, width: frame.width + 6, height: frame.height }} />}
    </div>
  );
}

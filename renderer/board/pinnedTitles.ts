// The titles pinned over the board like a spreadsheet's frozen panes: the
// lane titles down the left, the persona strip and stage titles across the
// top. What they cover is not in view, whatever the camera says.
import { GEOMETRY } from '../../shared/layout/geometry';
import type { BoardLayout } from '../../shared/layout/layout';
import type { CameraState } from './camera';

/** How far the pinned titles reach into the view, in board units: times the zoom on screen. */
export interface PinnedTitles {
  left: number;
  top: number;
}

export function pinnedTitles(layout: BoardLayout): PinnedTitles {
  return { left: GEOMETRY.laneHeaderWidth, top: layout.top };
}

/** The board y that shows just below the pinned stage titles. */
export function openTop(layout: BoardLayout, camera: CameraState): number {
  return (Math.max(camera.y, 0) - camera.y) / camera.scale + layout.top;
}

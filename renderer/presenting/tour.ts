// Where the camera looks during a presentation. Stages are the slides: each
// is centred right of the pinned lane titles, at a zoom where note text is at
// least 18 screen pixels (read from the back of a room on a 1920×1080
// projector), larger when the map is small enough to allow it.
import { GEOMETRY, NOTE_FONT } from '../../shared/layout/geometry';
import type { BoardLayout } from '../../shared/layout/layout';
import type { CameraState } from '../board/camera';

/** Note text on the projected screen, in CSS pixels, never smaller than this in the tour. */
const MIN_PROJECTED_TEXT_PX = 18;
/** Beyond this the cards fill the wall and neighbours vanish: no more zoom is useful. */
const MAX_TOUR_SCALE = 2.5;

export interface View {
  width: number;
  height: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The tour's zoom for this map and screen. */
export function tourScale(layout: BoardLayout, view: View): number {
  const readable = MIN_PROJECTED_TEXT_PX / NOTE_FONT.size;
  const column = layout.columns[0]?.width ?? 1;
  // The whole map's height, or the stage with a little of each neighbour across the width: whichever is smaller.
  const fitHeight = view.height / Math.max(1, layout.height);
  const fitWidth = view.width / (GEOMETRY.laneHeaderWidth + column * 1.6);
  return Math.max(readable, Math.min(fitHeight, fitWidth, MAX_TOUR_SCALE));
}

/** Furthest the tour can scroll down (board px below the top) so the map's foot reaches the screen's foot. */
export function maxScroll(layout: BoardLayout, view: View, scale: number): number {
  return Math.max(0, layout.height - view.height / scale);
}

/** The camera for stage `index`, scrolled `scroll` board px down. */
export function tourCamera(layout: BoardLayout, index: number, view: View, scroll = 0): CameraState {
  const scale = tourScale(layout, view);
  const column = layout.columns[Math.max(0, Math.min(index, layout.columns.length - 1))];
  if (!column) return { x: 0, y: 0, scale };
  const header = GEOMETRY.laneHeaderWidth * scale;
  const centre = header + (view.width - header) / 2;
  const y = -Math.max(0, Math.min(scroll, maxScroll(layout, view, scale))) * scale;
  // Centred, except that the map's own edges stay at the screen's: no empty wall beside the first or last stage.
  const centred = centre - (column.x + column.width / 2) * scale;
  const x = Math.min(0, Math.max(centred, Math.min(0, view.width - layout.width * scale)));
  return { x: Math.round(x), y: Math.round(y), scale };
}

/** The camera showing the whole map. */
export function overviewCamera(layout: BoardLayout, view: View, margin = 24): CameraState {
  const scale = Math.min((view.width - 2 * margin) / layout.width, (view.height - 2 * margin) / layout.height);
  return { scale, x: (view.width - layout.width * scale) / 2, y: (view.height - layout.height * scale) / 2 };
}

/** A stage's column on screen (full height below the headers). */
export function stageOnScreen(layout: BoardLayout, index: number, camera: CameraState, view: View): Rect | null {
  const column = layout.columns[index];
  if (!column) return null;
  return { x: camera.x + column.x * camera.scale, y: 0, width: column.width * camera.scale, height: view.height };
}

/** A lane's row on screen (full width right of the lane titles). */
export function laneOnScreen(layout: BoardLayout, laneId: string, camera: CameraState, view: View): Rect | null {
  const row = layout.rowOf.get(laneId);
  if (!row) return null;
  return { x: 0, y: camera.y + row.y * camera.scale, width: view.width, height: row.height * camera.scale };
}

/** Where the pinned headers end on screen: lane titles at the left, persona strip and stage titles at the top. */
export function pinnedEdges(layout: BoardLayout, camera: CameraState): { left: number; top: number } {
  return {
    left: Math.max(camera.x, 0) + GEOMETRY.laneHeaderWidth * camera.scale,
    top: Math.max(camera.y, 0) + (layout.personaStripHeight + GEOMETRY.stageHeaderHeight) * camera.scale,
  };
}

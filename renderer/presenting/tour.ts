// Where the camera looks during a presentation. Stages are the slides: each
// is centred right of the pinned lane titles. The zoom shows every lane of the
// stage at once when note text can stay readable from the back of the room;
// otherwise note text stays at 18 screen px or more and the tour scrolls.
// The presenter's + and - zoom in steps from there.
import { GEOMETRY, NOTE_FONT } from '../../shared/layout/geometry';
import type { BoardLayout } from '../../shared/layout/layout';
import type { CameraState } from '../board/camera';
import { pinnedTitles } from '../board/pinnedTitles';

/** Note text on the projected screen, in CSS pixels, never smaller than this in the tour unless every lane fits. */
const MIN_PROJECTED_TEXT_PX = 18;
/**
 * "18 px at 1080p": readability is judged on a 1080-px-tall screen and scales
 * with the screen's height, because a 1280×720 projector fills the same wall
 * as a 1920×1080 one (12 px there reads as 18 px here).
 */
const READABLE_SCREEN_HEIGHT = 1080;
/** Beyond this the cards fill the wall and neighbours vanish: no more zoom is useful. */
const MAX_TOUR_SCALE = 2.5;
/** One press of + or - zooms by this much; a few presses either way is all a room needs. */
const ZOOM_STEP = 1.25;
export const MAX_ZOOM_STEPS = 4;

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

/**
 * The smallest zoom at which every lane may be fitted: note text at least
 * 18 px scaled to a 1080-px-tall screen. `view` is the board's area, which
 * spans the screen's whole height (present mode's chrome sits at the side).
 */
export function readableFitScale(view: View): number {
  return (MIN_PROJECTED_TEXT_PX / NOTE_FONT.size) * (view.height / READABLE_SCREEN_HEIGHT);
}

/** The tour's zoom for this map and screen, and whether every lane fits the screen's height at it. */
export function tourFit(layout: BoardLayout, view: View): { scale: number; fitsHeight: boolean } {
  const column = layout.columns[0]?.width ?? 1;
  const fitHeight = view.height / Math.max(1, layout.height);
  // The stage with a little of each neighbour across the width.
  const fitWidth = view.width / (GEOMETRY.laneHeaderWidth + column * 1.6);
  const readable = readableFitScale(view);
  if (fitHeight >= readable) return { scale: Math.max(readable, Math.min(fitHeight, fitWidth, MAX_TOUR_SCALE)), fitsHeight: true };
  // Too tall to fit readably: the zoom the tour always had, 18 screen px whatever the screen, and the tour scrolls.
  const scale = Math.max(MIN_PROJECTED_TEXT_PX / NOTE_FONT.size, Math.min(fitHeight, fitWidth, MAX_TOUR_SCALE));
  return { scale, fitsHeight: layout.height * scale <= view.height };
}

/** The tour's zoom, after the presenter's presses of + (positive steps) and - (negative). */
export function tourScale(layout: BoardLayout, view: View, zoomSteps = 0): number {
  return tourFit(layout, view).scale * ZOOM_STEP ** clampZoomSteps(zoomSteps);
}

export function clampZoomSteps(steps: number): number {
  return Math.max(-MAX_ZOOM_STEPS, Math.min(MAX_ZOOM_STEPS, steps));
}

/** Furthest the tour can scroll down (board px below the top) so the map's foot reaches the screen's foot. */
export function maxScroll(layout: BoardLayout, view: View, scale: number): number {
  return Math.max(0, layout.height - view.height / scale);
}

/** The camera for stage `index`, scrolled `scroll` board px down, zoomed `zoomSteps` presses of + or -. */
export function tourCamera(layout: BoardLayout, index: number, view: View, scroll = 0, zoomSteps = 0): CameraState {
  const scale = tourScale(layout, view, zoomSteps);
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
  const pinned = pinnedTitles(layout);
  return { left: Math.max(camera.x, 0) + pinned.left * camera.scale, top: Math.max(camera.y, 0) + pinned.top * camera.scale };
}

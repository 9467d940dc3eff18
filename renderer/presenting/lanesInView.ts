// Which lanes the room can see during a presentation, from the layout and the
// camera: the lane spotlight lights only these (a lit lane off screen would
// darken everything visible), and the lanes below the screen's foot are the
// ones the "more below" cue names.
import type { BoardLayout, RowLayout } from '../../shared/layout/layout';
import type { CameraState } from '../board/camera';
import { maxScroll, pinnedEdges, type View } from './tour';

/** A row's top and bottom on screen, and the part of the screen lanes can show in (below the pinned stage titles). */
function onScreen(layout: BoardLayout, row: RowLayout, camera: CameraState, view: View) {
  const top = camera.y + row.y * camera.scale;
  const region = { top: pinnedEdges(layout, camera).top, bottom: view.height };
  const seen = Math.max(0, Math.min(top + row.height * camera.scale, region.bottom) - Math.max(top, region.top));
  return { top, bottom: top + row.height * camera.scale, seen, whole: Math.min(row.height * camera.scale, region.bottom - region.top) };
}

/** The lanes wholly on screen (or, for a lane taller than the screen, filling it), top to bottom. */
export function lanesInView(layout: BoardLayout, camera: CameraState, view: View): string[] {
  return layout.rows.filter((row) => {
    const at = onScreen(layout, row, camera, view);
    return at.seen >= at.whole - 1;
  }).map((row) => row.lane.id);
}

/** The lanes not wholly on screen because they run past its foot, top to bottom. */
export function lanesBelow(layout: BoardLayout, camera: CameraState, view: View): RowLayout[] {
  return layout.rows.filter((row) => onScreen(layout, row, camera, view).bottom > view.height + 1);
}

/** The lane L lights: the top lane in view (or the one most on screen when none is whole). */
export function laneToSpotlight(layout: BoardLayout, camera: CameraState, view: View): string | null {
  const whole = lanesInView(layout, camera, view)[0];
  if (whole) return whole;
  let best: { id: string; seen: number } | null = null;
  for (const row of layout.rows) {
    const { seen } = onScreen(layout, row, camera, view);
    if (seen > 0 && (!best || seen > best.seen)) best = { id: row.lane.id, seen };
  }
  return best?.id ?? null;
}

/** The lane above (-1) or below (+1) a lit lane; the first and last lanes stay lit at the ends. */
export function neighbourLane(layout: BoardLayout, laneId: string, direction: 1 | -1): string {
  const rows = layout.rows;
  const at = rows.findIndex((row) => row.lane.id === laneId);
  return rows[Math.max(0, Math.min(at + direction, rows.length - 1))]?.lane.id ?? laneId;
}

/**
 * How far the tour must scroll (board px) so a lane is wholly on screen below
 * the pinned stage titles, moving as little as it can from `scroll`; a lane
 * taller than the screen shows from its top.
 */
export function scrollToShowLane(layout: BoardLayout, laneId: string, scroll: number, scale: number, view: View): number {
  const row = layout.rowOf.get(laneId);
  if (!row) return scroll;
  const top = row.y - layout.top;
  const bottom = row.y + row.height - view.height / scale;
  const wanted = row.y < scroll + layout.top ? top : bottom > scroll ? Math.min(top, bottom) : scroll;
  return Math.max(0, Math.min(wanted, maxScroll(layout, view, scale)));
}

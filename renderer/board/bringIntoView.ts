// Bringing a note into view. Every way the board moves its camera to show a
// note (find, the dot voting results, a captured note, the note editor)
// goes through here, so none leaves it under the pinned titles.
import { READING_ZOOM, TEXT_ZOOM, type CameraState } from './camera';
import type { Rect } from './grid';
import type { PinnedTitles } from './pinnedTitles';

/** Room kept between a note brought into view and the edges of the open board, in screen pixels. */
const MARGIN = 8;

export interface Placing {
  /** 'nearest' pans no further than needed, so the eye keeps its place; 'centre' puts the note in the middle of the open board. */
  place: 'nearest' | 'centre';
  /** A note about to be typed in: where the board draws no text, zoom to READING_ZOOM first (and centre it). */
  readable?: boolean;
}

/** The camera that shows `note` (board units) whole on the open board: right of the lane titles, below the stage titles. */
export function cameraShowing(camera: CameraState, note: Rect, view: { width: number; height: number }, pinned: PinnedTitles, placing: Placing): CameraState {
  const scale = placing.readable && camera.scale < TEXT_ZOOM ? READING_ZOOM : camera.scale;
  // After a zoom the old place means nothing to the eye: centre.
  const centre = placing.place === 'centre' || scale !== camera.scale;
  /** The camera's origin along one axis: the note spans [start, start + size) on the board, the open board [from, to) on screen. */
  const origin = (current: number, start: number, size: number, from: number, to: number): number => {
    const at = start * scale;
    const length = size * scale;
    // Too big to show whole: its beginning (the text's first line) shows.
    if (length > to - from) return from - at;
    if (centre) {
      const centred = (from + to) / 2 - (at + length / 2);
      // No empty wall before the map's first stage or lane, unless that would hide the note.
      return Math.max(Math.min(centred, 0), from - at);
    }
    if (current + at < from) return from - at;
    if (current + at + length > to) return to - length - at;
    return current;
  };
  return {
    scale,
    x: origin(camera.x, note.x, note.width, pinned.left * scale + MARGIN, view.width - MARGIN),
    y: origin(camera.y, note.y, note.height, pinned.top * scale + MARGIN, view.height - MARGIN),
  };
}

// What present mode is showing, for the end-to-end tests' hooks (?test=1):
// the tests check the tour's zoom and text size from the scene, not pixels.
export interface PresentState {
  stage: number;
  stages: number;
  overview: boolean;
  spotlight: { kind: 'none' } | { kind: 'stage'; stage: number } | { kind: 'lane'; lane: string };
  pointer: boolean;
  blank: boolean;
  /** The camera over the board's area (its origin is the screen's top-left corner). */
  camera: { x: number; y: number; scale: number };
  /** The whole screen the presentation fills. */
  view: { width: number; height: number };
  /** The part of it the map is drawn in (left of the presentation's margin). */
  board: { width: number; height: number };
}

let current: PresentState | null = null;

export const presentProbe = {
  get: (): PresentState | null => current,
  set: (state: PresentState | null): void => {
    current = state;
  },
};

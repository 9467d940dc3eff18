// What present mode is showing, for the end-to-end tests' hooks (?test=1):
// the tests check the tour's zoom and text size from the scene, not pixels.
export interface PresentState {
  stage: number;
  stages: number;
  overview: boolean;
  spotlight: { kind: 'none' } | { kind: 'stage'; stage: number } | { kind: 'lane'; lane: string };
  pointer: boolean;
  blank: boolean;
  camera: { x: number; y: number; scale: number };
  view: { width: number; height: number };
}

let current: PresentState | null = null;

export const presentProbe = {
  get: (): PresentState | null => current,
  set: (state: PresentState | null): void => {
    current = state;
  },
};

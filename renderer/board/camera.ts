// The camera: where the board is looked at from and how close. It lives
// outside React state (docs/architecture.md): panning moves the Konva nodes directly and
// tells listeners, and only the set of visible notes reaches React.

export interface CameraState {
  /** Screen position of the board's origin. */
  x: number;
  y: number;
  scale: number;
}

export const MIN_ZOOM = 0.1;
const MAX_ZOOM = 4;
/** Below this zoom cards are drawn without text: unreadable anyway, and far cheaper. */
export const TEXT_ZOOM = 0.4;
/** Where a note opened for typing below TEXT_ZOOM is brought: its font at its own size. */
export const READING_ZOOM = 1;

export const clampZoom = (scale: number): number => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, scale));

export class Camera {
  private state: CameraState = { x: 0, y: 0, scale: 1 };
  private readonly listeners = new Set<(state: CameraState) => void>();

  get(): CameraState {
    return this.state;
  }

  set(next: CameraState): void {
    const state = { ...next, scale: clampZoom(next.scale) };
    if (state.x === this.state.x && state.y === this.state.y && state.scale === this.state.scale) return;
    this.state = state;
    for (const listener of this.listeners) listener(state);
  }

  subscribe(listener: (state: CameraState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  panBy(dx: number, dy: number): void {
    this.set({ ...this.state, x: this.state.x + dx, y: this.state.y + dy });
  }

  /** Zooms to `scale` keeping the board point under the screen point (px, py) where it is. */
  zoomAt(scale: number, px: number, py: number): void {
    const next = clampZoom(scale);
    const { x, y, scale: old } = this.state;
    const bx = (px - x) / old;
    const by = (py - y) / old;
    this.set({ x: px - bx * next, y: py - by * next, scale: next });
  }

  /** Board point under a screen point. */
  toBoard(px: number, py: number): { x: number; y: number } {
    const { x, y, scale } = this.state;
    return { x: (px - x) / scale, y: (py - y) / scale };
  }

  /** Shows the rectangle (board units) whole, centred in a view of the given size. */
  fit(rect: { x: number; y: number; width: number; height: number }, view: { width: number; height: number }, margin = 24): void {
    const scale = clampZoom(Math.min((view.width - 2 * margin) / rect.width, (view.height - 2 * margin) / rect.height));
    this.set({ scale, x: (view.width - rect.width * scale) / 2 - rect.x * scale, y: (view.height - rect.height * scale) / 2 - rect.y * scale });
  }
}

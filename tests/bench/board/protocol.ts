// What the bench's Node side and its in-page code exchange. No DOM and no
// Node types here: both sides import it.

export interface CameraState {
  x: number;
  y: number;
  scale: number;
}

/** One run of a camera path: frame by frame, as measured in the page. */
export interface FrameRun {
  /** requestAnimationFrame timestamp deltas, ms, one per frame after the first. */
  intervals: number[];
  /** Content-layer draw time per frame (beforeDraw → draw, summed over the frame's draws), ms. */
  draws: number[];
  /** How many draws of the content layer the run saw. */
  drawCount: number;
}

/** Keydown to the first content-layer draw that paints the new text, ms after keydown. */
export interface KeyRun {
  /** React has committed the change (a microtask after the input event). */
  commit: number;
  /** The layer's beforeDraw that painted it. */
  drawStart: number;
  /** The layer's draw event that painted it: the glyph is on the canvas. */
  drawEnd: number;
}

/** Times from navigation start, ms. */
export interface OpenRun {
  /** First content-layer draw that held notes, finished. */
  firstDraw: number;
  /** Two animation frames later: that frame has been handed to the compositor. */
  painted: number;
  /** fillText calls in that draw (note lines and labels); -1 on the raw page. */
  texts: number;
  /** DOMContentLoaded done: the page's script has been evaluated. */
  scriptDone: number;
  /** The map's bytes have arrived (the board's startupFile call, the raw page's fetch). */
  mapReceived: number;
}

/** What both pages expose as window.__bench. */
export interface BenchApi {
  open(): Promise<OpenRun>;
  frames(cameras: CameraState[], warmFrames: number): Promise<FrameRun>;
  settle(camera: CameraState, frames: number): Promise<void>;
  /** Arms the next keystroke: resolves in keyResult once `line` is painted. */
  armKey(line: string, timeoutMs: number): void;
  keyResult(): Promise<KeyRun | null>;
  /** Cards the page would paint in view at this camera (the raw page only; -1 elsewhere). */
  cardsInView(camera: CameraState): number;
}

export interface BenchGlobal {
  __bench: BenchApi;
}

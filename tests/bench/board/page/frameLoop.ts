// The frame loop both pages run: one camera per animation frame, the frame
// intervals, and the content layer's draw time per frame.
import type { CameraState, FrameRun } from '../protocol';

export interface DrawSource {
  setCamera(camera: CameraState): void;
  /** Calls before() and after() around each draw of the content layer; returns an unsubscribe. */
  onDraw(before: () => void, after: () => void): () => void;
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

export async function settle(source: DrawSource, camera: CameraState, frames: number): Promise<void> {
  source.setCamera(camera);
  for (let i = 0; i < frames; i++) await nextFrame();
}

/**
 * Sets cameras[i] in frame i. A draw is counted to the frame of the last
 * camera set before it: the board draws in the animation frame after the
 * camera moved (Konva's batchDraw), the raw page at once. The first
 * `warmFrames` frames are run but not kept.
 */
export function runFrames(source: DrawSource, cameras: CameraState[], warmFrames: number): Promise<FrameRun> {
  return new Promise((resolve) => {
    const perFrame = new Float64Array(cameras.length);
    const drawsIn = new Uint16Array(cameras.length);
    const stamps: number[] = [];
    let frame = -1;
    let drawStart = 0;
    let drawCount = 0;
    const off = source.onDraw(
      () => (drawStart = performance.now()),
      () => {
        if (frame < warmFrames) return;
        perFrame[frame] = perFrame[frame]! + performance.now() - drawStart;
        drawsIn[frame] = drawsIn[frame]! + 1;
        drawCount++;
      },
    );
    const tick = (ts: number) => {
      if (frame + 1 >= warmFrames) stamps.push(ts);
      if (frame + 1 < cameras.length) {
        frame++;
        source.setCamera(cameras[frame]!);
        requestAnimationFrame(tick);
        return;
      }
      // Two more frames so the last camera's draw lands, then stop counting.
      void nextFrame()
        .then(nextFrame)
        .then(() => {
          off();
          const draws: number[] = [];
          for (let i = warmFrames; i < cameras.length; i++) if (drawsIn[i]! > 0) draws.push(perFrame[i]!);
          resolve({ intervals: stamps.slice(1).map((t, i) => t - stamps[i]!), draws, drawCount });
        });
    };
    requestAnimationFrame(tick);
  });
}

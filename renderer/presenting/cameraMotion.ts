// Moves the camera smoothly between two places (a short ease, so the room can
// follow where the map went), or at once for people who ask for less motion.
import type { Camera, CameraState } from '../board/camera';

const DURATION_MS = 320;

export function moveCamera(camera: Camera, target: CameraState): () => void {
  const reduced = typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const from = camera.get();
  if (reduced) {
    camera.set(target);
    return () => undefined;
  }
  const start = performance.now();
  let frame = requestAnimationFrame(function step(now) {
    const t = Math.min(1, (now - start) / DURATION_MS);
    const e = 1 - (1 - t) ** 3;
    camera.set({ x: from.x + (target.x - from.x) * e, y: from.y + (target.y - from.y) * e, scale: from.scale + (target.scale - from.scale) * e });
    if (t < 1) frame = requestAnimationFrame(step);
  });
  return () => cancelAnimationFrame(frame);
}

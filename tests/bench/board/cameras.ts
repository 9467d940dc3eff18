// Camera paths, one camera per frame, the same for the board and the raw
// page: pan and zoom at 100%, and at fit (the whole map in view, or as much
// as the smallest zoom shows).
import type { BoardLayout } from '../../../shared/layout/layout';
import { Camera, clampZoom } from '../../../renderer/board/camera';
import type { CameraState } from './protocol';

export interface Path {
  name: string;
  cameras: CameraState[];
}

const TAU = Math.PI * 2;
/** Screen pixels the pan moves down the board per frame: a brisk scroll. */
const PAN_STEP = 12;

/** Zooms `base` to `scale` keeping the view's centre where it is (Camera.zoomAt). */
function zoomAround(base: CameraState, scale: number, view: { width: number; height: number }): CameraState {
  const camera = new Camera();
  camera.set(base);
  camera.zoomAt(scale, view.width / 2, view.height / 2);
  return { ...camera.get() };
}

export function fitCamera(layout: BoardLayout, view: { width: number; height: number }): CameraState {
  const camera = new Camera();
  camera.fit({ x: 0, y: 0, width: layout.width, height: layout.height }, view);
  return { ...camera.get() };
}

export function paths(layout: BoardLayout, view: { width: number; height: number }, frames: number): Path[] {
  const at100: CameraState = { x: -300, y: -Math.round(layout.height * 0.3), scale: 1 };
  const fit = fitCamera(layout, view);
  const range = (f: (i: number) => CameraState) => Array.from({ length: frames }, (_, i) => f(i));
  return [
    { name: 'pan @100%', cameras: range((i) => ({ x: at100.x - 250 * Math.sin((TAU * i) / frames), y: at100.y - PAN_STEP * i, scale: 1 })) },
    { name: 'zoom @100%', cameras: range((i) => zoomAround(at100, clampZoom(2 ** (0.4 * Math.sin((TAU * i) / frames))), view)) },
    { name: `pan @fit ${Math.round(fit.scale * 100)}%`, cameras: range((i) => ({ x: fit.x - 150 * Math.sin((TAU * i) / frames), y: fit.y - PAN_STEP * i, scale: fit.scale })) },
    {
      name: `zoom @fit ${Math.round(fit.scale * 100)}%`,
      cameras: range((i) => zoomAround(fit, clampZoom(fit.scale * 2 ** (0.5 * (1 - Math.cos((TAU * i) / frames)))), view)),
    },
  ];
}

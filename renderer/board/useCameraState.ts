// The camera as React state, for the page elements laid over the board (the
// note and title editors, the empty board's hint). Read through
// useSyncExternalStore: a camera move in the same commit that mounts one
// (a note brought into view as its editor opens) is not missed.
import { useCallback, useSyncExternalStore } from 'react';
import type { Camera, CameraState } from './camera';

export function useCameraState(camera: Camera): CameraState {
  const subscribe = useCallback((listener: () => void) => camera.subscribe(listener), [camera]);
  return useSyncExternalStore(subscribe, () => camera.get());
}

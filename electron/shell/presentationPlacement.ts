// Where a presentation goes in the desktop app: with a second display (the
// projector), the window moves there full screen and the audience sees the
// map; with one, it goes full screen where it is. Plain data in, plain data
// out, so the choice is tested without Electron.

export interface DisplayInfo {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
}

/**
 * The display to present on: another display than the window's own (the
 * largest, when there are several: the projector rather than a small side
 * screen), or null to stay where the window is.
 */
export function presentationDisplay(displays: readonly DisplayInfo[], windowDisplayId: number): DisplayInfo | null {
  const others = displays.filter((d) => d.id !== windowDisplayId);
  if (others.length === 0) return null;
  return others.reduce((best, d) => (d.bounds.width * d.bounds.height > best.bounds.width * best.bounds.height ? d : best));
}

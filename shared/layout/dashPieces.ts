// A dashed line cut into its dashes, each a solid piece. The canvas painting
// (board and PNG) strokes these instead of asking the canvas to dash: Skia
// works out where the dashes of a long line fall differently when only part
// of it is in view (a band of a PNG export, the visible board), so a dashed
// emotion curve drew a pixel or two differently on either side of a seam.
// Cut here, the dashes are the same in every band; SVG and PDF dash natively
// with the same pattern, started at the line's first point as the canvas does.

/** The "on" pieces of a dash pattern along a polyline (flat x, y pairs), the pattern continuing across its corners. */
export function dashPieces(points: readonly number[], dash: readonly number[]): number[][] {
  // As canvas and SVG do: an odd list is repeated; a pattern with nothing to step by draws solid.
  const pattern = dash.length % 2 === 1 ? [...dash, ...dash] : [...dash];
  if (pattern.length === 0 || pattern.some((d) => !Number.isFinite(d) || d < 0) || pattern.every((d) => d === 0)) return [[...points]];
  const pieces: number[][] = [];
  let index = 0;
  let left = pattern[0]!;
  let on = true;
  let current: number[] | null = [points[0]!, points[1]!];
  for (let i = 2; i + 1 < points.length; i += 2) {
    const ax = points[i - 2]!;
    const ay = points[i - 1]!;
    const bx = points[i]!;
    const by = points[i + 1]!;
    const length = Math.hypot(bx - ax, by - ay);
    let at = 0;
    while (length - at > left) {
      at += left;
      const x = ax + ((bx - ax) * at) / length;
      const y = ay + ((by - ay) * at) / length;
      if (on) {
        current!.push(x, y);
        pieces.push(current!);
        current = null;
      } else current = [x, y];
      on = !on;
      index = (index + 1) % pattern.length;
      left = pattern[index]!;
    }
    left -= length - at;
    if (on) current!.push(bx, by);
  }
  if (on && current && current.length >= 4) pieces.push(current);
  return pieces;
}

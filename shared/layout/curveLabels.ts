// Where an emotion curve's value labels go: beside each point on the side
// its own line leaves free (above a peak, below a valley; on a slope, above
// and shifted towards the side where the line falls away), and clear of
// every shown curve's segments and markers. Where those places are crossed
// by other curves, the nearest free place around the point is taken; a
// label never sits on a line when any place near its point is free.

/** A point of a curve on the board, with its value (−2 … 2: higher is up). */
export interface CurvePointAt {
  x: number;
  y: number;
  mean: number;
}

/** A drawn stretch of a curve, as thick as it is stroked. */
export interface CurveSegment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
}

/** A marker drawn at a point, as the circle that holds it. */
export interface CurveMarkerAt {
  x: number;
  y: number;
  radius: number;
}

export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What is already drawn where the labels go: every shown curve's segments and markers, and how far labels may leave the band. */
export interface LabelSurroundings {
  segments: readonly CurveSegment[];
  markers: readonly CurveMarkerAt[];
  /** The band's top and foot; a label may reach a little past them, as it always has. */
  top: number;
  bottom: number;
}

/** A label's top over its point: above sits the line box 30 px up, below 12 px down (the board's places since curves were drawn). */
const ABOVE = -30;
const BELOW = 12;
/** A second row, further out, when the first is crossed. */
const FURTHER = 18;
/** A label shifted to a side starts this far from its point's centre, past the marker. */
const ASIDE = 8;
/** Room kept between a label and a line or marker. */
const CLEARANCE = 1.5;
/** How far from its point a label is looked for when every preferred place is taken. */
const SEARCH = 64;
/** How far past the band a label may reach. */
const BAND_SLACK = 8;

type Side = 'above' | 'below';
type Shift = -1 | 0 | 1;

/**
 * Boxes for the labels of `points` (one curve, left to right), each `sizes[i]`
 * big, in the order of the points. Earlier labels count as drawn for later ones.
 */
export function placeCurveLabels(points: readonly CurvePointAt[], sizes: readonly { width: number; height: number }[], around: LabelSurroundings): LabelBox[] {
  const placed: LabelBox[] = [];
  points.forEach((p, i) => {
    const size = sizes[i]!;
    const preferred = preferredPlaces(p, points[i - 1], points[i + 1]).map((place) => boxAt(p, size, place));
    let best = preferred[0]!;
    let bestHits = Infinity;
    const consider = (box: LabelBox) => {
      const hits = collisions(box, around, placed);
      if (hits < bestHits) {
        best = box;
        bestHits = hits;
      }
      return hits === 0;
    };
    if (!preferred.some(consider)) NEARBY.some((offset) => consider(nearbyBox(p, size, offset)));
    placed.push(best);
  });
  return placed;
}

interface Place {
  side: Side;
  shift: Shift;
  further: boolean;
}

/**
 * The places to try, best first. A point's own line leaves free the side
 * away from its neighbours: above when none is higher (a peak, a plateau's
 * edge), below when every one is higher (a valley); on a slope, above,
 * shifted away from the higher neighbour.
 */
function preferredPlaces(p: CurvePointAt, before: CurvePointAt | undefined, after: CurvePointAt | undefined): Place[] {
  const neighbours = [before, after].filter((n): n is CurvePointAt => n !== undefined);
  const higher = neighbours.filter((n) => n.mean > p.mean);
  const lower = neighbours.filter((n) => n.mean < p.mean);
  const first: Side = higher.length > 0 && lower.length === 0 ? 'below' : 'above';
  const sides: Side[] = first === 'above' ? ['above', 'below'] : ['below', 'above'];
  const places: Place[] = [];
  for (const further of [false, true]) {
    for (const side of sides) {
      // Above, the line is where a neighbour is higher; below, where one is lower: shift away from it.
      const towards = side === 'above' ? higher : lower;
      const away: Shift = towards.length === 1 ? (towards[0]!.x > p.x ? -1 : 1) : 0;
      const shifts: Shift[] = away === 0 ? [0, -1, 1] : [away, 0, (-away) as Shift];
      for (const shift of shifts) places.push({ side, shift, further });
    }
  }
  return places;
}

function boxAt(p: CurvePointAt, size: { width: number; height: number }, place: Place): LabelBox {
  const centre = place.shift === 0 ? p.x : p.x + place.shift * (ASIDE + size.width / 2);
  const top = place.side === 'above' ? p.y + ABOVE - (place.further ? FURTHER : 0) : p.y + BELOW + (place.further ? FURTHER : 0);
  return { x: centre - size.width / 2, y: top, width: size.width, height: size.height };
}

/**
 * Where other curves cross every preferred place: boxes around the point on
 * a 4 px grid, nearest first, as far as a number still reads as its point's.
 */
const NEARBY: readonly { dx: number; dy: number }[] = (() => {
  const offsets: { dx: number; dy: number }[] = [];
  for (let dx = -SEARCH; dx <= SEARCH; dx += 4) for (let dy = -SEARCH; dy <= SEARCH; dy += 4) offsets.push({ dx, dy });
  return offsets.sort((a, b) => Math.hypot(a.dx, a.dy) - Math.hypot(b.dx, b.dy));
})();

function nearbyBox(p: CurvePointAt, size: { width: number; height: number }, { dx, dy }: { dx: number; dy: number }): LabelBox {
  return { x: p.x + dx - size.width / 2, y: p.y + dy - size.height / 2, width: size.width, height: size.height };
}

/** How many lines, markers and labels a box would touch, or leave the band: 0 is a free place. */
function collisions(box: LabelBox, around: LabelSurroundings, placed: readonly LabelBox[]): number {
  let hits = 0;
  if (box.y < around.top - BAND_SLACK || box.y + box.height > around.bottom + BAND_SLACK) hits++;
  for (const s of around.segments) if (segmentMeetsBox(s, grow(box, s.width / 2 + CLEARANCE))) hits++;
  for (const m of around.markers) if (circleMeetsBox(m.x, m.y, m.radius + CLEARANCE, box)) hits++;
  for (const other of placed) if (boxesMeet(box, other)) hits++;
  return hits;
}

function grow(box: LabelBox, by: number): LabelBox {
  return { x: box.x - by, y: box.y - by, width: box.width + 2 * by, height: box.height + 2 * by };
}

/** Whether a segment passes through a box (Liang–Barsky clipping). */
function segmentMeetsBox(s: { x1: number; y1: number; x2: number; y2: number }, box: LabelBox): boolean {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  let from = 0;
  let to = 1;
  const edges: [number, number][] = [
    [-dx, s.x1 - box.x],
    [dx, box.x + box.width - s.x1],
    [-dy, s.y1 - box.y],
    [dy, box.y + box.height - s.y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) from = Math.max(from, t);
    else to = Math.min(to, t);
    if (from > to) return false;
  }
  return true;
}

function circleMeetsBox(x: number, y: number, radius: number, box: LabelBox): boolean {
  const nx = Math.max(box.x, Math.min(x, box.x + box.width));
  const ny = Math.max(box.y, Math.min(y, box.y + box.height));
  return (x - nx) ** 2 + (y - ny) ** 2 < radius ** 2;
}

function boxesMeet(a: LabelBox, b: LabelBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

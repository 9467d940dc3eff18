// Present mode fits the screen (issue 13, point 2): the tour's zoom shows
// every lane of a stage when note text can stay at 18 px at 1080p (scaled
// with the screen's height), else keeps 18 px and scrolls; + and - zoom in
// steps; the lanes in view and below come from the camera, the lane
// spotlight lights only a lane in view, and the tour scrolls to a lit lane.
import { describe, expect, it } from 'vitest';
import { NOTE_FONT } from '../../../shared/layout/geometry';
import { layoutBoard, type BoardLayout } from '../../../shared/layout/layout';
import { lanesBelow, lanesInView, laneToSpotlight, neighbourLane, scrollToShowLane } from '../../../renderer/presenting/lanesInView';
import { maxScroll, MAX_ZOOM_STEPS, readableFitScale, tourCamera, tourFit, tourScale, type View } from '../../../renderer/presenting/tour';
import { eightLaneMap, fourOfEightLanesMap, sampleMap } from '../../support/presentMaps';

/** The board's area at each screen size: the screen's height, less the presentation's margin at the right. */
const SCREENS: View[] = [
  { width: 1920 - 307, height: 1080 },
  { width: 1366 - 260, height: 768 },
  { width: 1280 - 260, height: 720 },
];
const textAt1080 = (scale: number, view: View) => NOTE_FONT.size * scale * (1080 / view.height);

const TALL = {
  b2b: layoutBoard(sampleMap('b2b-software-purchase.en.cjm')),
  hotel: layoutBoard(sampleMap('hotel-check-in.id.cjm')),
  'eight lanes': layoutBoard(eightLaneMap()),
};
const SHORT = layoutBoard(fourOfEightLanesMap());

describe('the tour zoom', () => {
  it('judges 18 px on a 1080-px-tall screen and scales that with the height', () => {
    expect(NOTE_FONT.size * readableFitScale({ width: 1600, height: 1080 })).toBeCloseTo(18, 9);
    expect(NOTE_FONT.size * readableFitScale({ width: 1000, height: 720 })).toBeCloseTo(12, 9);
  });

  it.each(SCREENS)('shows every lane of a short map at $width×$height, text at 18 px at 1080p or more', (view) => {
    const fit = tourFit(SHORT, view);
    expect(fit.fitsHeight).toBe(true);
    expect(SHORT.height * fit.scale).toBeLessThanOrEqual(view.height);
    expect(textAt1080(fit.scale, view)).toBeGreaterThanOrEqual(18 - 1e-9);
    expect(lanesBelow(SHORT, tourCamera(SHORT, 3, view), view)).toEqual([]);
    expect(lanesInView(SHORT, tourCamera(SHORT, 3, view), view)).toEqual(SHORT.rows.map((r) => r.lane.id));
  });

  for (const [name, layout] of Object.entries(TALL)) {
    it.each(SCREENS)(`keeps 18 px and scrolls ${name} at $width×$height, with lanes below to name`, (view) => {
      const fit = tourFit(layout, view);
      expect(fit.fitsHeight).toBe(false);
      // The zoom the tour always had: 18 screen px.
      expect(NOTE_FONT.size * fit.scale).toBeCloseTo(18, 9);
      const top = tourCamera(layout, 0, view);
      expect(lanesBelow(layout, top, view).length).toBeGreaterThan(0);
      const foot = tourCamera(layout, 0, view, 1e9);
      expect(lanesBelow(layout, foot, view)).toEqual([]);
    });
  }

  it('zooms in and out by steps from the fitted zoom, a few steps either way', () => {
    const view = SCREENS[1]!;
    const base = tourScale(SHORT, view);
    expect(tourScale(SHORT, view, 1)).toBeCloseTo(base * 1.25, 9);
    expect(tourScale(SHORT, view, -2)).toBeCloseTo(base / 1.25 ** 2, 9);
    expect(tourScale(SHORT, view, 99)).toBe(tourScale(SHORT, view, MAX_ZOOM_STEPS));
    expect(tourCamera(SHORT, 0, view, 0, 1).scale).toBeCloseTo(base * 1.25, 9);
  });
});

describe('the lanes in view', () => {
  const layout: BoardLayout = TALL['eight lanes'];
  const view = SCREENS[1]!;
  const scale = tourScale(layout, view);

  it('are the lanes wholly below the stage titles and above the foot; the rest are below', () => {
    const camera = tourCamera(layout, 0, view);
    const inView = lanesInView(layout, camera, view);
    const below = lanesBelow(layout, camera, view).map((r) => r.lane.id);
    expect(inView[0]).toBe(layout.rows[0]!.lane.id);
    expect([...inView, ...below]).toEqual(layout.rows.map((r) => r.lane.id));
  });

  it('L lights a lane the room can see, even scrolled to the foot', () => {
    const foot = tourCamera(layout, 0, view, 1e9);
    const lit = laneToSpotlight(layout, foot, view);
    expect(lit).not.toBe(layout.rows[0]!.lane.id);
    expect(lanesInView(layout, foot, view)).toContain(lit);
  });

  it('scroll the least that shows a lit lane whole, and not at all when it is in view', () => {
    for (const row of layout.rows) {
      for (const from of [0, maxScroll(layout, view, scale)]) {
        const scroll = scrollToShowLane(layout, row.lane.id, from, scale, view);
        expect(lanesInView(layout, tourCamera(layout, 0, view, scroll), view), `${row.lane.id} from ${from}`).toContain(row.lane.id);
      }
    }
    const first = layout.rows[0]!.lane.id;
    expect(scrollToShowLane(layout, first, 0, scale, view)).toBe(0);
  });

  it('move a lit lane up and down, staying at the ends', () => {
    const ids = layout.rows.map((r) => r.lane.id);
    expect(neighbourLane(layout, ids[0]!, 1)).toBe(ids[1]);
    expect(neighbourLane(layout, ids[0]!, -1)).toBe(ids[0]);
    expect(neighbourLane(layout, ids[ids.length - 1]!, 1)).toBe(ids[ids.length - 1]);
  });
});

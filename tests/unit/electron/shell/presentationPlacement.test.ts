// Where the desktop app presents: the projector when one is plugged in (the
// largest display other than the window's), else the window's own display.
import { describe, expect, it } from 'vitest';
import { presentationDisplay } from '../../../../electron/shell/presentationPlacement';

const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 } };
const projector = { id: 2, bounds: { x: 1440, y: 0, width: 1920, height: 1080 } };
const sideScreen = { id: 3, bounds: { x: -1024, y: 0, width: 1024, height: 768 } };

describe('the presentation display', () => {
  it('is the window\'s own when there is one display', () => {
    expect(presentationDisplay([laptop], 1)).toBeNull();
  });
  it('is the other display when there are two, whichever holds the window', () => {
    expect(presentationDisplay([laptop, projector], 1)).toEqual(projector);
    expect(presentationDisplay([laptop, projector], 2)).toEqual(laptop);
  });
  it('is the largest other display when there are several', () => {
    expect(presentationDisplay([sideScreen, laptop, projector], 1)).toEqual(projector);
    expect(presentationDisplay([sideScreen, laptop, projector], 2)).toEqual(laptop);
  });
});

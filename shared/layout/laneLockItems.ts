// A padlock at the top right of each locked lane's title, on the board only:
// the facilitator's lock is how the room is run, not part of a poster.
import { GEOMETRY } from './geometry';
import type { RowLayout } from './layout';
import type { SceneItem } from './sceneTypes';
import type { Theme } from './theme';

const BODY = { width: 14, height: 11 };

/** The padlock of one row's lane (none when it is not locked). */
export function laneLockItems(row: RowLayout, theme: Theme): SceneItem[] {
  if (!row.lane.locked) return [];
  const x = GEOMETRY.laneHeaderWidth - 26;
  const y = row.y + 16;
  // The shackle: a half circle of line segments above the body.
  const shackle: number[] = [];
  for (let i = 0; i <= 12; i++) {
    const angle = Math.PI + (i / 12) * Math.PI;
    shackle.push(x + BODY.width / 2 + Math.cos(angle) * 4.5, y + Math.sin(angle) * 5.5);
  }
  return [
    { type: 'line', points: [x + 2.5, y + 1, ...shackle, x + BODY.width - 2.5, y + 1], stroke: theme.headerText, strokeWidth: 2 },
    { type: 'rect', x, y: y + 1, width: BODY.width, height: BODY.height, fill: theme.headerText, radius: 2 },
  ];
}

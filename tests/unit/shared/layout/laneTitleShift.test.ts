// A lane's title on the board rides down its row to the top of the view
// while the row's top is scrolled away, and stops where its row ends: it is
// always inside its own row, never over the next lane's.
import { describe, expect, it } from 'vitest';
import { sceneLabels } from '../../../../shared/i18n/sceneLabels';
import { LANE_HEADER, laneHeaderHeight, laneSubtitleTop, laneTitleShift } from '../../../../shared/layout/laneHeader';
import { layoutBoard } from '../../../../shared/layout/layout';
import { laneHeaderItems } from '../../../../shared/layout/scene';
import { LIGHT_THEME } from '../../../../shared/layout/theme';
import { createMap } from '../../../../shared/templates';

const row = { y: 1000, height: 2000 };
const title = 68;

describe('laneTitleShift', () => {
  it('leaves the title at its row top while that top is in view', () => {
    expect(laneTitleShift(row, title, 400)).toBe(0);
    expect(laneTitleShift(row, title, 1000)).toBe(0);
  });

  it('brings it down to the top of the view while the row goes on below', () => {
    expect(laneTitleShift(row, title, 1001)).toBe(1);
    expect(laneTitleShift(row, title, 2500)).toBe(1500);
  });

  it('stops it at the foot of its row', () => {
    expect(laneTitleShift(row, title, 3000 - title)).toBe(2000 - title);
    expect(laneTitleShift(row, title, 2990)).toBe(2000 - title);
    expect(laneTitleShift(row, title, 9000)).toBe(2000 - title);
  });

  it('never moves the title of a row only as tall as its title', () => {
    expect(laneTitleShift({ y: 0, height: title }, title, 50)).toBe(0);
  });
});

it('leaves the exported lane headers as they were: titles at the top of their rows', () => {
  const map = createMap({ type: 'current-state', locale: 'en', now: '2026-12-07T09:00:00Z', id: 'm1' });
  for (let i = 0; i < 30; i++) map.notes.push({ id: `n${i}`, lane: map.lanes[0]!.id, stage: map.stages[0]!.id, text: `Step ${i}` });
  const layout = layoutBoard(map);
  const first = layout.rows[0]!;
  expect(first.height).toBeGreaterThan(2 * laneHeaderHeight(first.lane));
  const texts = laneHeaderItems(layout, LIGHT_THEME, sceneLabels('en')).filter((item) => item.type === 'text' && item.y >= first.y && item.y < first.y + first.height);
  const tops = texts.map((t) => (t.type === 'text' ? t.y - first.y : NaN));
  expect(tops).toHaveLength(2);
  expect(tops[0]).toBeCloseTo(LANE_HEADER.titleTop);
  expect(tops[1]).toBeCloseTo(laneSubtitleTop(1));
});

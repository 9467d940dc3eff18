// A lane's title and the small line under it stay inside its row, even a
// three-line title on a lane with no notes (it once ran into the row below).
import { expect, it } from 'vitest';
import { sceneLabels } from '../../../../shared/i18n/sceneLabels';
import { laneHeaderItems } from '../../../../shared/layout/scene';
import { layoutBoard } from '../../../../shared/layout/layout';
import { lineHeight } from '../../../../shared/layout/textMetrics';
import { LIGHT_THEME } from '../../../../shared/layout/theme';
import { createMap } from '../../../../shared/templates';

it('keeps every lane title and its kind inside the row, however long the title', () => {
  const map = createMap({ type: 'service-blueprint', locale: 'id', now: '2026-11-23T09:00:00Z', id: 'm1' });
  const lanes = map.lanes.map((lane, i) => (i === 1 ? { ...lane, title: 'Frontstage: staf yang berhadapan langsung dengan pelanggan di lobi' } : lane));
  const layout = layoutBoard({ ...map, lanes, notes: [] });
  const items = laneHeaderItems(layout, LIGHT_THEME, sceneLabels('id'));
  for (const row of layout.rows) {
    const texts = items.filter((item) => item.type === 'text' && item.y >= row.y && item.y < row.y + row.height);
    expect(texts.length, row.lane.title).toBeGreaterThanOrEqual(2);
    for (const text of texts) if (text.type === 'text') expect(text.y + lineHeight(text.font), `${row.lane.title}: "${text.text}"`).toBeLessThanOrEqual(row.y + row.height);
  }
  const long = layout.rows[1]!;
  expect(items.filter((item) => item.type === 'text' && item.y >= long.y && item.y < long.y + long.height)).toHaveLength(4);
});

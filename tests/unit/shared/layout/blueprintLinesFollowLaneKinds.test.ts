// docs/format.md, service blueprint lines (derived, never stored): the line of
// interaction above the first frontstage lane, the line of visibility below
// the last frontstage lane when a backstage lane follows, the line of
// internal interaction below the last backstage lane when a support lane
// follows; none where the kinds are absent. Hidden lanes take no row, so
// they place no line.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANE_KINDS, type JourneyMap, type LaneKind } from '../../../../shared/format';
import { sceneLabels } from '../../../../shared/i18n/sceneLabels';
import { layoutBoard, type BoardLayout } from '../../../../shared/layout/layout';
import { blueprintLines, overlayItems } from '../../../../shared/layout/scene';
import { LIGHT_THEME } from '../../../../shared/layout/theme';
import { propertyOptions } from '../../../support/arbitraries';
import { buildMap, loadSample } from './layoutMaps';

type Kind = 'interaction' | 'visibility' | 'internal';

/** The lines the rule above puts on a layout, worked out from its rows alone. */
function expectedLines(layout: BoardLayout): { kind: Kind; y: number }[] {
  const kinds = layout.rows.map((r) => r.lane.kind);
  const top = (i: number) => layout.rows[i]!.y;
  const bottom = (i: number) => layout.rows[i]!.y + layout.rows[i]!.height;
  const follows = (kind: LaneKind, after: number) => kinds.slice(after + 1).includes(kind);
  const lines: { kind: Kind; y: number }[] = [];
  const firstFront = kinds.indexOf('frontstage');
  const lastFront = kinds.lastIndexOf('frontstage');
  const lastBack = kinds.lastIndexOf('backstage');
  if (firstFront >= 0) lines.push({ kind: 'interaction', y: top(firstFront) });
  if (lastFront >= 0 && follows('backstage', lastFront)) lines.push({ kind: 'visibility', y: bottom(lastFront) });
  if (lastBack >= 0 && follows('support', lastBack)) lines.push({ kind: 'internal', y: bottom(lastBack) });
  return lines;
}

/** The dashed blueprint lines the overlay draws, as y positions. */
function drawnLines(layout: BoardLayout): number[] {
  return overlayItems(layout, LIGHT_THEME, sceneLabels(layout.map.locale)).flatMap((i) =>
    i.type === 'line' && i.stroke === LIGHT_THEME.blueprintLine ? [i.points[1]!] : [],
  );
}

function check(map: JourneyMap): { kind: Kind; y: number }[] {
  const layout = layoutBoard(map);
  const lines = blueprintLines(layout.rows);
  expect(lines).toEqual(expectedLines(layout));
  expect(drawnLines(layout)).toEqual(lines.map((l) => l.y));
  return lines;
}

const kindsOf = (lines: { kind: Kind }[]) => lines.map((l) => l.kind);

describe('service blueprint lines', () => {
  it('sit on the edges of the frontstage, backstage and support rows', () => {
    const map = buildMap(['actions', 'frontstage', 'backstage', 'support', 'text'], 3, [
      { lane: 'l1', stage: 's0', text: 'Resepsionis menyapa tamu dan meminta identitas '.repeat(4) },
      { lane: 'l2', stage: 's2', text: 'PMS memeriksa reservasi' },
    ]);
    const layout = layoutBoard(map);
    const [, front, back, support] = layout.rows;
    expect(check(map)).toEqual([
      { kind: 'interaction', y: front!.y },
      { kind: 'visibility', y: front!.y + front!.height },
      { kind: 'internal', y: back!.y + back!.height },
    ]);
    expect(back!.y + back!.height).toBe(support!.y);
  });

  it('take the first and last of several lanes of a kind', () => {
    const map = buildMap(['touchpoints', 'frontstage', 'frontstage', 'emotions', 'backstage', 'backstage', 'support', 'support'], 2);
    const rows = layoutBoard(map).rows;
    expect(check(map)).toEqual([
      { kind: 'interaction', y: rows[1]!.y },
      { kind: 'visibility', y: rows[3]!.y }, // below the last frontstage row, not the emotions row after it
      { kind: 'internal', y: rows[6]!.y },
    ]);
  });

  it.each<[string, (LaneKind | { kind: LaneKind; hidden: true })[], Kind[]]>([
    ['no blueprint lanes', ['actions', 'thoughts', 'emotions', 'text'], []],
    ['frontstage only', ['actions', 'frontstage'], ['interaction']],
    ['frontstage and support, no backstage', ['frontstage', 'support'], ['interaction']],
    ['backstage and support, no frontstage', ['actions', 'backstage', 'support'], ['internal']],
    ['frontstage and backstage, no support', ['frontstage', 'backstage', 'opportunities'], ['interaction', 'visibility']],
    ['backstage above frontstage', ['backstage', 'frontstage'], ['interaction']],
    ['support above backstage', ['support', 'backstage'], []],
    ['the frontstage lane hidden', [{ kind: 'frontstage', hidden: true }, 'backstage', 'support'], ['internal']],
    ['the backstage lane hidden', ['frontstage', { kind: 'backstage', hidden: true }, 'support'], ['interaction']],
  ])('follow the kinds present: %s', (_, lanes, kinds) => {
    expect(kindsOf(check(buildMap(lanes, 2)))).toEqual(kinds);
  });

  it('sit between the frontstage, backstage and support lanes of the hotel sample', () => {
    const map = loadSample('hotel-check-in.id.cjm');
    expect(map.type).toBe('service-blueprint');
    const layout = layoutBoard(map);
    const row = (kind: LaneKind) => layout.rows.find((r) => r.lane.kind === kind)!;
    const [front, back, support] = [row('frontstage'), row('backstage'), row('support')];
    expect(check(map)).toEqual([
      { kind: 'interaction', y: front.y },
      { kind: 'visibility', y: front.y + front.height },
      { kind: 'internal', y: back.y + back.height },
    ]);
    expect(back.y).toBe(front.y + front.height);
    expect(support.y).toBe(back.y + back.height);
    // Named in the map's language.
    const labels = overlayItems(layout, LIGHT_THEME, sceneLabels(map.locale)).flatMap((i) => (i.type === 'text' ? [i.text] : []));
    expect(labels).toEqual(expect.arrayContaining(['Garis interaksi', 'Garis visibilitas', 'Garis interaksi internal']));
  });

  it('follow the rule for any lane order that keeps frontstage above backstage above support', () => {
    const rank: Partial<Record<LaneKind, number>> = { frontstage: 0, backstage: 1, support: 2 };
    const lanesArb = fc.array(fc.record({ kind: fc.constantFrom(...LANE_KINDS, 'frontstage', 'backstage', 'support'), hidden: fc.boolean() }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(lanesArb, fc.integer({ min: 1, max: 3 }), (lanes, stages) => {
        // Blueprint kinds sorted among the places they hold; other kinds stay put.
        const slots = lanes.flatMap((l, i) => (l.kind in rank ? [i] : []));
        const sorted = slots.map((i) => lanes[i]!.kind).sort((a, b) => rank[a]! - rank[b]!);
        slots.forEach((slot, k) => (lanes[slot] = { ...lanes[slot]!, kind: sorted[k]! }));
        check(buildMap(lanes, stages));
      }),
      propertyOptions(300),
    );
  });
});

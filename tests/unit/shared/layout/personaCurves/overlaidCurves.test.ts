// Several personas' emotion curves (issue 7): with two or more emotions
// lanes, the first one's band overlays every curve, each in its persona's
// colour with a dash and a marker of its own, under a legend that names whose
// curve it is; a curve switched off (view state, passed to the scene) leaves
// the overlay and greys its legend entry; the persona strip shows each
// persona's curve beside them; every output agrees on the colours. A map
// with one emotions lane draws exactly what it drew before the overlay
// (tests/fixtures/scenes/one-emotions-lane.json, made from the scene code of
// the commit before it; its value labels since moved off the line, beside
// their points, by shared/layout/curveLabels.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportData } from '../../../../../shared/analysis/reportData';
import { prepareExport } from '../../../../../shared/export/sceneForExport';
import type { JourneyMap } from '../../../../../shared/format';
import { sceneLabels } from '../../../../../shared/i18n/sceneLabels';
import { curveLegendEntries, curveLegendHit } from '../../../../../shared/layout/curveLegend';
import { CURVE_STYLES } from '../../../../../shared/layout/curveStyles';
import { curveColor, emotionY } from '../../../../../shared/layout/emotionCurveItems';
import { GEOMETRY } from '../../../../../shared/layout/geometry';
import { layoutBoard, type BoardLayout, type RowLayout } from '../../../../../shared/layout/layout';
import { buildScene, overlayItems, personaStripItems } from '../../../../../shared/layout/scene';
import type { SceneItem } from '../../../../../shared/layout/sceneTypes';
import { LIGHT_THEME } from '../../../../../shared/layout/theme';
import { buildMap, loadSample } from '../layoutMaps';
import { oneEmotionsLaneMaps, twoPersonaMap, withLane } from './personaMaps';

const theme = LIGHT_THEME;
const AYU = theme.curve[0]!;
const BUDI = theme.curve[1]!;
type Line = Extract<SceneItem, { type: 'line' }>;
type Text = Extract<SceneItem, { type: 'text' }>;

const inBand = (row: RowLayout, y: number) => y >= row.y && y <= row.y + row.bandHeight;
/** Lines of a colour drawn inside a row's band, as point lists. */
function linesIn(items: readonly SceneItem[], row: RowLayout, color: string): Line[] {
  return items.filter((i): i is Line => i.type === 'line' && i.stroke === color && i.points.every((v, k) => k % 2 === 0 || inBand(row, v)));
}
/** The curve's joins from stage centre to stage centre, as "x,y→x,y". */
function joins(layout: BoardLayout, items: readonly SceneItem[], row: RowLayout, color: string): string[] {
  const centres = new Set(layout.columns.map((c) => c.x + c.width / 2));
  return linesIn(items, row, color)
    .filter((l) => l.points.length === 4 && centres.has(l.points[0]!) && centres.has(l.points[2]!))
    .map((l) => `${l.points[0]},${l.points[1]!.toFixed(3)}→${l.points[2]},${l.points[3]!.toFixed(3)}`);
}
/** The joins a curve with these stage means should have in a band. */
function expectedJoins(layout: BoardLayout, band: RowLayout, means: readonly (number | null)[]): string[] {
  const points = means.flatMap((mean, i) => (mean === null ? [] : [{ x: layout.columns[i]!.x + layout.columns[i]!.width / 2, y: emotionY(band, mean) }]));
  return points.slice(1).map((b, k) => `${points[k]!.x},${points[k]!.y.toFixed(3)}→${b.x},${b.y.toFixed(3)}`);
}
const texts = (items: readonly SceneItem[]) => items.filter((i): i is Text => i.type === 'text');

function scene(map: JourneyMap, hiddenCurves?: ReadonlySet<string>) {
  const layout = layoutBoard(map);
  const labels = sceneLabels(map.locale);
  return { layout, overlay: overlayItems(layout, theme, labels, { hiddenCurves }), full: buildScene(layout, theme, labels, { hiddenCurves }) };
}

// Ayu: +1, −2, (none), +2. Budi: −1, 0, +1, −2.
const AYU_MEANS = [1, -2, null, 2];
const BUDI_MEANS = [-1, 0, 1, -2];

describe('two personas, two emotions lanes', () => {
  const map = twoPersonaMap();

  it('overlay both curves in the first lane’s band, each in its persona’s colour', () => {
    const { layout, overlay } = scene(map);
    const [ayuRow, , budiRow] = layout.rows as [RowLayout, RowLayout, RowLayout];
    expect(curveColor(layout, ayuRow, theme)).toBe(AYU);
    expect(curveColor(layout, budiRow, theme)).toBe(BUDI);
    // The first band: both curves, at the first band's heights.
    expect(joins(layout, overlay, ayuRow, AYU)).toEqual(expectedJoins(layout, ayuRow, AYU_MEANS));
    expect(joins(layout, overlay, ayuRow, BUDI)).toEqual(expectedJoins(layout, ayuRow, BUDI_MEANS));
    // Budi's own band still has Budi's curve over Budi's notes, and nothing of Ayu's.
    expect(joins(layout, overlay, budiRow, BUDI)).toEqual(expectedJoins(layout, budiRow, BUDI_MEANS));
    expect(linesIn(overlay, budiRow, AYU)).toEqual([]);
  });

  it('tell the curves apart without colour: a dash and a marker of their own', () => {
    const { layout, overlay } = scene(map);
    const ayuRow = layout.rows[0]!;
    const look = (color: string) => new Set(joins(layout, overlay, ayuRow, color).length > 0 ? linesIn(overlay, ayuRow, color).map((l) => `${l.strokeWidth}:${l.dash?.join(',') ?? 'solid'}`) : []);
    expect([...look(AYU)]).toEqual(expect.arrayContaining(['5:solid']));
    expect([...look(BUDI)].some((d) => d.startsWith('5:') && d !== '5:solid')).toBe(true);
    // Every style differs from every other in its dash and its marker.
    expect(new Set(CURVE_STYLES.map((s) => s.marker)).size).toBe(CURVE_STYLES.length);
    expect(new Set(CURVE_STYLES.map((s) => s.dash?.join(',') ?? 'solid')).size).toBe(CURVE_STYLES.length);
  });

  it('have a legend in the first band, above the curves: the title, and each persona’s name beside a key in its colour', () => {
    const { layout, overlay } = scene(map);
    const row = layout.rows[0]!;
    const legend = texts(overlay).filter((t) => inBand(row, t.y) && t.y < emotionY(row, 2) - 32);
    expect(legend.map((t) => t.text)).toEqual(['Kurva emosi', 'Ayu Lestari', 'Budi Santoso']);
    expect(row.bandHeight).toBeGreaterThan(GEOMETRY.curveBandHeight);
    const entries = curveLegendEntries(layout, theme);
    expect(entries.map((e) => [e.curve.laneId, e.curve.label, e.curve.color])).toEqual([
      ['l0', 'Ayu Lestari', AYU],
      ['l2', 'Budi Santoso', BUDI],
    ]);
    for (const { box, curve } of entries) {
      // The key: a stretch of the curve in its colour inside the entry, above the curve's +2.
      const keys = linesIn(overlay, row, curve.color).filter((l) => l.points[1]! >= box.y && l.points[1]! <= box.y + box.height);
      expect(keys.length).toBeGreaterThan(0);
      // Clear of the number printed 30 px over a +2 point.
      expect(box.y + box.height).toBeLessThanOrEqual(emotionY(row, 2) - 30);
      expect(box.x + box.width).toBeLessThanOrEqual(layout.width);
    }
    // The board finds the entry under a click; elsewhere in the band, none.
    const [ayu, budi] = entries;
    expect(curveLegendHit(layout, theme, ayu!.box.x + 20, ayu!.box.y + ayu!.box.height / 2)).toBe('l0');
    expect(curveLegendHit(layout, theme, budi!.box.x + budi!.box.width - 2, budi!.box.y + 2)).toBe('l2');
    expect(curveLegendHit(layout, theme, layout.columns[1]!.x + 10, emotionY(row, 0))).toBeNull();
  });

  it('name the legend in the map’s language', () => {
    const english = { ...map, locale: 'en' };
    expect(texts(scene(english).overlay).map((t) => t.text)).toContain('Emotion curves');
    expect(texts(scene(english).overlay).map((t) => t.text)).not.toContain('Kurva emosi');
  });

  it('switched off, leave the overlay and grey out their legend entry; the lane’s own band keeps its curve', () => {
    const { layout, overlay } = scene(map, new Set(['l2']));
    const [ayuRow, , budiRow] = layout.rows as [RowLayout, RowLayout, RowLayout];
    expect(joins(layout, overlay, ayuRow, BUDI)).toEqual([]);
    expect(linesIn(overlay, ayuRow, BUDI)).toEqual([]);
    expect(overlay.some((i) => (i.type === 'circle' || i.type === 'rect') && inBand(ayuRow, i.y) && ('fill' in i ? i.fill === BUDI : false))).toBe(false);
    expect(joins(layout, overlay, ayuRow, AYU)).toEqual(expectedJoins(layout, ayuRow, AYU_MEANS));
    expect(joins(layout, overlay, budiRow, BUDI)).toEqual(expectedJoins(layout, budiRow, BUDI_MEANS));
    // The entry stays, greyed: its key in the neutral grey, its name faded.
    const name = texts(overlay).find((t) => t.text === 'Budi Santoso')!;
    expect(name.opacity).toBeLessThan(1);
    expect(texts(overlay).find((t) => t.text === 'Ayu Lestari')!.opacity ?? 1).toBe(1);
    expect(linesIn(overlay, ayuRow, theme.curveNeutral).some((l) => l.points[1]! < emotionY(ayuRow, 2) - 8)).toBe(true);
    // Switched on again, the overlay is as before.
    expect(scene(map, new Set()).overlay).toEqual(scene(map).overlay);
  });

  it('switching off the first lane’s own curve leaves the other in its band, with no numbers of the hidden one', () => {
    const { layout, overlay } = scene(map, new Set(['l0']));
    const ayuRow = layout.rows[0]!;
    expect(linesIn(overlay, ayuRow, AYU).filter((l) => l.points[1]! > emotionY(ayuRow, 2) - 8)).toEqual([]);
    expect(joins(layout, overlay, ayuRow, BUDI)).toEqual(expectedJoins(layout, ayuRow, BUDI_MEANS));
    const curveArea = texts(overlay).filter((t) => inBand(ayuRow, t.y) && t.y > emotionY(ayuRow, 2) - 40 && t.x > GEOMETRY.laneHeaderWidth + 40);
    expect(curveArea).toEqual([]);
  });

  it('do not change the layout when switched off (a view, not the map)', () => {
    expect(scene(map, new Set(['l0', 'l2'])).layout.rows.map((r) => [r.y, r.height])).toEqual(scene(map).layout.rows.map((r) => [r.y, r.height]));
  });

  it('are all drawn by an export unless it is asked otherwise', () => {
    const exported = prepareExport(map, false);
    const row = exported.layout.rows[0]!;
    expect(joins(exported.layout, exported.scene.overlay, row, BUDI)).toHaveLength(3);
    const preview = prepareExport(map, false, { hiddenCurves: new Set(['l2']) });
    expect(joins(preview.layout, preview.scene.overlay, row, BUDI)).toEqual([]);
  });
});

describe('the persona strip', () => {
  it('shows a key of each persona’s curve beside them, in the curve’s colour and style', () => {
    const map = twoPersonaMap();
    const { layout, full } = scene(map);
    const strip = full.personaStrip;
    const keys = strip.filter((i): i is Line => i.type === 'line');
    expect(keys.map((l) => l.stroke)).toEqual([AYU, BUDI]);
    expect(keys.map((l) => l.dash?.join(',') ?? 'solid')).toEqual(['solid', CURVE_STYLES[1]!.dash!.join(',')]);
    for (const key of keys) expect(key.points[1]!).toBeLessThan(layout.personaStripHeight);
    // The avatar of each persona is its curve's colour too.
    const discs = strip.filter((i) => i.type === 'circle' && i.radius === 24).map((i) => (i.type === 'circle' ? i.fill : ''));
    expect(discs).toEqual([AYU, BUDI]);
  });

  it('shows no key for a persona without an emotions lane', () => {
    const map = twoPersonaMap();
    const third = { ...map, personas: [...map.personas, { id: 'ps-citra', name: 'Citra Dewi' }] };
    const keys = personaStripItems(layoutBoard(third), theme).filter((i): i is Line => i.type === 'line');
    expect(keys.map((l) => l.stroke)).toEqual([AYU, BUDI]);
  });
});

describe('one emotions lane', () => {
  const before = JSON.parse(readFileSync(join(import.meta.dirname, '../../../../fixtures/scenes/one-emotions-lane.json'), 'utf8')) as Record<string, unknown>;
  const maps = oneEmotionsLaneMaps();

  it.each(Object.keys(maps))('%s: draws exactly what it drew before the overlay', (name) => {
    const map = maps[name]!;
    const layout = layoutBoard(map);
    const drawn = buildScene(layout, theme, sceneLabels(map.locale));
    const now = {
      rows: layout.rows.map((r) => ({ lane: r.lane.id, y: r.y, height: r.height, bandHeight: r.bandHeight })),
      overlay: drawn.overlay,
      personaStrip: drawn.personaStrip,
      height: drawn.height,
    };
    expect(JSON.parse(JSON.stringify(now))).toEqual(before[name]);
    expect(curveLegendEntries(layout, theme)).toEqual([]);
  });
});

describe('curve colours', () => {
  it('agree on the board, in the legend, in the persona strip and in the report, on both samples', () => {
    for (const file of ['b2b-software-purchase.en.cjm', 'hotel-check-in.id.cjm']) {
      const map = loadSample(file);
      const { layout, full } = scene(map);
      const series = reportData(map, new Date(2026, 10, 23, 12)).emotions;
      const entries = curveLegendEntries(layout, theme);
      expect(entries).toHaveLength(2);
      const keys = full.personaStrip.filter((i): i is Line => i.type === 'line');
      for (const entry of entries) {
        const color = curveColor(layout, entry.curve.row, theme);
        expect(entry.curve.color).toBe(color);
        const s = series.find((x) => x.lane.id === entry.curve.laneId)!;
        expect(theme.curve[s.paletteIndex % theme.curve.length]).toBe(color);
        expect(s.label).toBe(entry.curve.label);
        const persona = map.personas.findIndex((p) => p.id === entry.curve.personaId);
        expect(keys[persona]!.stroke).toBe(color);
      }
    }
  });

  it('never give a lane of no persona the colour of a persona’s curve beside it', () => {
    const map = twoPersonaMap();
    // Budi's lane keeps Budi's colour; a lane of nobody takes the first colour no persona's curve wears.
    const nobodyFirst = withLane(withLane(map, 'l0', { persona: undefined, title: 'Emosi umum' }), 'l2', { persona: 'ps-ayu' });
    const layout = layoutBoard(nobodyFirst);
    const colors = layout.rows.filter((r) => r.lane.kind === 'emotions').map((r) => curveColor(layout, r, theme));
    expect(colors).toEqual([BUDI, AYU]);
    const three = buildMap(['emotions', 'emotions', 'emotions'], 2);
    const l3 = layoutBoard({ ...three, personas: [{ id: 'p', name: 'Putri' }], lanes: three.lanes.map((l, i) => (i === 1 ? { ...l, persona: 'p' } : l)) });
    expect(l3.rows.map((r) => curveColor(l3, r, theme))).toEqual([theme.curve[1], theme.curve[0], theme.curve[2]]);
  });
});

describe('many personas', () => {
  it('wraps the legend into more rows within the board, and the band grows to hold it', () => {
    const base = buildMap(Array.from({ length: 8 }, () => 'emotions' as const), 2);
    const personas = Array.from({ length: 8 }, (_, i) => ({ id: `p${i}`, name: `Persona nomor ${i + 1} dengan nama yang panjang sekali` }));
    const map: JourneyMap = { ...base, personas, lanes: base.lanes.map((l, i) => ({ ...l, persona: `p${i}` })) };
    const layout = layoutBoard(map);
    const entries = curveLegendEntries(layout, theme);
    expect(entries).toHaveLength(8);
    const rowsOfLegend = new Set(entries.map((e) => e.box.y)).size;
    expect(rowsOfLegend).toBeGreaterThan(1);
    const first = layout.rows[0]!;
    for (const [i, a] of entries.entries()) {
      expect(a.box.x + a.box.width).toBeLessThanOrEqual(layout.width);
      expect(a.box.y + a.box.height).toBeLessThanOrEqual(emotionY(first, 2) - 30);
      for (const b of entries.slice(i + 1)) expect(a.box.x + a.box.width <= b.box.x || b.box.x + b.box.width <= a.box.x || a.box.y + a.box.height <= b.box.y || b.box.y + b.box.height <= a.box.y).toBe(true);
    }
    // Long names are cut to their entry.
    const names = texts(overlayItems(layout, theme, sceneLabels(map.locale))).filter((t) => t.text.startsWith('Persona'));
    expect(names).toHaveLength(8);
    expect(names.every((t) => t.text.endsWith('…'))).toBe(true);
    // Only the first band has the legend; the others are the plain band.
    expect(layout.rows.slice(1).every((r) => r.bandHeight === GEOMETRY.curveBandHeight)).toBe(true);
  });
});

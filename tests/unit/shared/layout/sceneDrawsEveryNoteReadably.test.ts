// docs/architecture.md, "One scene, many outputs": the scene the board and every
// exporter draw holds one card per note the board shows, with the lines the
// layout wrapped; every text fits the width it is given; note text reads at
// WCAG AA (4.5:1) on the lane colours, and on colours a facilitator picks;
// the persona strip is there only when the map has personas.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANE_KINDS, type JourneyMap } from '../../../../shared/format';
import { sceneLabels } from '../../../../shared/i18n/sceneLabels';
import { GEOMETRY, NOTE_TEXT_WIDTH } from '../../../../shared/layout/geometry';
import { layoutBoard, notePosition } from '../../../../shared/layout/layout';
import { buildScene, personaStripItems } from '../../../../shared/layout/scene';
import type { NoteItem, Scene, SceneItem } from '../../../../shared/layout/sceneTypes';
import { measureText } from '../../../../shared/layout/textMetrics';
import { contrastRatio, LIGHT_THEME, textColorOn } from '../../../../shared/layout/theme';
import { propertyOptions } from '../../../support/arbitraries';
import { anyMapArb, buildMap, loadSample, SAMPLES, visibleNotes } from './layoutMaps';

const theme = LIGHT_THEME;
const AA = 4.5;

function sceneOf(map: JourneyMap): Scene {
  return buildScene(layoutBoard(map), theme, sceneLabels(map.locale));
}

const allItems = (scene: Scene): SceneItem[] => [
  ...scene.background, ...scene.notes, ...scene.overlay, ...scene.stageHeaders, ...scene.laneHeaders, ...scene.personaStrip, ...scene.corner,
];

type Text = Extract<SceneItem, { type: 'text' }>;

/** Every text item given a width fits it; every note's lines and marks fit inside the card. */
function checkFits(scene: Scene): void {
  const texts = allItems(scene).filter((i): i is Text => i.type === 'text');
  for (const t of texts) {
    expect(t.text, 'no text item splits a surrogate pair').not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    if (t.width !== undefined) expect(measureText(t.text, t.font), JSON.stringify(t.text)).toBeLessThanOrEqual(t.width);
  }
  for (const note of scene.notes) {
    const room = note.width - 2 * GEOMETRY.notePaddingX;
    expect(room).toBe(NOTE_TEXT_WIDTH);
    for (const line of note.lines) if ([...line].length > 1) expect(measureText(line, note.font)).toBeLessThanOrEqual(room);
    const right = note.marksRight ? measureText(note.marksRight, note.marksFont) + 10 : 0;
    if (note.marksLeft) expect(measureText(note.marksLeft, note.marksFont) + right, `marks of ${note.id}`).toBeLessThanOrEqual(room);
  }
}

/** One card per note in a visible lane, where the layout put it, with the layout's lines. */
function checkNotes(map: JourneyMap): NoteItem[] {
  const layout = layoutBoard(map);
  const scene = buildScene(layout, theme, sceneLabels(map.locale));
  const shown = visibleNotes(map);
  expect(scene.notes.map((n) => n.id).sort()).toEqual(shown.map((n) => n.id).sort());
  for (const item of scene.notes) {
    const { cell: key, index } = layout.noteCells.get(item.id)!;
    const cell = layout.cells.get(key)!;
    const placement = cell.placements[index]!;
    expect(placement.note.id).toBe(item.id);
    expect({ ...notePosition(layout, cell, placement), width: placement.width, height: placement.height }).toEqual({ x: item.x, y: item.y, width: item.width, height: item.height });
    expect(item.lines).toBe(placement.lines);
    expect(item.faceDown).toBe(placement.note.hidden === true);
    if (item.faceDown) expect(item.lines).toEqual([]);
    else {
      // Dark or white, whichever reads better; at 4.5:1 or better on the theme's own fills.
      expect(item.textColor).toBe(textColorOn(item.fill, theme));
      if (Object.values(theme.noteFill).includes(item.fill)) expect(contrastRatio(item.textColor, item.fill)).toBeGreaterThanOrEqual(AA);
    }
  }
  checkFits(scene);
  return scene.notes;
}

describe.each(SAMPLES)('the scene of %s', (file) => {
  const map = loadSample(file);

  it('has one card per note with the note’s wrapped lines, and every text fits its width', () => {
    const notes = checkNotes(map);
    expect(notes).toHaveLength(map.notes.length);
    expect(notes.some((n) => n.metric !== undefined)).toBe(true);
  });

  it('draws note text at 4.5:1 or better on every card', () => {
    for (const note of sceneOf(map).notes) {
      if (!note.faceDown) expect(contrastRatio(note.textColor, note.fill), `${note.id} on ${note.fill}`).toBeGreaterThanOrEqual(AA);
    }
  });

  it('has a persona strip with its personas, and none once they are gone', () => {
    const scene = sceneOf(map);
    expect(map.personas.length).toBeGreaterThan(0);
    expect(scene.personaStrip.length).toBeGreaterThan(0);
    const names = scene.personaStrip.flatMap((i) => (i.type === 'text' ? [i.text] : []));
    for (const persona of map.personas) expect(names).toContain(persona.name);
    for (const item of scene.personaStrip) if ('y' in item) expect(item.y).toBeLessThan(GEOMETRY.personaStripHeight);

    const without: JourneyMap = { ...map, personas: [], primaryPersona: null, lanes: map.lanes.map(({ persona: _, ...lane }) => lane) };
    const layout = layoutBoard(without);
    expect(layout.personaStripHeight).toBe(0);
    expect(layout.top).toBe(GEOMETRY.stageHeaderHeight);
    expect(sceneOf(without).personaStrip).toEqual([]);
    checkNotes(without);
  });
});

describe('note text contrast', () => {
  it.each(LANE_KINDS)('reads at 4.5:1 or better on the default %s fill', (kind) => {
    const fill = theme.noteFill[kind];
    expect(textColorOn(fill, theme)).toBe(theme.noteText);
    expect(contrastRatio(fill, textColorOn(fill, theme))).toBeGreaterThanOrEqual(AA);
  });

  it.each(['#FFD966', '#F9CB9C', '#B6D7A8', '#A4C2F4', '#FFFFFF', '#FFF2CC', '#1D4ED8', '#047857', '#B91C1C', '#7E22CE', '#000000', '#1F2A37'])(
    'reads at 4.5:1 or better on a user colour %s, dark or white as fits',
    (fill) => {
      const color = textColorOn(fill, theme);
      expect(contrastRatio(fill, color)).toBeGreaterThanOrEqual(AA);
      const other = color === '#FFFFFF' ? theme.noteText : '#FFFFFF';
      expect(contrastRatio(fill, color)).toBeGreaterThanOrEqual(contrastRatio(fill, other));
      // The scene uses it for a note of that colour.
      const [note] = sceneOf(buildMap(['actions'], 1, [{ text: 'warna pilihan', color: fill }])).notes;
      expect(note!.textColor).toBe(color);
    },
  );

  it('reads at 4.5:1 on a lane’s own colour too', () => {
    const [note] = sceneOf(buildMap([{ kind: 'pain-points', color: '#1D4ED8' }], 1, [{ text: 'antrean panjang' }])).notes;
    expect(note!.fill).toBe('#1D4ED8');
    expect(contrastRatio(note!.fill, note!.textColor)).toBeGreaterThanOrEqual(AA);
  });
});

describe('the persona strip', () => {
  it('is absent from a map with no personas', () => {
    const map = buildMap(['actions', 'emotions'], 2, [{ text: 'x' }]);
    expect(sceneOf(map).personaStrip).toEqual([]);
    expect(personaStripItems(layoutBoard(map), theme)).toEqual([]);
  });

  it('shows initials that never split an emoji in two', () => {
    const map = buildMap(['actions'], 3);
    map.personas = [{ id: 'p0', name: 'Andi 😊 Pratama' }, { id: 'p1', name: '👩🏽‍💼 Sari' }];
    const initials = sceneOf(map).personaStrip.flatMap((i) => (i.type === 'text' && i.width === 48 ? [i.text] : []));
    expect(initials).toEqual(['A😊', '👩S']);
  });
});

describe('any map', () => {
  it('has one card per shown note and every text fits its width', () => {
    fc.assert(
      fc.property(anyMapArb, (map) => void checkNotes(map)),
      propertyOptions(200),
    );
  });
});

// Builds the scene from a layout: headers, lane bands, notes, emotion curves
// and service-blueprint lines, as plain items any renderer can draw.
import type { LaneKind } from '../format/types';
import { usablePicture } from '../pictures/storedPicture';
import { GEOMETRY, HEADER_FONT, SMALL_FONT } from './geometry';
import { emotionCurveItems } from './emotionCurveItems';
import { ellipsize, wrapLines } from './fitText';
import type { BoardLayout, RowLayout } from './layout';
import { noteItem } from './noteItem';
import { PERSONA_SLOT, personaSlotShown, personaSlotX } from './personaSlots';
import { curveSampleItems } from './curveStyles';
import { curvesByPersona } from './personaCurves';
import type { NoteItem, Scene, SceneItem, SceneLabels, SceneOptions } from './sceneTypes';
import { LANE_HEADER, laneSubtitleTop, laneTitleLines } from './laneHeader';
import { lineHeight } from './textMetrics';
import type { Theme } from './theme';
import { personaInitials } from './personaInitials';

export function buildScene(layout: BoardLayout, theme: Theme, labels: SceneLabels, options: SceneOptions = {}): Scene {
  return {
    width: layout.width,
    height: layout.height,
    background: backgroundItems(layout, theme),
    notes: allNoteItems(layout, theme, labels),
    overlay: overlayItems(layout, theme, labels, options),
    stageHeaders: stageHeaderItems(layout, theme),
    laneHeaders: laneHeaderItems(layout, theme, labels),
    personaStrip: personaStripItems(layout, theme),
    corner: cornerItems(layout, theme),
  };
}

export function allNoteItems(layout: BoardLayout, theme: Theme, labels: SceneLabels): NoteItem[] {
  const items: NoteItem[] = [];
  for (const cell of layout.cells.values()) for (const placement of cell.placements) items.push(noteItem(layout, cell, placement, theme, labels));
  return items;
}

export function backgroundItems(layout: BoardLayout, theme: Theme): SceneItem[] {
  const left = GEOMETRY.laneHeaderWidth;
  const items: SceneItem[] = [{ type: 'rect', x: 0, y: 0, width: layout.width, height: layout.height, fill: theme.background }];
  for (const row of layout.rows) {
    items.push({ type: 'rect', x: left, y: row.y, width: layout.width - left, height: row.height, fill: row.index % 2 ? theme.laneBandOdd : theme.laneBandEven });
    items.push({ type: 'line', points: [left, row.y + row.height, layout.width, row.y + row.height], stroke: theme.gridLine, strokeWidth: 1 });
  }
  for (const column of layout.columns.slice(1)) {
    items.push({ type: 'line', points: [column.x, layout.top, column.x, layout.height], stroke: theme.gridLine, strokeWidth: 1 });
  }
  return items;
}

export function overlayItems(layout: BoardLayout, theme: Theme, labels: SceneLabels, options: SceneOptions = {}): SceneItem[] {
  const items: SceneItem[] = [];
  for (const row of layout.rows) if (row.lane.kind === 'emotions') items.push(...emotionCurveItems(layout, row, theme, labels, options.hiddenCurves));
  items.push(...blueprintLineItems(layout, theme, labels));
  return items;
}

/** Where docs/format.md puts the three service-blueprint lines, from the lane kinds. */
export function blueprintLines(rows: readonly RowLayout[]): { kind: 'interaction' | 'visibility' | 'internal'; y: number }[] {
  const first = (kind: LaneKind) => rows.findIndex((r) => r.lane.kind === kind);
  const last = (kind: LaneKind) => rows.map((r) => r.lane.kind).lastIndexOf(kind);
  const bottom = (i: number) => rows[i]!.y + rows[i]!.height;
  const lines: { kind: 'interaction' | 'visibility' | 'internal'; y: number }[] = [];
  const front = first('frontstage');
  const back = first('backstage');
  const support = first('support');
  if (front >= 0) lines.push({ kind: 'interaction', y: rows[front]!.y });
  if (front >= 0 && back >= 0 && last('frontstage') < back) lines.push({ kind: 'visibility', y: bottom(last('frontstage')) });
  if (back >= 0 && support >= 0 && last('backstage') < support) lines.push({ kind: 'internal', y: bottom(last('backstage')) });
  return lines;
}

function blueprintLineItems(layout: BoardLayout, theme: Theme, labels: SceneLabels): SceneItem[] {
  const names = { interaction: labels.lineOfInteraction, visibility: labels.lineOfVisibility, internal: labels.lineOfInternalInteraction };
  return blueprintLines(layout.rows).flatMap(({ kind, y }): SceneItem[] => [
    { type: 'line', points: [0, y, layout.width, y], stroke: theme.blueprintLine, strokeWidth: 2.5, dash: [14, 7] },
    { type: 'rect', x: GEOMETRY.laneHeaderWidth + 8, y: y - 11, width: 220, height: 20, fill: '#FFFFFF', radius: 4, stroke: theme.blueprintLine, strokeWidth: 1 },
    { type: 'text', x: GEOMETRY.laneHeaderWidth + 16, y: y - 8, text: ellipsize(names[kind], 204, SMALL_FONT), font: SMALL_FONT, color: theme.blueprintLine },
  ]);
}

export function stageHeaderItems(layout: BoardLayout, theme: Theme): SceneItem[] {
  const y = layout.personaStripHeight;
  const h = GEOMETRY.stageHeaderHeight;
  return layout.columns.flatMap((column): SceneItem[] => [
    { type: 'rect', x: column.x, y, width: column.width, height: h, fill: column.stage.color ?? theme.headerFill, stroke: theme.background, strokeWidth: 1 },
    {
      type: 'text',
      x: column.x + 12,
      y: y + (h - lineHeight(HEADER_FONT)) / 2,
      width: column.width - 24,
      align: 'center',
      text: ellipsize(column.stage.title, column.width - 24, HEADER_FONT),
      font: HEADER_FONT,
      color: theme.headerText,
    },
  ]);
}

export function laneHeaderItems(layout: BoardLayout, theme: Theme, labels: SceneLabels): SceneItem[] {
  return layout.rows.flatMap((row) => [laneHeaderBand(row, theme), ...laneTitleItems(layout, row, theme, labels)]);
}

/** A lane's header without its words: the board keeps the words in view down a tall row (laneTitleShift). */
export function laneHeaderBand(row: RowLayout, theme: Theme): SceneItem {
  return { type: 'rect', x: 0, y: row.y, width: GEOMETRY.laneHeaderWidth, height: row.height, fill: row.lane.color ?? theme.headerFill, stroke: theme.background, strokeWidth: 1 };
}

/** A lane's title and the small line under it (its kind, its persona), at the top of its row. */
export function laneTitleItems(layout: BoardLayout, row: RowLayout, theme: Theme, labels: SceneLabels): SceneItem[] {
  const width = GEOMETRY.laneHeaderWidth;
  const lines = laneTitleLines(row.lane);
  const items: SceneItem[] = lines.map((text, i) => ({ type: 'text', x: LANE_HEADER.paddingX, y: row.y + LANE_HEADER.titleTop + i * lineHeight(HEADER_FONT), text, font: HEADER_FONT, color: theme.headerText }));
  const kind = labels.laneKinds[row.lane.kind] ?? row.lane.kind;
  const persona = row.lane.persona ? layout.map.personas.find((p) => p.id === row.lane.persona)?.name : undefined;
  // The kind is said under the title unless the title already says it.
  const shownKind = row.lane.title.trim().toLocaleLowerCase() === kind.toLocaleLowerCase() ? '' : kind;
  const subtitle = ellipsize([shownKind, persona].filter(Boolean).join(' · '), width - 2 * LANE_HEADER.paddingX, SMALL_FONT);
  items.push({ type: 'text', x: LANE_HEADER.paddingX, y: row.y + laneSubtitleTop(lines.length), text: subtitle, font: SMALL_FONT, color: theme.headerSubtleText });
  return items;
}

export function personaStripItems(layout: BoardLayout, theme: Theme): SceneItem[] {
  if (layout.personaStripHeight === 0) return [];
  const h = layout.personaStripHeight;
  const items: SceneItem[] = [{ type: 'rect', x: GEOMETRY.laneHeaderWidth, y: 0, width: layout.width - GEOMETRY.laneHeaderWidth, height: h, fill: '#FFFFFF', stroke: theme.gridLine, strokeWidth: 1 }];
  // Slots shared with the board's hit-testing (a photo dropped onto a persona): personaSlots.ts.
  const slot = PERSONA_SLOT.width;
  // Who each curve belongs to: a stretch of it beside its persona's name, when the board overlays several.
  const curveOf = curvesByPersona(layout, theme);
  const KEY_WIDTH = 44;
  layout.map.personas.forEach((persona, i) => {
    const x = personaSlotX(i);
    if (!personaSlotShown(layout, i)) return;
    const color = theme.curve[i % theme.curve.length]!;
    // A photo that may not be decoded (storedPicture.ts) is not drawn: the persona's initials stand in, as for no photo.
    if (persona.photo && usablePicture(layout.map.assets, persona.photo)) {
      items.push({ type: 'image', assetId: persona.photo, x, y: h / 2 - 24, width: 48, height: 48, round: true });
    } else {
      const initials = personaInitials(persona.name);
      items.push({ type: 'circle', x: x + 24, y: h / 2, radius: 24, fill: color });
      items.push({ type: 'text', x, y: h / 2 - lineHeight(HEADER_FONT) / 2, width: 48, align: 'center', text: initials, font: HEADER_FONT, color: '#FFFFFF' });
    }
    const curve = curveOf.get(persona.id);
    const textWidth = slot - 76 - (curve ? KEY_WIDTH + 12 : 0);
    items.push({ type: 'text', x: x + 58, y: h / 2 - 22, text: ellipsize(persona.name, textWidth, HEADER_FONT), font: HEADER_FONT, color: theme.noteText });
    if (persona.role) items.push({ type: 'text', x: x + 58, y: h / 2 + 2, text: ellipsize(persona.role, textWidth, SMALL_FONT), font: SMALL_FONT, color: theme.markText });
    if (curve) items.push(...curveSampleItems(curve.style, x + slot - 26 - KEY_WIDTH, h / 2 - 11, KEY_WIDTH, curve.color));
  });
  return items;
}

export function cornerItems(layout: BoardLayout, theme: Theme): SceneItem[] {
  const items: SceneItem[] = [{ type: 'rect', x: 0, y: 0, width: GEOMETRY.laneHeaderWidth, height: layout.top, fill: theme.headerFill }];
  const lines = wrapLines(layout.map.title, GEOMETRY.laneHeaderWidth - 28, HEADER_FONT, Math.max(1, Math.floor((layout.top - 20) / lineHeight(HEADER_FONT))));
  lines.forEach((text, i) => items.push({ type: 'text', x: 14, y: 12 + i * lineHeight(HEADER_FONT), text, font: HEADER_FONT, color: theme.headerText }));
  return items;
}

// The one scene, prepared for an export: the map as exported, laid out with
// the shipped font's metrics, built into the scene the board draws, and
// flattened into the order the board paints it (bands, notes, curves, then
// the headers on top), each note broken into the primitives the board uses.
import type { JourneyMap } from '../format/types';
import { sceneLabels } from '../i18n/sceneLabels';
import { layoutBoard, type BoardLayout } from '../layout/layout';
import { notePrimitives } from '../layout/notePrimitives';
import { buildScene } from '../layout/scene';
import type { Scene, SceneItem, SceneLabels, SceneOptions } from '../layout/sceneTypes';
import { measureText } from '../layout/textMetrics';
import { LIGHT_THEME, type Theme } from '../layout/theme';
import { mapForExport, mapForPicture } from './mapForExport';

export interface PreparedExport {
  /** The map as exported: hidden notes and lanes already left out (or turned face up). What a picture embeds, what text is drawn from. */
  map: JourneyMap;
  /** Laid out from mapForPicture: face-down notes stay as blank cards, so each cell shows its count. */
  layout: BoardLayout;
  scene: Scene;
  theme: Theme;
  labels: SceneLabels;
}

/** `options` are the board's view (curves switched off): a preview may pass them; exports draw everything. */
export function prepareExport(map: JourneyMap, includeHidden: boolean, options: SceneOptions = {}): PreparedExport {
  const exported = mapForExport(map, includeHidden);
  const layout = layoutBoard(mapForPicture(map, includeHidden));
  const theme = LIGHT_THEME;
  const labels = sceneLabels(exported.locale);
  return { map: exported, layout, scene: buildScene(layout, theme, labels, options), theme, labels };
}

/** Every item to draw, in paint order; notes as their card, text lines and marks. */
export function flatSceneItems(scene: Scene): SceneItem[] {
  const items: SceneItem[] = [...scene.background];
  for (const note of scene.notes) items.push(...notePrimitives(note));
  items.push(...scene.overlay, ...scene.personaStrip, ...scene.stageHeaders, ...scene.laneHeaders, ...scene.corner);
  return items;
}

/** The box an item covers, for culling an export into tiles. */
export function itemBounds(item: SceneItem): { x: number; y: number; width: number; height: number } {
  switch (item.type) {
    case 'rect':
    case 'image':
      return { x: item.x, y: item.y, width: item.width, height: item.height };
    case 'note':
      return { x: item.x, y: item.y, width: item.width, height: item.height };
    case 'circle':
      return { x: item.x - item.radius, y: item.y - item.radius, width: 2 * item.radius, height: 2 * item.radius };
    case 'text':
      // Generous: a line never reaches more than its font size below its box, and alignment stays inside `width`.
      return { x: item.x, y: item.y, width: item.width ?? Number.MAX_SAFE_INTEGER, height: item.font.size * 2 };
    case 'line': {
      let minX = Infinity;
      let minY = Infinity;
      let maxX = -Infinity;
      let maxY = -Infinity;
      for (let i = 0; i < item.points.length; i += 2) {
        minX = Math.min(minX, item.points[i]!);
        maxX = Math.max(maxX, item.points[i]!);
        minY = Math.min(minY, item.points[i + 1]!);
        maxY = Math.max(maxY, item.points[i + 1]!);
      }
      const pad = item.strokeWidth;
      return { x: minX - pad, y: minY - pad, width: maxX - minX + 2 * pad, height: maxY - minY + 2 * pad };
    }
  }
}

/**
 * The box an item covers, with a line of text that has no box of its own (a
 * lane's title) reaching only as far as it measures, not to the end of the
 * map as itemBounds allows: otherwise every page to its right would seem to
 * show it. Emoji draw up to two and a half times wider than the layout
 * measures them, hence the slack.
 */
export function drawnBounds(item: SceneItem): { x: number; y: number; width: number; height: number } {
  if (item.type !== 'text' || item.width !== undefined) return itemBounds(item);
  const measured = measureText(item.text, item.font);
  const wide = /[\u{2100}-\u{2bff}\u{1f000}-\u{1faff}]/u.test(item.text);
  return { x: item.x, y: item.y, width: (wide ? 3 * measured : measured) + item.font.size, height: item.font.size * 2 };
}

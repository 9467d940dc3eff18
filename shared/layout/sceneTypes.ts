// The scene: a flat list of things to draw, made once from the layout. The
// board draws it with Konva; SVG, PNG and PDF exports draw the very same
// items, so what the room saw is what the poster shows, line for line.
import type { PictureBand } from './notePicture';
import type { FontSpec } from './textMetrics';

export type SceneItem =
  | { type: 'rect'; x: number; y: number; width: number; height: number; fill?: string; stroke?: string; strokeWidth?: number; radius?: number; opacity?: number }
  /** One line of text; `y` is the top of the line box; with `align`, `width` is the box it is aligned in. */
  | { type: 'text'; x: number; y: number; text: string; font: FontSpec; color: string; align?: 'left' | 'center' | 'right'; width?: number; opacity?: number }
  | { type: 'line'; points: readonly number[]; stroke: string; strokeWidth: number; dash?: readonly number[] }
  | { type: 'circle'; x: number; y: number; radius: number; fill: string; stroke?: string; strokeWidth?: number }
  | { type: 'image'; assetId: string; x: number; y: number; width: number; height: number; round?: boolean }
  | NoteItem;

export interface NoteItem {
  type: 'note';
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  border: string;
  textColor: string;
  font: FontSpec;
  lineHeight: number;
  lines: readonly string[];
  /** A note not yet revealed: drawn face down, no text. */
  faceDown: boolean;
  /** The big figure of a metric note, with its name. */
  metric?: { figure: string; name: string; font: FontSpec };
  /** Small text at the foot: left (evidence, owner, due) and right (votes, emotion). */
  marksLeft: string;
  marksRight: string;
  marksFont: FontSpec;
  /** The note's picture: a band at the top of the card, relative to the card's top-left corner (notePicture.ts). */
  picture?: PictureBand;
  /** The words of the grey card drawn at the band instead of a picture that is not decoded (pictureCard.ts). */
  pictureCard?: PictureCard;
  /** Drawn faded: the board's filter (a view, never stored) does not match it. Exports never set it. */
  dimmed?: boolean;
}

/** A grey card in place of a picture: its title, wrapped, and one line of detail (the size, or why not). */
export interface PictureCard {
  lines: readonly string[];
  detail: string;
  color: string;
}

/** The parts of the scene, so the board can pin headers while panning; exports draw them all in place. */
export interface Scene {
  width: number;
  height: number;
  /** Lane bands and grid lines. */
  background: SceneItem[];
  notes: NoteItem[];
  /** Emotion curves, blueprint lines: drawn over the notes. */
  overlay: SceneItem[];
  stageHeaders: SceneItem[];
  laneHeaders: SceneItem[];
  personaStrip: SceneItem[];
  /** The top-left corner above the lane titles. */
  corner: SceneItem[];
}

/** What the viewer chose to see, never stored in the map; exports leave it out and draw everything. */
export interface SceneOptions {
  /** Emotions lanes whose curves are switched off in the overlay (the legend greys them out). */
  hiddenCurves?: ReadonlySet<string>;
}

/** Words the scene draws, in the map's content language. */
export interface SceneLabels {
  lineOfInteraction: string;
  lineOfVisibility: string;
  lineOfInternalInteraction: string;
  evidence: Record<'assumption' | 'observed' | 'measured', string>;
  priority: Record<'low' | 'medium' | 'high', string>;
  noScore: string;
  /** The title of the legend over overlaid emotion curves. */
  emotionCurves: string;
  laneKinds: Record<string, string>;
  /** The grey card in place of a stored picture that is not drawn; `pixels` follows its size ("16,000 × 16,000 px"). */
  pictureCard: { tooLarge: string; cannotShow: string; unsupported: string; unreadable: string; pixels: string };
  formatDate(date: string): string;
  formatNumber(value: number): string;
}

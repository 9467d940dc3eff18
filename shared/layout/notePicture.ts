// A note's picture on its card: a band at the top, as wide as the card
// allows (less a small margin, like a print on a sticky note), as tall as
// its proportions ask up to a cap, so a portrait phone photo does not make
// one card a poster. The text, metric and marks move down by the band, and
// the layout counts it in the note's height, so cells grow and notes never
// overlap. The picture is drawn in its own proportions: a capped one is
// narrower and centred, never stretched or cropped.
import type { Asset, Note } from '../format/types';
import { assetSize } from '../pictures/assetSize';
import { GEOMETRY } from './geometry';

export const NOTE_PICTURE = {
  /** Margin around the picture at the card's top and sides. */
  inset: 6,
  /** The tallest band: a 4:3 landscape photo fills the card's width at 138 px. */
  maxHeight: 140,
  /** Space between the picture and the text below it. */
  gap: 6,
} as const;

/** Where a note's picture sits, relative to the note's top-left corner. */
export interface PictureBand {
  assetId: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The band of a note's picture, or null: no picture, a picture the map lacks or cannot size, or a note still face down. */
export function notePictureBand(note: Note, assets: Readonly<Record<string, Asset>> | undefined): PictureBand | null {
  if (note.image === undefined || note.hidden || !assets || !Object.hasOwn(assets, note.image)) return null;
  const size = assetSize(assets[note.image]!);
  if (!size) return null;
  const room = GEOMETRY.noteWidth - 2 * NOTE_PICTURE.inset;
  const height = Math.max(1, Math.min(NOTE_PICTURE.maxHeight, Math.round((room * size.height) / size.width)));
  const width = Math.max(1, Math.min(room, Math.round((height * size.width) / size.height)));
  return { assetId: note.image, x: Math.round((GEOMETRY.noteWidth - width) / 2), y: NOTE_PICTURE.inset, width, height };
}

/** How far a band pushes the card's content (metric, text, marks) down from where it would start. */
export function pictureShift(band: PictureBand | null | undefined): number {
  return band ? band.y + band.height + NOTE_PICTURE.gap - GEOMETRY.notePaddingTop : 0;
}

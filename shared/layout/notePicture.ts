// A note's picture on its card: a band at the top, as wide as the card
// allows (less a small margin, like a print on a sticky note), as tall as
// its proportions ask up to a cap, so a portrait phone photo does not make
// one card a poster. The text, metric and marks move down by the band, and
// the layout counts it in the note's height, so cells grow and notes never
// overlap. The picture is drawn in its own proportions: a capped one is
// narrower and centred, never stretched or cropped. A stored picture that
// may not be decoded (too large, or not a picture a map may hold) gets a
// grey card in its place that says so (pictureCard.ts).
import type { Asset, Note } from '../format/types';
import { checkStoredPicture, type StoredPictureRefusal } from '../pictures/storedPicture';
import { GEOMETRY } from './geometry';

export const NOTE_PICTURE = {
  /** Margin around the picture at the card's top and sides. */
  inset: 6,
  /** The tallest band: a 4:3 landscape photo fills the card's width at 138 px. */
  maxHeight: 140,
  /** Space between the picture and the text below it. */
  gap: 6,
  /** The grey card in place of a picture not shown: room for a two-line title and a detail line. */
  cardHeight: 80,
} as const;

/** Where a note's picture sits, relative to the note's top-left corner. */
export interface PictureBand {
  assetId: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Why the picture is not drawn: a grey card stands in its place, nothing decodes it. */
  refused?: StoredPictureRefusal;
}

/** The band of a note's picture, or null: no picture, a picture the map lacks, or a note still face down. */
export function notePictureBand(note: Note, assets: Readonly<Record<string, Asset>> | undefined): PictureBand | null {
  if (note.image === undefined || note.hidden || !assets || !Object.hasOwn(assets, note.image)) return null;
  const size = checkStoredPicture(assets[note.image]!);
  const room = GEOMETRY.noteWidth - 2 * NOTE_PICTURE.inset;
  // The grey card is as wide as the note allows whatever the picture's proportions: a 40000 × 100 sliver still gets room for its words.
  if (!size.usable) return { assetId: note.image, x: NOTE_PICTURE.inset, y: NOTE_PICTURE.inset, width: room, height: NOTE_PICTURE.cardHeight, refused: size };
  const height = Math.max(1, Math.min(NOTE_PICTURE.maxHeight, Math.round((room * size.height) / size.width)));
  const width = Math.max(1, Math.min(room, Math.round((height * size.width) / size.height)));
  return { assetId: note.image, x: Math.round((GEOMETRY.noteWidth - width) / 2), y: NOTE_PICTURE.inset, width, height };
}

/** How far a band pushes the card's content (metric, text, marks) down from where it would start. */
export function pictureShift(band: PictureBand | null | undefined): number {
  return band ? band.y + band.height + NOTE_PICTURE.gap - GEOMETRY.notePaddingTop : 0;
}

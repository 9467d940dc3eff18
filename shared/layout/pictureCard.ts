// The grey card a note shows in place of a stored picture that is not drawn
// (shared/pictures/storedPicture.ts: too large to decode safely, or not a
// picture a map may hold). Its words are in the scene, in the map's language,
// so the board and every export show the same card, and the bold title is
// the size of the note's own text: read from the back of the room, the card
// says why there is no picture rather than leaving a hole.
import type { StoredPictureRefusal } from '../pictures/storedPicture';
import { ellipsize, wrapLines } from './fitText';
import { SMALL_FONT } from './geometry';
import type { NoteItem, PictureCard, SceneItem, SceneLabels } from './sceneTypes';
import { lineHeight, type FontSpec } from './textMetrics';

/** Where a picture cannot be drawn: the card, and the quiet box of a picture that does not decode (paintCanvas, SVG, PDF). */
export const MISSING_PICTURE_FILL = '#AEB8C4';

const TITLE_FONT: FontSpec = { weight: 600, size: 15 };
const DETAIL_FONT = SMALL_FONT;
/** Room left and right of the words inside the card. */
const PADDING_X = 6;
const RADIUS = 4;
const DETAIL_GAP = 2;

/** The card's words, fitted to a band `width` wide: the title in up to two lines, one line of detail. */
export function pictureCard(refusal: StoredPictureRefusal, width: number, labels: SceneLabels, color: string): PictureCard {
  const words = labels.pictureCard;
  const room = width - 2 * PADDING_X;
  const title = refusal.reason === 'too-large' ? words.tooLarge : words.cannotShow;
  const detail =
    refusal.reason === 'too-large'
      ? `${labels.formatNumber(refusal.width)} × ${labels.formatNumber(refusal.height)} ${words.pixels}`
      : refusal.reason === 'unsupported'
        ? words.unsupported
        : words.unreadable;
  return { lines: wrapLines(title, room, TITLE_FONT, 2), detail: ellipsize(detail, room, DETAIL_FONT), color };
}

/** The card as plain items at the note's picture band: a grey rounded box, the title and the detail centred in it. */
export function pictureCardItems(note: NoteItem, card: PictureCard): SceneItem[] {
  const band = note.picture!;
  const x = note.x + band.x;
  const y = note.y + band.y;
  const block = card.lines.length * lineHeight(TITLE_FONT) + DETAIL_GAP + lineHeight(DETAIL_FONT);
  const top = y + Math.round((band.height - block) / 2);
  const text = { x: x + PADDING_X, width: band.width - 2 * PADDING_X, align: 'center' as const, color: card.color };
  const items: SceneItem[] = [{ type: 'rect', x, y, width: band.width, height: band.height, fill: MISSING_PICTURE_FILL, radius: RADIUS }];
  card.lines.forEach((line, i) => items.push({ type: 'text', ...text, y: top + i * lineHeight(TITLE_FONT), text: line, font: TITLE_FONT }));
  items.push({ type: 'text', ...text, y: top + card.lines.length * lineHeight(TITLE_FONT) + DETAIL_GAP, text: card.detail, font: DETAIL_FONT });
  return items;
}

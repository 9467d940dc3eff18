// A note card broken down into plain scene items (card, face-down bars,
// metric figure, text lines, marks), positioned once here. The board paints
// these items and every exporter (SVG, PNG, PDF) draws the same ones, so a
// note's lines sit at the same baselines on the wall and on the poster.
import { GEOMETRY } from './geometry';
import { noteMetricTop, noteTextTop } from './noteItem';
import { pictureCardItems } from './pictureCard';
import type { NoteItem, SceneItem } from './sceneTypes';
import { baselineOffset } from './textMetrics';

const NOTE_RADIUS = 6;
/** The marks at a note's foot are drawn a little lighter than its text. */
const MARKS_OPACITY = 0.78;

/** The card alone: what the board draws for a note when zoomed too far out to read. */
export function noteCard(note: NoteItem): SceneItem {
  return { type: 'rect', x: note.x, y: note.y, width: note.width, height: note.height, fill: note.fill, stroke: note.border, strokeWidth: 1, radius: NOTE_RADIUS };
}

export function notePrimitives(note: NoteItem, withText = true): SceneItem[] {
  const items: SceneItem[] = [noteCard(note)];
  if (note.faceDown) {
    // Three pale bars: the room sees a note is there, not what it says.
    for (let i = 0; i < 3; i++) items.push({ type: 'rect', x: note.x + 14, y: note.y + 16 + i * 12, width: note.width - 28 - i * 30, height: 5, fill: '#FFFFFF', opacity: 0.35 });
    return items;
  }
  if (!withText) return items;
  const left = note.x + GEOMETRY.notePaddingX;
  if (note.picture && note.pictureCard) items.push(...pictureCardItems(note, note.pictureCard));
  else if (note.picture) {
    const { assetId, x, y, width, height } = note.picture;
    items.push({ type: 'image', assetId, x: note.x + x, y: note.y + y, width, height });
  }
  if (note.metric) {
    items.push({ type: 'text', x: left, y: note.y + noteMetricTop(note) - 2, text: note.metric.figure, font: note.metric.font, color: note.textColor });
  }
  const top = note.y + noteTextTop(note);
  note.lines.forEach((text, i) => items.push({ type: 'text', x: left, y: top + i * note.lineHeight, text, font: note.font, color: note.textColor }));
  // The marks' baseline sits a fixed distance above the card's foot.
  const marksTop = note.y + note.height - GEOMETRY.notePaddingBottom - 2 - baselineOffset(note.marksFont);
  if (note.marksLeft) items.push({ type: 'text', x: left, y: marksTop, text: note.marksLeft, font: note.marksFont, color: note.textColor, opacity: MARKS_OPACITY });
  if (note.marksRight) {
    items.push({ type: 'text', x: left, y: marksTop, width: note.width - 2 * GEOMETRY.notePaddingX, align: 'right', text: note.marksRight, font: note.marksFont, color: note.textColor, opacity: MARKS_OPACITY });
  }
  return items;
}

// One note as the scene draws it: its card, wrapped lines, metric figure and
// the small marks at its foot.
import type { Lane, Note } from '../format/types';
import { GEOMETRY, METRIC_FONT, NOTE_FONT, SMALL_FONT } from './geometry';
import { notePosition, type BoardLayout, type CellLayout, type NotePlacement } from './layout';
import type { NoteItem, SceneLabels } from './sceneTypes';
import { ellipsize } from './fitText';
import { pictureShift, type PictureBand } from './notePicture';
import { pictureCard } from './pictureCard';
import { lineHeight, measureText } from './textMetrics';
import { textColorOn, type Theme } from './theme';

/** A note's card colour: its own, else its lane's, else the theme's for the lane's kind. */
export function noteFill(note: Pick<Note, 'color'>, lane: Lane, theme: Theme): string {
  return note.color ?? lane.color ?? theme.noteFill[lane.kind];
}

function signed(value: number): string {
  return value > 0 ? `+${value}` : value < 0 ? `−${-value}` : '0';
}

/** How one note is drawn beyond what the map says: `hideVotes` while a secret dot-voting round keeps its count unseen. */
export interface NoteItemOptions {
  hideVotes?: boolean;
}

function marks(note: Note, lane: Lane, labels: SceneLabels, options: NoteItemOptions): { left: string; right: string } {
  const left: string[] = [];
  if (note.evidence) left.push(labels.evidence[note.evidence]);
  if (lane.kind === 'opportunities' || note.owner || note.due || note.priority) {
    if (note.priority) left.push(labels.priority[note.priority]);
    if (note.owner) left.push(note.owner);
    if (note.due) left.push(labels.formatDate(note.due));
  }
  const right: string[] = [];
  if (note.emotion !== undefined) right.push(signed(note.emotion));
  if (note.votes && !options.hideVotes) right.push(`● ${note.votes}`);
  return { left: left.join(' · '), right: right.join('  ') };
}

export function noteItem(layout: BoardLayout, cell: CellLayout, placement: NotePlacement, theme: Theme, labels: SceneLabels, options: NoteItemOptions = {}): NoteItem {
  const { note } = placement;
  const lane = layout.rowOf.get(cell.lane)!.lane;
  const { x, y } = notePosition(layout, cell, placement);
  const faceDown = note.hidden === true;
  const fill = faceDown ? theme.hiddenNoteFill : noteFill(note, lane, theme);
  const { left, right } = faceDown ? { left: '', right: '' } : marks(note, lane, labels, options);
  // The left marks give way to the right ones (votes, emotion) when a note is crowded.
  const leftRoom = placement.width - 2 * GEOMETRY.notePaddingX - (right ? measureText(right, SMALL_FONT) + 10 : 0);
  return {
    type: 'note',
    id: note.id,
    x,
    y,
    width: placement.width,
    height: placement.height,
    fill,
    border: theme.noteBorder,
    textColor: textColorOn(fill, theme),
    font: NOTE_FONT,
    lineHeight: lineHeight(NOTE_FONT),
    lines: placement.lines,
    faceDown,
    metric:
      note.metric && !faceDown
        ? { figure: `${labels.formatNumber(note.metric.value)}${note.metric.unit ? ` ${note.metric.unit}` : ''}`, name: note.metric.name, font: METRIC_FONT }
        : undefined,
    marksLeft: left ? ellipsize(left, leftRoom, SMALL_FONT) : '',
    marksRight: right,
    marksFont: SMALL_FONT,
    ...(placement.picture && !faceDown ? { picture: placement.picture } : {}),
    ...(placement.picture?.refused && !faceDown ? { pictureCard: pictureCard(placement.picture.refused, placement.picture.width, labels, theme.noteText) } : {}),
  };
}

/** Where a note's text starts inside its card (below its picture and a metric's figure). */
export function noteTextTop(item: { metric?: unknown; picture?: PictureBand }): number {
  return GEOMETRY.notePaddingTop + pictureShift(item.picture) + (item.metric ? GEOMETRY.metricHeight : 0);
}

/** Where a note's metric figure starts inside its card (below its picture). */
export function noteMetricTop(item: { picture?: PictureBand }): number {
  return GEOMETRY.notePaddingTop + pictureShift(item.picture);
}

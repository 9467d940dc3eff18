// Whether two note items draw the same card: the one comparison both the
// visible-notes list and each note's memoised shape use, so neither keeps an
// old picture or colour on screen that the other redrew.
import type { NoteItem } from '../../shared/layout/sceneTypes';

export function sameNoteItem(a: NoteItem, b: NoteItem): boolean {
  return (
    a.id === b.id &&
    a.x === b.x &&
    a.y === b.y &&
    a.height === b.height &&
    a.lines === b.lines &&
    a.fill === b.fill &&
    a.textColor === b.textColor &&
    a.marksLeft === b.marksLeft &&
    a.marksRight === b.marksRight &&
    a.faceDown === b.faceDown &&
    a.dimmed === b.dimmed &&
    a.metric?.figure === b.metric?.figure &&
    a.metric?.name === b.metric?.name &&
    a.picture?.assetId === b.picture?.assetId &&
    a.picture?.width === b.picture?.width &&
    a.picture?.height === b.picture?.height &&
    a.pictureCard?.lines.join('\n') === b.pictureCard?.lines.join('\n') &&
    a.pictureCard?.detail === b.pictureCard?.detail
  );
}

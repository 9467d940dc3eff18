// Where a panel or the viewer would show a stored picture that may not be
// decoded (shared/pictures/storedPicture.ts): the grey card the board draws,
// with the reason and what to do, in the interface's language.
import { MAX_PICTURE_SIDE, type StoredPictureRefusal } from '../../shared/pictures/storedPicture';
import type { Words } from '../../shared/i18n/words';
import { currentLanguage, useWords } from '../words';

export function notShownMessage(refusal: StoredPictureRefusal, w: Words): string {
  if (refusal.reason !== 'too-large') return w.photos.notShown[refusal.reason];
  const number = (value: number) => value.toLocaleString(currentLanguage());
  return w.photos.notShown['too-large']({ width: number(refusal.width), height: number(refusal.height), side: number(MAX_PICTURE_SIDE) });
}

export function PictureNotShown({ refusal }: { refusal: StoredPictureRefusal }) {
  const w = useWords();
  return (
    <p className="picture-not-shown" role="note" data-testid="picture-not-shown">
      {notShownMessage(refusal, w)}
    </p>
  );
}

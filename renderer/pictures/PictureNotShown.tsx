// Where a panel or the viewer would show a stored picture that may not be
// decoded (shared/pictures/storedPicture.ts): the grey card the board draws,
// with the reason and what to do, in the interface's language.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { MAX_PICTURE_SIDE, type StoredPictureRefusal } from '../../shared/pictures/storedPicture';
import { currentLanguage } from '../i18n';

export function notShownMessage(refusal: StoredPictureRefusal, t: TFunction): string {
  if (refusal.reason !== 'too-large') return t(`photos.notShown.${refusal.reason}`);
  const number = (value: number) => value.toLocaleString(currentLanguage());
  return t('photos.notShown.too-large', { width: number(refusal.width), height: number(refusal.height), side: number(MAX_PICTURE_SIDE) });
}

export function PictureNotShown({ refusal }: { refusal: StoredPictureRefusal }) {
  const { t } = useTranslation();
  return (
    <p className="picture-not-shown" role="note" data-testid="picture-not-shown">
      {notShownMessage(refusal, t)}
    </p>
  );
}

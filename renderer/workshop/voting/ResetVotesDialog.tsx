// "Reset votes…" asks first, saying exactly what goes: the votes of the
// round's lanes only (a map's other lanes may hold votes from an earlier
// exercise that the room wants to keep). Cancel is the default, and Esc.
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../dialogs/Dialog';

export function ResetVotesDialog({ laneNames, votes, notes, restarts, onCancel, onReset }: {
  laneNames: string;
  votes: number;
  notes: number;
  /** Whether a round is on (it starts again with person 1). */
  restarts: boolean;
  onCancel(): void;
  onReset(): void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('voting.resetTitle')} onCancel={onCancel} testId="voting-reset-confirm">
      <p>{t('voting.resetBody', { lanes: laneNames, votes, notes })}</p>
      {restarts && <p>{t('voting.resetRestart')}</p>}
      <p className="muted">{t('voting.resetUndo')}</p>
      <div className="dialog-buttons">
        <button data-autofocus onClick={onCancel}>{t('voting.cancel')}</button>
        <button className="danger" data-testid="voting-reset-yes" onClick={onReset}>{t('voting.resetConfirm')}</button>
      </div>
    </Dialog>
  );
}

// Closing a map with unsaved changes asks first: Cancel (the default, and
// Esc) keeps it open; "close anyway" drops the changes.
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';

export function ConfirmCloseDialog({ onCancel, onClose }: { onCancel(): void; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('actions.close')} onCancel={onCancel} testId="confirm-close">
      <p>{t('board.closeQuestion')}</p>
      <div className="dialog-buttons">
        <button data-autofocus onClick={onCancel}>{t('board.cancel')}</button>
        <button className="danger" onClick={onClose}>{t('board.closeAnyway')}</button>
      </div>
    </Dialog>
  );
}

// Closing a map with unsaved changes asks first: Cancel (the default, and
// Esc) keeps it open; "close anyway" drops the changes.
import { actionWords } from '../../shared/actions/registry';
import { useLanguage, useWords } from '../words';
import { Dialog } from './Dialog';

export function ConfirmCloseDialog({ onCancel, onClose }: { onCancel(): void; onClose(): void }) {
  const w = useWords();
  const language = useLanguage();
  return (
    <Dialog title={actionWords('close', language).name} onCancel={onCancel} testId="confirm-close">
      <p>{w.board.closeQuestion}</p>
      <div className="dialog-buttons">
        <button data-autofocus onClick={onCancel}>{w.board.cancel}</button>
        <button className="danger" onClick={onClose}>{w.board.closeAnyway}</button>
      </div>
    </Dialog>
  );
}

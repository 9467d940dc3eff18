// Restore an earlier version: the versions this machine kept before saves
// replaced the map. Restoring opens one as an unsaved change (undoable);
// nothing is written until the person saves.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Host, MapBackup } from '../../shared/host/host';
import { currentLanguage } from '../i18n';
import { Dialog } from './Dialog';

export function BackupsDialog({ host, handle, onRestore, onClose }: { host: Host; handle: string; onRestore(bytes: Uint8Array): void; onClose(): void }) {
  const { t } = useTranslation();
  const [backups, setBackups] = useState<MapBackup[] | null>(null);
  useEffect(() => {
    void host.listBackups(handle).then(setBackups);
  }, [host, handle]);
  const when = new Intl.DateTimeFormat(currentLanguage() === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Dialog title={t('backups.title')} onCancel={onClose} testId="backups-dialog">
      <p className="muted">{t('backups.intro')}</p>
      {backups !== null && backups.length === 0 && <p>{t('backups.none')}</p>}
      <ul className="recent-list">
        {backups?.map((backup) => (
          <li key={backup.id}>
            <button
              onClick={async () => {
                const restored = await host.restoreBackup(handle, backup.id);
                if (restored.ok) onRestore(restored.value.bytes);
              }}
            >
              <strong>{when.format(new Date(backup.savedAt))}</strong>
              <span className="muted">{backup.title ?? ''}</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="dialog-buttons">
        <button data-autofocus onClick={onClose}>{t('problems.close')}</button>
      </div>
    </Dialog>
  );
}

// Restore an earlier version: the versions this machine kept before saves
// replaced the map. Restoring opens one as an unsaved change (undoable);
// nothing is written until the person saves.
import { useEffect, useState } from 'react';
import type { Host, MapBackup } from '../../shared/host/host';
import { localeOf } from '../../shared/i18n/languages';
import { useLanguage, useWords } from '../words';
import { Dialog } from './Dialog';

export function BackupsDialog({ host, handle, onRestore, onClose }: { host: Host; handle: string; onRestore(bytes: Uint8Array): void; onClose(): void }) {
  const w = useWords();
  const language = useLanguage();
  const [backups, setBackups] = useState<MapBackup[] | null>(null);
  useEffect(() => {
    void host.listBackups(handle).then(setBackups);
  }, [host, handle]);
  const when = new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Dialog title={w.backups.title} onCancel={onClose} testId="backups-dialog">
      <p className="muted">{w.backups.intro}</p>
      {backups !== null && backups.length === 0 && <p>{w.backups.none}</p>}
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
        <button data-autofocus onClick={onClose}>{w.problemsDialog.close}</button>
      </div>
    </Dialog>
  );
}

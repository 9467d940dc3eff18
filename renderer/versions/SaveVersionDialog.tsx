// "Save a version…": asks for an optional name, shows the file name it will
// get beside the map, and writes the map as it is in the window. The open
// map's file and its saved state are left alone.
import { useState } from 'react';
import type { Host, MapVersion } from '../../shared/host/host';
import { fileErrorMessage } from '../../shared/i18n/fileErrors';
import { localDate, versionFileName, versionLabel } from '../../shared/versions/versionFileName';
import type { Session } from '../app/session';
import { Dialog } from '../dialogs/Dialog';
import { currentLanguage, useWords } from '../words';

export function SaveVersionDialog({ host, session, onSaved, onCancel }: { host: Host; session: Session; onSaved(version: MapVersion): void; onCancel(): void }) {
  const w = useWords();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const label = versionLabel(typed);
  // The host adds " (2)" if the name is taken when it writes.
  const preview = label.ok ? versionFileName(session.file.name, localDate(new Date()), label.label) : null;

  const save = async () => {
    const handle = session.file.handle;
    if (!label.ok || handle === null || saving) return;
    setSaving(true);
    try {
      const saved = await host.saveVersion(handle, label.label, session.bytesToSave(new Date()));
      if (saved.ok) onSaved(saved.value);
      else setError(w.versions.saveFailed({ message: fileErrorMessage(saved.error, currentLanguage()) }));
    } catch (failure) {
      setError(w.versions.saveFailed({ message: failure instanceof Error ? failure.message : String(failure) }));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog title={w.versions.saveTitle} onCancel={onCancel} testId="save-version-dialog">
      <p className="muted">{w.versions.saveIntro}</p>
      <form
        className="save-version"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label className="field">
          {w.versions.label}
          <input
            data-testid="version-label"
            value={typed}
            placeholder={w.versions.labelPlaceholder}
            aria-invalid={!label.ok}
            onChange={(e) => {
              setTyped(e.target.value);
              setError(null);
            }}
          />
        </label>
        {label.ok ? (
          <p className="version-file-name">
            <span className="muted">{w.versions.fileName}</span> <strong data-testid="version-file-name">{preview}</strong>
          </p>
        ) : (
          <p className="error" role="alert" data-testid="version-label-error">
            {w.versions.tooLong({ length: label.length, max: label.max })}
          </p>
        )}
        {error && (
          <p className="error" role="alert" data-testid="save-version-error">
            {error}
          </p>
        )}
        <div className="dialog-buttons">
          <button type="button" onClick={onCancel}>
            {w.versions.cancel}
          </button>
          <button type="submit" className="primary" data-testid="save-version" disabled={!label.ok || saving}>
            {w.versions.save}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

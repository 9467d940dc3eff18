// The Versions panel: the copies of this map kept in its folder (same map
// id), newest first, each to compare with the map or to open. A folder out
// of reach says so; opening over unsaved changes asks first.
import { useEffect, useState } from 'react';
import type { Host, MapVersion } from '../../shared/host/host';
import { fileErrorMessage } from '../../shared/i18n/fileErrors';
import type { Session } from '../app/session';
import { Dialog } from '../dialogs/Dialog';
import { currentLanguage, useWords } from '../words';
import { dateAndTime } from './dates';

export interface VersionsPanelProps {
  host: Host;
  session: Session;
  onCompare(version: MapVersion): void;
  onOpen(version: MapVersion): void;
  onSaveVersion(): void;
  onCompareOther(): void;
  onClose(): void;
}

export function VersionsPanel({ host, session, onCompare, onOpen, onSaveVersion, onCompareOther, onClose }: VersionsPanelProps) {
  const w = useWords();
  const [versions, setVersions] = useState<MapVersion[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<MapVersion | null>(null);
  const handle = session.file.handle;
  const mapId = session.map.id;

  useEffect(() => {
    if (handle === null) return;
    let current = true;
    host
      .listVersions(handle, mapId)
      .then((listed) => {
        if (!current) return;
        if (listed.ok) setVersions(listed.value);
        else setError(fileErrorMessage(listed.error, currentLanguage()));
      })
      .catch((failure: unknown) => current && setError(failure instanceof Error ? failure.message : String(failure)));
    return () => {
      current = false;
    };
  }, [host, handle, mapId]);

  const open = (version: MapVersion) => (session.dirty ? setConfirming(version) : onOpen(version));

  return (
    <Dialog title={w.versions.panelTitle} onCancel={onClose} testId="versions-panel" wide>
      <p className="muted">{w.versions.panelIntro({ folder: session.file.folder })}</p>
      {error && (
        <p className="error" role="alert" data-testid="versions-error">
          {error}
        </p>
      )}
      {!error && versions === null && <p className="muted">{w.versions.loading}</p>}
      {versions !== null && versions.length === 0 && <p data-testid="versions-none">{w.versions.none}</p>}
      {versions !== null && versions.length > 0 && (
        <ul className="version-list" data-testid="version-list">
          {versions.map((version) => (
            <li key={version.handle} className="version-entry" data-testid="version-entry">
              <div className="version-facts">
                <strong data-testid="version-name">{version.name}</strong>
                <span className="muted">
                  {w.versions.savedOn({ date: dateAndTime(version.savedAt) })} · {w.versions.notes({ count: version.notes })}
                </span>
              </div>
              <button className="primary" data-testid="version-compare" onClick={() => onCompare(version)}>
                {w.versions.compareWith}
              </button>
              <button data-testid="version-open" onClick={() => open(version)}>
                {w.versions.open}
              </button>
            </li>
          ))}
        </ul>
      )}
      {confirming && (
        <div className="confirm" role="alertdialog" data-testid="version-open-confirm">
          <p>{w.versions.openUnsaved({ name: confirming.name })}</p>
          <button autoFocus onClick={() => setConfirming(null)}>
            {w.versions.cancel}
          </button>
          <button className="danger" onClick={() => onOpen(confirming)}>
            {w.versions.openAnyway}
          </button>
        </div>
      )}
      <div className="dialog-buttons">
        <button data-testid="versions-save" onClick={onSaveVersion}>
          {w.versions.saveVersion}
        </button>
        <button data-testid="versions-compare-other" onClick={onCompareOther}>
          {w.versions.compareOther}
        </button>
        <span className="spacer" />
        <button onClick={onClose}>
          {w.versions.close}
        </button>
      </div>
    </Dialog>
  );
}

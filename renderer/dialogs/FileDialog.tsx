// Browser mode's own file dialog (a page cannot show the native one): the
// host lists folders, maps or pictures; the page only ever holds handles.
import { useEffect, useState } from 'react';
import type { FileHandle, FolderListing, Host, RecentFile } from '../../shared/host/host';
import { fileErrorMessage } from '../../shared/i18n/fileErrors';
import { currentLanguage, useWords } from '../words';
import { Dialog } from './Dialog';

export type FileDialogMode =
  /** `title`: what the map is opened for, when not to edit it (a map to compare with). */
  | { kind: 'open'; title?: string }
  | { kind: 'image' }
  /** A sheet or typed list to import notes from. */
  | { kind: 'sheet' }
  /** `title`: what the dialog says it saves (an export names itself). */
  | { kind: 'save'; suggestedName: string; title?: string };

export function FileDialog({ host, mode, onPick, onSave, onCancel }: {
  host: Host;
  mode: FileDialogMode;
  onPick?(handle: FileHandle): void;
  onSave?(folder: FileHandle, name: string, replace: boolean): Promise<'done' | 'exists'>;
  onCancel(): void;
}) {
  const w = useWords();
  const [listing, setListing] = useState<FolderListing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [name, setName] = useState(mode.kind === 'save' ? mode.suggestedName : '');
  const [confirmReplace, setConfirmReplace] = useState(false);
  const [recent, setRecent] = useState<RecentFile[]>([]);
  const show = mode.kind === 'image' ? 'images' : mode.kind === 'sheet' ? 'sheets' : 'maps';

  const list = async (folder: FileHandle | null) => {
    const result = await host.listFolder!(folder, show);
    if (result.ok) {
      setListing(result.value);
      setError(null);
    } else setError(fileErrorMessage(result.error, currentLanguage()));
  };
  useEffect(() => {
    void list(null);
    if (mode.kind === 'open') void host.recentFiles().then((files) => setRecent(files.filter((f) => !f.missing)));
  }, []);

  // Save (or Enter) pressed before the folder's listing has come back (a slow
  // shared drive) is kept and carried out when it arrives, not dropped.
  const [saveAsked, setSaveAsked] = useState<boolean | null>(null);
  const save = async (replace: boolean) => {
    if (!onSave || name.trim() === '') return;
    if (!listing) return setSaveAsked(replace);
    const outcome = await onSave(listing.folder, name.trim(), replace);
    if (outcome === 'exists') setConfirmReplace(true);
  };
  useEffect(() => {
    if (!listing || saveAsked === null) return;
    setSaveAsked(null);
    void save(saveAsked);
  }, [listing, saveAsked]);
  const title =
    mode.kind === 'save' ? (mode.title ?? w.fileDialog.saveTitle) : mode.kind === 'image' ? w.fileDialog.imageTitle : mode.kind === 'sheet' ? w.importing.pick : (mode.title ?? w.fileDialog.openTitle);

  return (
    <Dialog title={title} onCancel={onCancel} testId="file-dialog" wide>
      <div className="file-dialog">
        <nav className="file-places">
          <h3>{w.fileDialog.places}</h3>
          {listing?.places.map((place) => (
            <button key={place.handle} onClick={() => void list(place.handle)}>
              {place.name}
            </button>
          ))}
          {recent.length > 0 && <h3>{w.fileDialog.recent}</h3>}
          {recent.map((file) => (
            <button key={file.handle} title={file.folder} data-testid="file-dialog-recent" onClick={() => onPick?.(file.handle)}>
              {file.name}
            </button>
          ))}
        </nav>
        <div className="file-main">
          <div className="file-path">
            <button disabled={!listing?.parent} onClick={() => listing?.parent && void list(listing.parent)} aria-label={w.fileDialog.up} title={w.fileDialog.up}>
              ↑
            </button>
            <span data-testid="file-dialog-path">{listing?.path ?? ''}</span>
          </div>
          {error && <p className="error" role="alert">{error}</p>}
          <ul className="file-list" data-testid="file-list">
            {listing?.entries.length === 0 && <li className="muted">{w.fileDialog.empty}</li>}
            {listing?.entries.map((entry) => (
              <li key={entry.handle}>
                <button
                  className={`file-entry ${entry.kind}`}
                  onClick={() => {
                    if (entry.kind === 'folder') void list(entry.handle);
                    else if (mode.kind === 'save') setName(entry.name);
                    else onPick?.(entry.handle);
                  }}
                >
                  {entry.kind === 'folder' ? `${entry.name}/` : entry.name}
                </button>
              </li>
            ))}
          </ul>
          {mode.kind === 'save' && (
            <form
              className="file-save"
              onSubmit={(e) => {
                e.preventDefault();
                void save(false);
              }}
            >
              <label>
                {w.fileDialog.fileName}
                <input data-testid="file-name" value={name} onChange={(e) => setName(e.target.value)} />
              </label>
              <button className="primary" type="submit">
                {w.fileDialog.save}
              </button>
            </form>
          )}
          {confirmReplace && (
            <div className="confirm" role="alertdialog">
              <p>{w.fileDialog.replaceQuestion({ name })}</p>
              <button onClick={() => setConfirmReplace(false)}>{w.fileDialog.cancel}</button>
              <button className="danger" onClick={() => void save(true)}>
                {w.fileDialog.replace}
              </button>
            </div>
          )}
        </div>
      </div>
      <div className="dialog-buttons">
        <button onClick={onCancel}>{w.fileDialog.cancel}</button>
      </div>
    </Dialog>
  );
}

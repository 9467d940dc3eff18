// Saving the open map: Save (over its file, merging first when someone else
// saved meanwhile), Save as (a native dialog in the desktop app, the page's
// own in browser mode) and what each says when done. Both answer how it
// went, so that a close can wait for the save it asked for.
import { useRef, type RefObject } from 'react';
import { readCjm } from '../../shared/format/reader';
import type { FileHandle, Host } from '../../shared/host/host';
import { fileErrorMessage } from '../../shared/i18n/fileErrors';
import { currentLanguage, useWords } from '../words';
import { offeredFileName } from './fileNames';
import type { Session } from './session';

export type SaveOutcome = 'saved' | 'failed' | 'cancelled';

export interface Saving {
  save(): Promise<SaveOutcome>;
  saveAs(): Promise<SaveOutcome>;
  /** The in-app dialog's Save: 'exists' asks whether to replace. */
  saveToFolder(folder: FileHandle, name: string, replace: boolean): Promise<'done' | 'exists'>;
  /** The in-app dialog was closed without saving. */
  cancelSaveAs(): void;
}

export interface SavingDeps {
  host: Host;
  session: RefObject<Session | null>;
  notify(text: string): void;
  /** Someone else's save is taken in before saving again. */
  absorb(session: Session, bytes: Uint8Array): void;
  /** Browser mode: show the page's own save dialog (null hides it). */
  showSaveDialog(suggestedName: string | null): void;
}

export function useSaving({ host, session, notify, absorb, showSaveDialog }: SavingDeps): Saving {
  const w = useWords();
  // The Save as the in-app dialog is open for: it ends when the dialog saves or is cancelled.
  const pending = useRef<((outcome: SaveOutcome) => void) | null>(null);

  const finish = (outcome: SaveOutcome) => {
    pending.current?.(outcome);
    pending.current = null;
  };

  /** Writes the map as a new file; on success the map lives there now. */
  const writeTo = async (folder: FileHandle, name: string, replace: boolean): Promise<'saved' | 'failed' | 'exists'> => {
    const current = session.current;
    if (!current) return 'failed';
    const result = await host.saveAs(folder, name, current.bytesToSave(new Date()), replace);
    if (!result.ok) {
      if (result.error.code === 'exists') return 'exists';
      notify(w.board.saveFailed({ message: fileErrorMessage(result.error, currentLanguage()) }));
      return 'failed';
    }
    current.savedTo({ handle: result.value.handle, name: result.value.name, folder: result.value.folder, writable: true, modifiedAt: result.value.modifiedAt });
    const saved = readCjm(result.value.bytes);
    if (saved.ok) current.setBase(saved.map);
    void host.journal(current.recoveryKey, null).catch(() => undefined);
    notify(w.board.saved);
    return 'saved';
  };

  const saveToFolder = async (folder: FileHandle, name: string, replace: boolean): Promise<'done' | 'exists'> => {
    const written = await writeTo(folder, name, replace);
    if (written === 'exists') return 'exists';
    // After a failure the dialog stays open: another folder or name may work.
    if (written === 'saved') {
      showSaveDialog(null);
      finish('saved');
    }
    return 'done';
  };

  const saveAs = (): Promise<SaveOutcome> => {
    const suggested = offeredFileName(session.current?.map.title ?? 'map', 'cjm');
    finish('cancelled');
    if (host.dialogs !== 'native') {
      return new Promise((resolve) => {
        pending.current = resolve;
        showSaveDialog(suggested);
      });
    }
    // The system's dialog has already asked whether to replace a file of that name.
    return host.showSaveDialog!(suggested, 'cjm').then(async (target) => {
      if (target === null) return 'cancelled';
      const written = await writeTo(target.folder, target.name, true);
      return written === 'saved' ? 'saved' : 'failed';
    });
  };

  const save = async (): Promise<SaveOutcome> => {
    const current = session.current;
    if (!current) return 'saved';
    let outcome = await current.save(host);
    if (!outcome.ok && 'changedOnDisk' in outcome) {
      // Someone else saved meanwhile: their changes are taken in first, then saved again.
      absorb(current, outcome.changedOnDisk);
      outcome = await current.save(host);
    }
    if (outcome.ok) {
      notify(w.board.saved);
      void host.journal(current.recoveryKey, null).catch(() => undefined);
      return 'saved';
    }
    if ('needsLocation' in outcome) return saveAs();
    if ('error' in outcome) notify(w.board.saveFailed({ message: fileErrorMessage(outcome.error, currentLanguage()) }));
    return 'failed';
  };

  return { save, saveAs, saveToFolder, cancelSaveAs: () => finish('cancelled') };
}

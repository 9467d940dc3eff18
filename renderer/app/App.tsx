// The window: the start screen or an open map, the dialogs that open and
// save files through the host, and the messages that say what happened.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FileService } from '../../shared/actions/context';
import { readCjm } from '../../shared/format/reader';
import type { JourneyMap, MapType } from '../../shared/format/types';
import type { FileHandle, Host, HostResult, ImportSource, OpenedFile } from '../../shared/host/host';
import { fileErrorMessage } from '../../shared/i18n/fileErrors';
import { refusalMessage } from '../../shared/i18n/refusals';
import type { ContentLanguage, JourneyId } from '../../shared/templates/types';
import type { LockHolder } from '../../shared/i18n/lock';
import { editingWithoutLockMessage } from '../../shared/i18n/lock';
import type { MergeResult } from '../../shared/merge';
import { createJourneyMap, createMap } from '../../shared/templates';
import { BoardScreen } from '../board/BoardScreen';
import type { Camera } from '../board/camera';
import type { Selection } from '../board/selection';
import { BackupsDialog } from '../dialogs/BackupsDialog';
import { ConfirmCloseDialog } from '../dialogs/ConfirmCloseDialog';
import { FileDialog, type FileDialogMode } from '../dialogs/FileDialog';
import { ProblemsDialog } from '../dialogs/ProblemsDialog';
import { ExportDialog } from '../exporting/ExportDialog';
import { ImportDialog } from '../importing/ImportDialog';
import { currentLanguage, useWords } from '../words';
import { chooseInterfaceLanguage } from '../settings/interfaceLanguage';
import { SettingsDialog } from '../settings/SettingsDialog';
import { StartScreen } from '../start/StartScreen';
import { ConflictsDialog, LockDialog, UnreachableBanner } from './SyncDialogs';
import { handleDrop } from './dropped';
import type { PictureDrops } from '../pictures/usePictures';
import { openFromHost, type Opening } from './opening';
import { Session } from './session';
import { useAutoSave } from './useAutoSave';
import { useSaving } from './useSaving';
import { useWindowClose } from './useWindowClose';
import { installTestHooks } from './testHooks';
import { useRecoveryJournal } from './useFileSync';
import { useOthersChanges } from './useOthersChanges';
import { useWindowActions } from './useWindowActions';
import { recoveredSession } from './recovered';
import { useVersionsAndCompare } from '../versions/useVersionsAndCompare';

type DialogState =
  | { kind: 'none' }
  | { kind: 'file'; mode: FileDialogMode; resolve?: (handle: FileHandle | null) => void }
  /** Browser mode's own Save as dialog (the desktop app shows the system's). */
  | { kind: 'save-as'; suggestedName: string }
  | { kind: 'problems'; opening: Extract<Opening, { kind: 'needs-repair' | 'refused' }> }
  | { kind: 'confirm-close' }
  | { kind: 'backups'; handle: FileHandle }
  | { kind: 'lock'; file: OpenedFile; holder: LockHolder }
  | { kind: 'conflicts'; result: MergeResult }
  | { kind: 'export' }
  | { kind: 'settings' }
  | { kind: 'import'; source: ImportSource };

export function App({ host }: { host: Host }) {
  const w = useWords();
  const [session, setSession] = useState<Session | null>(null);
  const [dialog, setDialog] = useState<DialogState>({ kind: 'none' });
  const [message, setMessage] = useState<string | null>(null);
  const board = useRef<{ selection: () => Selection; camera: Camera; view: () => { width: number; height: number }; pictures?: PictureDrops } | null>(null);
  const sessionRef = useRef(session);
  sessionRef.current = session;

  const notify = useCallback((text: string) => {
    setMessage(text);
    window.setTimeout(() => setMessage((m) => (m === text ? null : m)), 6000);
  }, []);

  useEffect(() => {
    if (new URLSearchParams(window.location.search).get('test') === '1') installTestHooks(() => sessionRef.current, () => board.current);
  }, []);

  const show = useCallback((opening: Opening) => {
    if (opening.kind === 'ready') setSession(new Session(opening.map, opening.source, opening.source.handle !== null));
    else setDialog({ kind: 'problems', opening });
  }, []);

  const receive = useCallback(
    (result: HostResult<OpenedFile>) => {
      if (!result.ok) return notify(fileErrorMessage(result.error, currentLanguage()));
      // Another copy has it open: read-only or edit anyway, the user says which.
      if (result.value.lockedBy) return setDialog({ kind: 'lock', file: result.value, holder: result.value.lockedBy });
      show(openFromHost(result.value));
    },
    [notify, show],
  );

  const chooseLock = async (file: OpenedFile, holder: LockHolder, choice: 'read-only' | 'edit-anyway') => {
    setDialog({ kind: 'none' });
    if (choice === 'read-only') {
      show(openFromHost({ ...file, writable: false }));
      notify(w.sync.readOnlyNote);
      return;
    }
    const forced = await host.editAnyway(file.handle);
    if (!forced.ok) return notify(fileErrorMessage(forced.error, currentLanguage()));
    show(openFromHost(file));
    if (forced.value.lockedBy) notify(editingWithoutLockMessage(forced.value.lockedBy, currentLanguage()));
  };

  const { absorb, away, checkNow } = useOthersChanges(host, session, notify, (result) => setDialog({ kind: 'conflicts', result }));
  useRecoveryJournal(host, session);

  // The tab or window closing releases the map's lock (a clean map only: with
  // unsaved changes the recovery journal keeps them and the lock says so).
  useEffect(() => {
    const leave = () => {
      const current = sessionRef.current;
      if (current?.file.handle && !current.dirty) void host.closeFile(current.file.handle).catch(() => undefined);
    };
    window.addEventListener('pagehide', leave);
    return () => window.removeEventListener('pagehide', leave);
  }, [host]);

  // A map closed (or replaced by another): its lock released, its recovery entry cleared.
  useEffect(() => {
    if (!session) return;
    return () => {
      const handle = session.file.handle;
      if (handle !== null && sessionRef.current?.file.handle !== handle) void host.closeFile(handle).catch(() => undefined);
      void host.journal(session.recoveryKey, null).catch(() => undefined);
    };
  }, [session, host]);

  const onDrop = async (event: React.DragEvent) => {
    event.preventDefault();
    await handleDrop([...event.dataTransfer.files], {
      host,
      open: { present: sessionRef.current !== null, dirty: sessionRef.current?.dirty === true },
      confirmReplace: () => window.confirm(w.board.closeQuestion),
      refuse: (reason) => notify(reason === 'no-map' ? w.importing.dropHint : fileErrorMessage(reason, currentLanguage())),
      offerImport: (source) => setDialog({ kind: 'import', source }),
      show,
      receive,
      // A picture goes to what is under the drop: a note, an empty cell, a persona.
      pictureTarget: sessionRef.current ? (board.current?.pictures?.targetAt(event.target as Element, event.clientX, event.clientY) ?? null) : null,
      placePicture: board.current?.pictures?.place,
      refusePicture: () => notify(w.photos.dropTarget),
    });
  };

  /** Import from the File menu: a sheet or typed list picked in a dialog. */
  const importNotes = async () => {
    const handle = host.dialogs === 'native' ? await host.showOpenDialog!('sheets') : await pickFile({ kind: 'sheet' });
    setDialog({ kind: 'none' });
    if (!handle) return;
    const read = await host.readImport({ handle });
    if (!read.ok) return notify(fileErrorMessage(read.error, currentLanguage()));
    setDialog({ kind: 'import', source: read.value });
  };

  useEffect(() => {
    void host.startupFile().then((file) => file && receive(file));
  }, [host, receive]);

  // The title shows the map and an unsaved mark (and tells the desktop window, which asks before closing).
  useEffect(() => {
    if (!session) {
      document.title = w.app.name;
      host.documentChanged?.({ title: w.app.name, dirty: false });
      return;
    }
    const update = () => {
      document.title = `${session.dirty ? '● ' : ''}${session.map.title} — ${w.app.name}`;
      host.documentChanged?.({ title: session.map.title, dirty: session.dirty });
    };
    update();
    return session.subscribe(update);
  }, [session, w, host]);

  const pickFile = (mode: FileDialogMode) =>
    new Promise<FileHandle | null>((resolve) => setDialog({ kind: 'file', mode, resolve }));

  const openFile = async () => {
    const handle = host.dialogs === 'native' ? await host.showOpenDialog!() : await pickFile({ kind: 'open' });
    setDialog({ kind: 'none' });
    if (handle) receive(await host.openFile(handle));
  };

  const saving = useSaving({
    host,
    session: sessionRef,
    notify,
    absorb,
    showSaveDialog: (suggestedName) => setDialog(suggestedName === null ? { kind: 'none' } : { kind: 'save-as', suggestedName }),
  });
  const save = async () => void (await saving.save());
  const saveAs = () => void saving.saveAs();
  useWindowClose(host, session, saving.save);

  /** A map journaled by a run that ended without saving it: reopened unsaved (recovered.ts). */
  const restore = async (key: string) => {
    const restored = await recoveredSession(host, key, w.sync.unreadable({ name: key }));
    if (typeof restored === 'string') notify(restored);
    else setSession(restored);
  };

  const autoSave = useAutoSave(host, session, save);
  const versions = useVersionsAndCompare({
    host,
    session,
    notify,
    // Picking a map to compare does not open it: the dialog only hands back its handle.
    pickMap: async (title) => {
      const handle = host.dialogs === 'native' ? await host.showOpenDialog!() : await pickFile({ kind: 'open', title });
      setDialog({ kind: 'none' });
      return handle;
    },
    open: (handle) => void host.openFile(handle).then(receive, (error: unknown) => notify(String(error))),
  });
  const toggleAutoSave = async () => notify((await autoSave.toggle()) ? w.autoSave.on : w.autoSave.off);
  const windowActions = useWindowActions(host, session !== null, { openMap: () => void openFile(), openSettings: () => setDialog({ kind: 'settings' }) }, notify);

  const restoreBackup = () => {
    const handle = sessionRef.current?.file.handle;
    if (!handle) return notify(w.backups.noFile);
    setDialog({ kind: 'backups', handle });
  };

  const close = () => {
    if (sessionRef.current?.dirty) setDialog({ kind: 'confirm-close' });
    else setSession(null);
  };

  const file: FileService = {
    save: () => void save(),
    saveAs,
    close,
    exportMap: () => setDialog({ kind: 'export' }),
    importNotes: () => void importNotes(),
    restoreBackup,
    toggleAutoSave: () => void toggleAutoSave(),
    saveVersion: versions.actions.saveVersion,
    showVersions: versions.actions.versions,
    compare: versions.actions.compare,
  };

  const startUnsaved = (map: JourneyMap) => setSession(new Session(map, { handle: null, name: `${map.title}.cjm`, folder: '', writable: false }, false));
  const newMap = (type: MapType, locale: ContentLanguage) => startUnsaved(createMap({ type, locale, now: new Date().toISOString() }));
  const newJourneyMap = (journey: JourneyId, locale: ContentLanguage) => startUnsaved(createJourneyMap({ journey, locale, now: new Date().toISOString() }));

  const pickImage = async () => {
    const handle = host.dialogs === 'native' ? await host.showOpenDialog!('images') : await pickFile({ kind: 'image' });
    setDialog({ kind: 'none' });
    if (!handle) return null;
    const result = await host.readImage(handle);
    if (!result.ok) {
      notify(fileErrorMessage(result.error, currentLanguage()));
      return null;
    }
    return result.value;
  };

  return (
    <div className="app" onDragOver={(e) => e.preventDefault()} onDrop={(e) => void onDrop(e)}>
      {session ? (
        <BoardScreen
          // One board per session: saving a new map somewhere keeps the board (and its panels) as it is.
          key={session.recoveryKey}
          session={session}
          menuBar={host.kind !== 'desktop'}
          autoSaveOn={autoSave.on}
          notify={notify}
          pickImage={pickImage}
          exposeBoard={(state) => (board.current = state)}
          exposeRunner={windowActions.exposeRunner}
          host={host}
          app={windowActions.app}
          file={file}
        />
      ) : (
        <StartScreen
          host={host}
          onNew={newMap}
          onNewJourney={newJourneyMap}
          onOpenSample={async (id) => receive(await host.openSample(id))}
          onOpenFile={() => void openFile()}
          onOpenRecent={async (recent) => receive(await host.openFile(recent.handle))}
          onRestore={(key) => void restore(key)}
          onLanguage={(language) => void chooseInterfaceLanguage(host, language)}
        />
      )}
      {dialog.kind === 'file' && (
        <FileDialog
          host={host}
          mode={dialog.mode}
          onPick={(handle) => dialog.resolve?.(handle)}
          onCancel={() => {
            dialog.resolve?.(null);
            setDialog({ kind: 'none' });
          }}
        />
      )}
      {dialog.kind === 'save-as' && (
        <FileDialog
          host={host}
          mode={{ kind: 'save', suggestedName: dialog.suggestedName }}
          onSave={saving.saveToFolder}
          onCancel={() => {
            saving.cancelSaveAs();
            setDialog({ kind: 'none' });
          }}
        />
      )}
      {dialog.kind === 'problems' && (
        <ProblemsDialog
          name={dialog.opening.kind === 'refused' ? dialog.opening.name : dialog.opening.source.name}
          problems={dialog.opening.kind === 'refused' ? dialog.opening.problems : dialog.opening.repairs}
          repairable={dialog.opening.kind === 'needs-repair'}
          onRepair={() => {
            const opening = dialog.opening;
            if (opening.kind === 'needs-repair') setSession(new Session(opening.map, opening.source, false));
            setDialog({ kind: 'none' });
          }}
          onClose={() => setDialog({ kind: 'none' })}
        />
      )}
      {dialog.kind === 'backups' && (
        <BackupsDialog
          host={host}
          handle={dialog.handle}
          onClose={() => setDialog({ kind: 'none' })}
          onRestore={(bytes) => {
            setDialog({ kind: 'none' });
            const current = sessionRef.current;
            const read = readCjm(bytes);
            if (!current || !read.ok) return notify(w.problemsDialog.fatalTitle);
            const restored = current.restore(read.map);
            notify(restored.ok ? w.backups.restored : refusalMessage(restored.refusal, currentLanguage()));
          }}
        />
      )}
      {dialog.kind === 'confirm-close' && (
        <ConfirmCloseDialog
          onCancel={() => setDialog({ kind: 'none' })}
          onClose={() => {
            setDialog({ kind: 'none' });
            setSession(null);
          }}
        />
      )}
      {dialog.kind === 'lock' && (
        <LockDialog holder={dialog.holder} onChoose={(choice) => void chooseLock(dialog.file, dialog.holder, choice)} />
      )}
      {dialog.kind === 'conflicts' && session && (
        <ConflictsDialog
          result={dialog.result}
          onApply={(resolved) => {
            session.applyMerge(resolved.map, resolved.sources.theirs);
            setDialog({ kind: 'none' });
          }}
          onClose={() => setDialog({ kind: 'none' })}
        />
      )}
      {dialog.kind === 'export' && session && (
        <ExportDialog host={host} map={session.map} fileName={session.file.name} onClose={() => setDialog({ kind: 'none' })} />
      )}
      {dialog.kind === 'import' && session && (
        <ImportDialog
          source={dialog.source}
          session={session}
          onDone={(text) => {
            setDialog({ kind: 'none' });
            if (text) notify(text);
          }}
        />
      )}
      {dialog.kind === 'settings' && <SettingsDialog host={host} autoSave={autoSave} onClose={() => setDialog({ kind: 'none' })} />}
      {versions.view}
      {away && session && <UnreachableBanner kind={away} name={session.file.name} onRetry={checkNow} onSaveCopy={saveAs} />}
      {message && <div className="toast" role="status" data-testid="toast">{message}</div>}
    </div>
  );
}

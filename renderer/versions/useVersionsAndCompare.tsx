// Versions and compare for the window: the three board actions (save a
// version, the Versions panel, compare with another map) and the dialog or
// view each one shows. The window gives it the host, the open map, a way to
// pick a map file and its usual way to open one; nothing here changes the map.
import { useState, type ReactNode } from 'react';
import { readCjm } from '../../shared/format/reader';
import type { FileHandle, Host, MapVersion } from '../../shared/host/host';
import { fileErrorMessage } from '../../shared/i18n/fileErrors';
import { formatProblem } from '../../shared/i18n/problems';
import type { Session } from '../app/session';
import { currentLanguage, useWords } from '../words';
import '../styles/versions.css';
import { CompareView, type ComparedMap } from './CompareView';
import { SaveVersionDialog } from './SaveVersionDialog';
import { VersionsPanel } from './VersionsPanel';

export interface VersionsDeps {
  host: Host;
  session: Session | null;
  notify(message: string): void;
  /** Asks for a map file (the native dialog or the in-app one, titled `title`); null when cancelled. */
  pickMap(title: string): Promise<FileHandle | null>;
  /** Opens a map file the way the window opens any (locks, repairs, read-only offers). */
  open(handle: FileHandle): void;
}

type View =
  | { kind: 'none' }
  | { kind: 'save'; fromPanel: boolean }
  | { kind: 'panel' }
  /** `fromPanel`: closing goes back to the Versions panel. */
  | { kind: 'compare'; before: ComparedMap; after: ComparedMap; fromPanel: boolean };

export interface VersionsAndCompare {
  actions: { saveVersion(): void; versions(): void; compare(): void };
  view: ReactNode;
}

export function useVersionsAndCompare({ host, session, notify, pickMap, open }: VersionsDeps): VersionsAndCompare {
  const w = useWords();
  const [view, setView] = useState<View>({ kind: 'none' });

  /**
   * A version lives beside the map's file, in a folder of the user's: a map
   * never saved, a sample, a repaired or read-only copy has none yet.
   */
  const savedSession = (): Session | null => {
    if (session?.file.handle && session.file.writable) return session;
    notify(w.versions.saveFirst);
    return null;
  };

  const close = () => setView({ kind: 'none' });
  const back = (fromPanel: boolean) => setView(fromPanel ? { kind: 'panel' } : { kind: 'none' });

  const current = (s: Session): ComparedMap => ({ map: s.map, fileName: s.file.name, savedAt: s.file.modifiedAt ?? null, unsaved: s.dirty });

  /** Reads a map to compare; says why when it cannot be. */
  const readToCompare = async (handle: FileHandle): Promise<ComparedMap | null> => {
    try {
      const read = await host.readMap(handle);
      if (!read.ok) {
        notify(fileErrorMessage(read.error, currentLanguage()));
        return null;
      }
      const parsed = readCjm(read.value.bytes);
      if (!parsed.ok) {
        notify(w.versions.unreadable({ name: read.value.name, problem: formatProblem(parsed.problems[0]!, currentLanguage()) }));
        return null;
      }
      // A map that needs repairs is compared as repaired: the file itself is not touched.
      return { map: parsed.map, fileName: read.value.name, savedAt: read.value.modifiedAt, unsaved: false };
    } catch (failure) {
      notify(failure instanceof Error ? failure.message : String(failure));
      return null;
    }
  };

  const compareWithVersion = async (version: MapVersion) => {
    if (!session) return;
    const older = await readToCompare(version.handle);
    if (older) setView({ kind: 'compare', before: older, after: current(session), fromPanel: true });
  };

  /** The open map against any other (the future state against the current one, say). */
  const compareWithAnother = async (fromPanel: boolean) => {
    if (!session) return;
    // The picker takes the panel's place while it is open.
    setView({ kind: 'none' });
    const handle = await pickMap(w.versions.pickTitle);
    const other = handle && (await readToCompare(handle));
    if (other) setView({ kind: 'compare', before: current(session), after: other, fromPanel });
    else back(fromPanel);
  };

  let shown: ReactNode = null;
  if (session && view.kind === 'save') {
    shown = (
      <SaveVersionDialog
        host={host}
        session={session}
        onCancel={() => back(view.fromPanel)}
        onSaved={(version) => {
          notify(w.versions.saved({ name: version.name }));
          back(view.fromPanel);
        }}
      />
    );
  } else if (session && view.kind === 'panel') {
    shown = (
      <VersionsPanel
        host={host}
        session={session}
        onCompare={(version) => void compareWithVersion(version)}
        onOpen={(version) => {
          close();
          open(version.handle);
        }}
        onSaveVersion={() => setView({ kind: 'save', fromPanel: true })}
        onCompareOther={() => void compareWithAnother(true)}
        onClose={close}
      />
    );
  } else if (view.kind === 'compare') {
    shown = <CompareView before={view.before} after={view.after} onClose={() => back(view.fromPanel)} />;
  }

  return {
    actions: {
      saveVersion: () => savedSession() && setView({ kind: 'save', fromPanel: false }),
      versions: () => savedSession() && setView({ kind: 'panel' }),
      compare: () => void compareWithAnother(false),
    },
    view: shown,
  };
}

// The window closing with unsaved changes. In the desktop app the main
// process alone decides (it asks Save / Don't save / Cancel, and on Save has
// the page save here, waiting for how it went): the page registers no
// beforeunload, which would silently cancel that close. In browser mode the
// tab's own question is all there is, so beforeunload asks it.
import { useEffect, useRef } from 'react';
import type { Host } from '../../shared/host/host';
import type { Session } from './session';
import type { SaveOutcome } from './useSaving';

export function useWindowClose(host: Host, session: Session | null, save: () => Promise<SaveOutcome>): void {
  const latestSave = useRef(save);
  latestSave.current = save;

  useEffect(() => {
    host.onSaveBeforeClose?.(() => latestSave.current());
  }, [host]);

  useEffect(() => {
    if (!session || host.kind === 'desktop') return;
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (session.dirty) event.preventDefault();
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => window.removeEventListener('beforeunload', beforeUnload);
  }, [session, host]);
}

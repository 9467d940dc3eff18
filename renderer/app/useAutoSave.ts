// Saving by itself is a setting, off by default (the person's own choice,
// kept with the host's settings); when on, a writable map is saved a few
// seconds after its last change, so typing in bursts is one save. Turning
// it on saves what is pending at once: "on" must mean the file is current.
import { useEffect, useRef, useState } from 'react';
import type { Host } from '../../shared/host/host';
import type { Session } from './session';

/** How long after the last change automatic saving waits. */
const AUTO_SAVE_DELAY_MS = 3000;

export function useAutoSave(host: Host, session: Session | null, save: () => Promise<void>): { on: boolean; set(on: boolean): Promise<void>; toggle(): Promise<boolean> } {
  const [on, setOn] = useState(false);
  // The latest save, so a change made after a re-render saves with it.
  const latestSave = useRef(save);
  latestSave.current = save;
  useEffect(() => {
    void host.settings().then((settings) => setOn(settings.autoSave === true));
  }, [host]);
  useEffect(() => {
    if (!on || !session) return;
    let timer = 0;
    const unsubscribe = session.subscribe(() => {
      window.clearTimeout(timer);
      if (hasPending(session)) timer = window.setTimeout(() => void latestSave.current(), AUTO_SAVE_DELAY_MS);
    });
    return () => {
      unsubscribe();
      window.clearTimeout(timer);
    };
  }, [on, session]);
  /** Turns it on or off (at once, as a checkbox should) and keeps the choice; turned on, what is pending is saved now. */
  const set = async (value: boolean) => {
    setOn(value);
    if (value && session && hasPending(session)) void latestSave.current();
    const settings = await host.settings();
    await host.saveSettings({ ...settings, autoSave: value });
  };
  /** Turns it over; says whether it is now on. */
  const toggle = async () => {
    await set(!on);
    return !on;
  };
  return { on, set, toggle };
}

/** Changes not yet in the map's own file, and a file they can go to. */
function hasPending(session: Session): boolean {
  return session.dirty && session.file.handle !== null && session.file.writable;
}

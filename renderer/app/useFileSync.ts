// The open map and its file, kept in step: the file polled every two seconds
// for changes by someone else (the host compares content hashes), and the
// map journaled for recovery at most every two seconds after a change.
import { useCallback, useEffect, useRef } from 'react';
import { writeCjm } from '../../shared/format/writer';
import type { FileStatus, Host } from '../../shared/host/host';
import type { Session } from './session';

const POLL_MS = 2000;
const JOURNAL_MS = 2000;

/** Polls the session's file; returns "check now" (the Retry of "can't reach the folder"). */
export function useFileWatch(host: Host, session: Session | null, onStatus: (session: Session, status: FileStatus) => void): () => void {
  const check = useRef<() => void>(() => undefined);
  const report = useRef(onStatus);
  report.current = onStatus;
  useEffect(() => {
    if (!session) return;
    let stopped = false;
    let busy = false;
    const tick = async () => {
      // Read each time: Save As moves the map to another file.
      const handle = session.file.handle;
      if (busy || handle === null) return;
      busy = true;
      try {
        const status = await host.fileStatus(handle);
        if (!stopped && session.file.handle === handle) report.current(session, status);
      } catch {
        // The server itself did not answer: asked again next time.
      } finally {
        busy = false;
      }
    };
    check.current = () => void tick();
    const timer = window.setInterval(() => void tick(), POLL_MS);
    return () => {
      stopped = true;
      window.clearInterval(timer);
      check.current = () => undefined;
    };
  }, [host, session]);
  return useCallback(() => check.current(), []);
}

/** Journals the map (canonical text) after each change, no more than once every two seconds. */
export function useRecoveryJournal(host: Host, session: Session | null): void {
  useEffect(() => {
    if (!session) return;
    let timer: number | undefined;
    let last = 0;
    const send = () => {
      timer = undefined;
      last = Date.now();
      if (!session.dirty) return;
      void host.journal(session.recoveryKey, { handle: session.file.handle, title: session.map.title, text: writeCjm(session.map) }).catch(() => undefined);
    };
    const unsubscribe = session.subscribe(() => {
      if (!session.dirty || timer !== undefined) return;
      timer = window.setTimeout(send, Math.max(300, last + JOURNAL_MS - Date.now()));
    });
    return () => {
      unsubscribe();
      if (timer !== undefined) window.clearTimeout(timer);
    };
  }, [host, session]);
}

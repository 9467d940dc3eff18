// What other people do to the open map's file on the shared drive: a save
// of theirs is reloaded in place (nothing edited here) or merged three ways
// with ours (conflicts provisionally ours, the user may choose per
// conflict); a file that went missing or a folder out of reach is reported
// for the banner, and cleared when the map is closed.
import { useCallback, useEffect, useRef, useState } from 'react';
import { readCjm } from '../../shared/format/reader';
import type { FileStatus, Host } from '../../shared/host/host';
import { mergeMaps, type MergeResult } from '../../shared/merge';
import type { Session } from './session';
import { useFileWatch } from './useFileSync';
import { useWords } from '../words';

export interface OthersChanges {
  /** Takes in their bytes now (also after a save refused because the file changed). */
  absorb(current: Session, bytes: Uint8Array): void;
  /** Set while the file is missing or its folder cannot be reached. */
  away: 'missing' | 'unreachable' | null;
  /** Checks the file at once (the banner's Retry). */
  checkNow(): void;
}

export function useOthersChanges(host: Host, session: Session | null, notify: (text: string) => void, showConflicts: (result: MergeResult) => void): OthersChanges {
  const w = useWords();
  const [away, setAway] = useState<'missing' | 'unreachable' | null>(null);
  const conflicts = useRef(showConflicts);
  conflicts.current = showConflicts;

  const absorb = useCallback(
    (current: Session, bytes: Uint8Array) => {
      const read = readCjm(bytes);
      if (!read.ok) return notify(w.sync.unreadable({ name: current.file.name }));
      const theirs = read.map;
      if (!current.dirty) {
        current.reload(theirs);
        notify(w.sync.reloaded({ name: current.file.name }));
        return;
      }
      const result = mergeMaps(current.base, current.map, theirs);
      const before = new Map(current.map.notes.map((n) => [n.id, JSON.stringify(n)]));
      const notes = result.map.notes.filter((n) => before.get(n.id) !== JSON.stringify(n)).length;
      current.applyMerge(result.map, theirs);
      notify(w.sync.merged({ notes, conflicts: result.conflicts.length }));
      if (result.conflicts.length > 0) conflicts.current(result);
    },
    [notify, w],
  );

  const onStatus = useCallback(
    (current: Session, status: FileStatus) => {
      setAway(status.state === 'missing' || status.state === 'unreachable' ? status.state : null);
      if (status.state === 'changed') absorb(current, status.bytes);
    },
    [absorb],
  );
  const checkNow = useFileWatch(host, session, onStatus);

  // A map closed or replaced: nothing of its file is reported any more.
  useEffect(() => () => setAway(null), [session]);

  return { absorb, away, checkNow };
}

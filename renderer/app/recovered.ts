// A map journaled by a run that ended without saving it, opened again:
// unsaved, on its own file when that is still there (Save writes there).
import { readCjm } from '../../shared/format/reader';
import type { Host } from '../../shared/host/host';
import { fileErrorMessage } from '../../shared/i18n/fileErrors';
import { currentLanguage } from '../words';
import { Session } from './session';

/** The session to show, or what to say instead (`unreadable`: the message for a journal entry that does not read). */
export async function recoveredSession(host: Host, key: string, unreadable: string): Promise<Session | string> {
  const result = await host.restoreRecovery(key);
  if (!result.ok) return fileErrorMessage(result.error, currentLanguage());
  const read = readCjm(new TextEncoder().encode(result.value.text));
  if (!read.ok) return unreadable;
  const file = result.value.file;
  const source = file
    ? { handle: file.handle, name: file.name, folder: file.folder, writable: file.writable && !file.lockedBy }
    : { handle: null, name: `${read.map.title}.cjm`, folder: '', writable: false };
  const restored = new Session(read.map, source, false, key);
  const onDisk = file && readCjm(file.bytes);
  if (onDisk && onDisk.ok) restored.setBase(onDisk.map);
  // This run keeps the entry now: it is no longer offered as left behind.
  void host.journal(key, { handle: source.handle, title: read.map.title, text: result.value.text }).catch(() => undefined);
  return restored;
}

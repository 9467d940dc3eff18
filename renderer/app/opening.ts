// Opening a map the host handed over: read it with the one reader, and say
// whether it opens as is, after repairs, or not at all.
import type { Problem } from '../../shared/format/problems';
import { readCjm } from '../../shared/format/reader';
import type { JourneyMap } from '../../shared/format/types';
import type { OpenedFile } from '../../shared/host/host';
import type { DocumentSource } from './session';

export type Opening =
  | { kind: 'ready'; map: JourneyMap; source: DocumentSource }
  | { kind: 'needs-repair'; map: JourneyMap; repairs: Problem[]; source: DocumentSource }
  | { kind: 'refused'; problems: Problem[]; name: string };

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function openFromHost(file: OpenedFile): Opening {
  const result = readCjm(base64ToBytes(file.bytesBase64));
  const source: DocumentSource = { handle: file.handle, name: file.name, folder: file.folder, writable: file.writable };
  if (!result.ok) return { kind: 'refused', problems: result.problems, name: file.name };
  if (result.repairs.length > 0) {
    // A repaired map is new content: it is saved only when the user saves, never over the original by surprise.
    return { kind: 'needs-repair', map: result.map, repairs: result.repairs, source: { ...source, writable: false } };
  }
  return { kind: 'ready', map: result.map, source };
}

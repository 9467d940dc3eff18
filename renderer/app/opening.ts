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

export function openFromHost(file: OpenedFile): Opening {
  return openBytes(file.bytes, { handle: file.handle, name: file.name, folder: file.folder, writable: file.writable, modifiedAt: file.modifiedAt });
}

/**
 * A file dropped on the window: the page has its bytes but no handle to
 * write back through, so it opens as a copy that Save asks where to put.
 */
export function openDropped(name: string, bytes: Uint8Array): Opening {
  return openBytes(bytes, { handle: null, name, folder: '', writable: false });
}

function openBytes(bytes: Uint8Array, source: DocumentSource): Opening {
  const result = readCjm(bytes);
  if (!result.ok) return { kind: 'refused', problems: result.problems, name: source.name };
  if (result.repairs.length > 0) {
    // A repaired map is new content: it is saved only when the user saves, never over the original by surprise.
    return { kind: 'needs-repair', map: result.map, repairs: result.repairs, source: { ...source, writable: false } };
  }
  return { kind: 'ready', map: result.map, source };
}

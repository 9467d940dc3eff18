// A file dropped onto the window, by its name: a map opens (after asking if
// the open map has unsaved changes), so does a picture Jejak exported (the
// map inside it, as a copy), and a sheet or typed list dropped onto an open
// map is offered for import.
import { encodeBase64 } from '../../shared/format/base64';
import type { Host, HostResult, ImportSource, OpenedFile } from '../../shared/host/host';
import type { FileError } from '../../shared/i18n/files';
import { base64ToBytes, openDropped, type Opening } from './opening';

export type DroppedKind = 'map' | 'picture' | 'import';

export function droppedKind(name: string): DroppedKind | null {
  const extension = /\.([^.]+)$/.exec(name.toLowerCase())?.[1] ?? '';
  if (extension === 'cjm') return 'map';
  if (extension === 'png' || extension === 'svg') return 'picture';
  if (extension === 'csv' || extension === 'xlsx' || extension === 'txt' || extension === 'md') return 'import';
  return null;
}

export interface DropHandlers {
  host: Host;
  /** Whether a map is open (an import needs one), and whether it has unsaved changes (opening another asks first). */
  open: { present: boolean; dirty: boolean };
  confirmReplace(): boolean;
  /** Says why nothing happened: no map to import into, or a file that cannot be used. */
  refuse(reason: 'no-map' | FileError): void;
  offerImport(source: ImportSource): void;
  show(opening: Opening): void;
  receive(result: HostResult<OpenedFile>): void;
}

/** The first file of a drop that Jejak takes, handled as its kind says. */
export async function handleDrop(files: readonly File[], on: DropHandlers): Promise<void> {
  const file = files.find((f) => droppedKind(f.name) !== null);
  if (!file) return;
  const kind = droppedKind(file.name);
  if (kind === 'import') {
    if (!on.open.present) return on.refuse('no-map');
    const read = await on.host.readImport({ name: file.name, bytesBase64: encodeBase64(new Uint8Array(await file.arrayBuffer())) });
    return read.ok ? on.offerImport(read.value) : on.refuse(read.error);
  }
  if (on.open.dirty && !on.confirmReplace()) return;
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (kind === 'picture') {
    const inside = await on.host.mapInPicture(encodeBase64(bytes));
    if (inside === null) return on.refuse({ code: 'no-map-inside', path: file.name });
    return on.show(openDropped(`${file.name.replace(/\.(png|svg)$/i, '')}.cjm`, base64ToBytes(inside)));
  }
  // The desktop app opens the dropped file itself; a browser only has its bytes.
  if (on.host.openDroppedFile) on.receive(await on.host.openDroppedFile(file));
  else on.show(openDropped(file.name, bytes));
}

// A file dropped onto the window, by its name: a map opens (after asking if
// the open map has unsaved changes), so does a picture Jejak exported (the
// map inside it, as a copy), and a sheet or typed list dropped onto an open
// map is offered for import. Any other picture goes where it was dropped: a
// note's picture, a new note in an empty cell, a persona's photo (the board
// says what is under the drop, pictures/usePictures.tsx).
import type { Host, HostResult, ImportSource, OpenedFile } from '../../shared/host/host';
import type { FileError } from '../../shared/i18n/fileErrors';
import type { PictureTarget } from '../pictures/usePictures';
import { openDropped, type Opening } from './opening';

export type DroppedKind = 'map' | 'picture' | 'import';

/** Pictures a map may be carried in (Jejak's own PNG and SVG exports). */
const MAP_CARRIERS = new Set(['png', 'svg']);
/** Every picture file a person may drop; what cannot be stored is refused by name, with what to do (pictures/shrinkPicture.ts). */
const PICTURES = new Set(['png', 'svg', 'svgz', 'jpg', 'jpeg', 'jfif', 'webp', 'gif', 'bmp', 'avif', 'heic', 'heif']);

function droppedKind(name: string, type = ''): DroppedKind | null {
  const extension = /\.([^.]+)$/.exec(name.toLowerCase())?.[1] ?? '';
  if (extension === 'cjm') return 'map';
  if (PICTURES.has(extension) || (extension === '' && type.startsWith('image/'))) return 'picture';
  if (extension === 'csv' || extension === 'xlsx' || extension === 'txt' || extension === 'md') return 'import';
  return null;
}

function mayCarryMap(name: string): boolean {
  return MAP_CARRIERS.has(/\.([^.]+)$/.exec(name.toLowerCase())?.[1] ?? '');
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
  /** Where on the open map the drop landed, for a picture (null: no map, or not on a note, cell or persona). */
  pictureTarget?: PictureTarget | null;
  /** Puts a picture at its target (shrunk, one undo step, the outcome said). */
  placePicture?(file: { name: string; bytes: Uint8Array }, target: PictureTarget): Promise<void>;
  /** Says that a picture that carries no map has to be dropped onto a note, an empty cell or a persona. */
  refusePicture?(name: string): void;
}

/** The first file of a drop that Jejak takes, handled as its kind says. */
export async function handleDrop(files: readonly File[], on: DropHandlers): Promise<void> {
  const file = files.find((f) => droppedKind(f.name, f.type) !== null);
  if (!file) return;
  const kind = droppedKind(file.name, file.type);
  if (kind === 'import') {
    if (!on.open.present) return on.refuse('no-map');
    const read = await on.host.readImport({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    return read.ok ? on.offerImport(read.value) : on.refuse(read.error);
  }
  if (kind === 'picture') return dropPicture(file, on);
  if (on.open.dirty && !on.confirmReplace()) return;
  const bytes = new Uint8Array(await file.arrayBuffer());
  // The desktop app opens the dropped file itself; a browser only has its bytes.
  if (on.host.openDroppedFile) on.receive(await on.host.openDroppedFile(file));
  else on.show(openDropped(file.name, bytes));
}

/**
 * A picture: one Jejak exported opens as the map it carries, wherever it was
 * dropped (as before); any other goes to the note, cell or persona under the
 * drop. Dropped beside the map, a picture that carries none is refused.
 */
async function dropPicture(file: File, on: DropHandlers): Promise<void> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const inside = mayCarryMap(file.name) ? await on.host.mapInPicture(bytes) : null;
  if (inside !== null) {
    if (on.open.dirty && !on.confirmReplace()) return;
    return on.show(openDropped(`${file.name.replace(/\.(png|svg)$/i, '')}.cjm`, inside));
  }
  if (on.pictureTarget && on.placePicture) return on.placePicture({ name: file.name, bytes }, on.pictureTarget);
  if (on.open.present && on.refusePicture) return on.refusePicture(file.name);
  return on.refuse({ code: 'no-map-inside', path: file.name });
}

// The in-app file dialog's view of a folder (browser mode has no native
// dialog): sub-folders and maps (or images, or sheets to import), folders first, then by name as
// people sort them; hidden dot-files left out. A folder that cannot be read
// is "can't reach the folder", never "not found" (docs/architecture.md).
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { FolderEntry, FolderListing, HostResult } from '../../shared/host/host';
import { folderError } from '../services/fileErrors';
import type { HandleTable } from './handles';

export const MAP_EXTENSIONS = new Set(['.cjm']);
export const IMAGE_EXTENSIONS = new Set(['.png', '.jpg', '.jpeg', '.webp']);
/** Pictures Jejak exports carry their map inside: they open as maps too. */
export const PICTURE_MAP_EXTENSIONS = new Set(['.png', '.svg']);
/** What an import reads: sheets in the export's columns, and plain lists typed up from a paper wall. */
const IMPORT_EXTENSIONS = new Set(['.csv', '.xlsx', '.txt', '.md']);

type Show = 'maps' | 'images' | 'sheets';

function kindOf(name: string, show: Show): FolderEntry['kind'] | null {
  const extension = extname(name).toLowerCase();
  if (show === 'images') return IMAGE_EXTENSIONS.has(extension) ? 'image' : null;
  if (show === 'sheets') return IMPORT_EXTENSIONS.has(extension) ? 'sheet' : null;
  if (MAP_EXTENSIONS.has(extension)) return 'map';
  return PICTURE_MAP_EXTENSIONS.has(extension) ? 'image' : null;
}

// Numeric so "Workshop 2" comes before "Workshop 10"; base sensitivity so case does not split the list.
const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

function compareEntries(a: FolderEntry, b: FolderEntry): number {
  if ((a.kind === 'folder') !== (b.kind === 'folder')) return a.kind === 'folder' ? -1 : 1;
  return collator.compare(a.name, b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

/** Home, Documents and Desktop, those that exist, named as they are on disk. */
async function places(home: string, handles: HandleTable): Promise<FolderListing['places']> {
  const found: FolderListing['places'] = [];
  for (const path of [home, join(home, 'Documents'), join(home, 'Desktop')]) {
    try {
      if ((await stat(path)).isDirectory()) found.push({ name: basename(path) || path, handle: handles.issue(path, 'folder') });
    } catch {
      // Not on this machine (or not reachable): no shortcut.
    }
  }
  return found;
}

export async function listFolder(
  dir: string,
  show: Show,
  home: string,
  handles: HandleTable,
): Promise<HostResult<FolderListing>> {
  let dirents: Dirent[];
  try {
    dirents = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    return { ok: false, error: folderError(error, dir) };
  }
  const entries = (await Promise.all(dirents.filter((d) => !d.name.startsWith('.')).map((d) => entryOf(dir, d, show, handles)))).filter(
    (e): e is FolderEntry => e !== null,
  );
  entries.sort(compareEntries);
  const parent = dirname(dir);
  return {
    ok: true,
    value: {
      folder: handles.issue(dir, 'folder'),
      path: dir,
      parent: parent === dir ? null : handles.issue(parent, 'folder'),
      entries,
      places: await places(home, handles),
    },
  };
}

async function entryOf(dir: string, dirent: Dirent, show: Show, handles: HandleTable): Promise<FolderEntry | null> {
  const path = join(dir, dirent.name);
  let isFolder = dirent.isDirectory();
  let isFile = dirent.isFile();
  let modifiedAt: string | null = null;
  try {
    // stat follows symbolic links: a link to a folder is listed as a folder.
    const info = await stat(path);
    isFolder = info.isDirectory();
    isFile = info.isFile();
    modifiedAt = info.mtime.toISOString();
  } catch {
    if (dirent.isSymbolicLink()) return null; // a broken link leads nowhere
  }
  if (isFolder) return { name: dirent.name, kind: 'folder', handle: handles.issue(path, 'folder'), modifiedAt };
  const kind = isFile ? kindOf(dirent.name, show) : null;
  return kind === null ? null : { name: dirent.name, kind, handle: handles.issue(path, 'file'), modifiedAt };
}

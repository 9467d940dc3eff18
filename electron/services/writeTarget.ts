// Where a write would really land. A name in a folder can be a link to a
// file anywhere: a map, or a sheet someone placed there, whose link points
// out of the folder the person chose. Replacing through such a link would
// write where nobody chose, so it is refused; so is replacing something that
// is not a file at all. Reading and writing the same file under two names
// is decided by device and inode, not by how the paths are spelled.
import { dirname, join } from 'node:path';
import type { FileError } from '../../shared/i18n/fileErrors';
import { nodeFileSystem, type FileSystem } from './fileSystem';

/** Null when `name` in `folder` may be written (replaced); else why not. */
export async function refusedWriteTarget(folder: string, name: string, fs: FileSystem = nodeFileSystem): Promise<FileError | null> {
  const path = join(folder, name);
  let real: string;
  try {
    real = await fs.realpath(path);
  } catch {
    // Nothing there, or a link to nothing (the save replaces the link itself, in the folder), or out of reach (the write says so).
    return null;
  }
  let realFolder: string;
  try {
    realFolder = await fs.realpath(folder);
  } catch {
    return null; // the folder is out of reach: the write itself says so
  }
  if (dirname(real) !== realFolder) return { code: 'outside-folder', path: name };
  try {
    const info = await fs.stat(real);
    if (info.isDirectory) return { code: 'is-folder', path: name };
    if (info.isFile === false) return { code: 'not-a-file', path: name };
  } catch {
    return null;
  }
  return null;
}

/** Whether two paths name one file (the same device and inode, links followed); false when either is not there. */
export async function sameFile(a: string, b: string, fs: FileSystem = nodeFileSystem): Promise<boolean> {
  try {
    const [x, y] = await Promise.all([fs.stat(a), fs.stat(b)]);
    if (x.dev !== undefined && x.ino !== undefined && y.dev !== undefined && y.ino !== undefined && x.ino !== 0) return x.dev === y.dev && x.ino === y.ino;
    return (await fs.realpath(a)) === (await fs.realpath(b));
  } catch {
    return false;
  }
}

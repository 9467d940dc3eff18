// Opening, saving and reading files for the page, by path, with the same
// services the desktop app uses: only regular files are read, safe save for
// every write, FileError for every failure. The map itself is not parsed
// here: the page reads the bytes with shared/format.
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { HostResult, OpenedFile } from '../../shared/host/host';
import { LIMITS } from '../../shared/format/schema';
import type { FileError } from '../../shared/i18n/fileErrors';
import { toFileErrorChecked } from '../services/fileErrors';
import { nodeFileSystem } from '../services/fileSystem';
import { saveWithBackup, type MapBackups } from '../services/backups';
import { saveFileSafely } from '../services/safeSave';
import { refusedWriteTarget } from '../services/writeTarget';
import { ApiError } from './apiError';
import { IMAGE_EXTENSIONS } from './folders';
import type { HandleTable } from './handles';

const fail = <T>(error: FileError): HostResult<T> => ({ ok: false, error });

async function isWritable(path: string): Promise<boolean> {
  try {
    await access(path, constants.W_OK);
    return true;
  } catch {
    return false; // Save then asks where to save a copy, rather than failing later
  }
}

/** When the file at `path` was last written, or null when the system will not say. */
export async function modifiedAt(path: string): Promise<string | null> {
  try {
    return (await stat(path)).mtime.toISOString();
  } catch {
    return null;
  }
}

/** A regular file's bytes, at most `maxBytes`, or why not: the one way the app layer reads a file it was pointed at. */
export async function readFileAt(path: string, maxBytes: number): Promise<HostResult<Uint8Array>> {
  try {
    return { ok: true, value: await nodeFileSystem.readFile(path, maxBytes) };
  } catch (error) {
    return fail(await toFileErrorChecked(error, path, nodeFileSystem));
  }
}

/** A file's bytes for the page. Anything but a regular file of at most the format's size is refused unread. */
export async function openPath(handles: HandleTable, path: string, readOnly: boolean): Promise<HostResult<OpenedFile>> {
  const read = await readFileAt(path, LIMITS.maxFileBytes);
  if (!read.ok) return read;
  return {
    ok: true,
    value: {
      handle: handles.issue(path, 'file', readOnly),
      name: basename(path),
      folder: dirname(path),
      bytes: read.value,
      writable: !readOnly && (await isWritable(path)),
      modifiedAt: await modifiedAt(path),
    },
  };
}

/** Replaces the map at `path` safely with `bytes`, keeping what it replaces among the map's local backups. */
export async function saveOver(path: string, bytes: Uint8Array, backups: MapBackups): Promise<HostResult<{ modifiedAt: string }>> {
  const saved = await saveWithBackup(path, bytes, { overwrite: true, backups });
  if (!saved.ok) return fail(saved.error);
  // Saved, but where the share will not say when, now is close enough.
  return { ok: true, value: { modifiedAt: (await modifiedAt(path)) ?? new Date().toISOString() } };
}

/**
 * A file name the user typed: `.cjm` (or the export's extension) added if
 * missing, and refused if it could name anything but a file in the chosen folder.
 */
export function fileNameWithExtension(name: string, extension = 'cjm'): string {
  let fileName = name.trim();
  if (!fileName.toLowerCase().endsWith(`.${extension}`)) fileName += `.${extension}`;
  // Control characters, and on Windows the characters it reserves, are refused too.
  const forbidden = process.platform === 'win32' ? /[/\\\x00-\x1f<>:"|?*]/ : /[/\\\x00-\x1f]/;
  if (fileName === `.${extension}` || fileName.startsWith('.') || forbidden.test(fileName) || Buffer.byteLength(fileName) > 255) {
    throw new ApiError(400, 'bad-name', 'A file name must be a plain file name: no folders, no slashes, not starting with a dot.');
  }
  return fileName;
}

/**
 * Saves a new map `name` in `folder`; an existing file is replaced only when
 * asked, and never through a link that leads out of the folder.
 */
export async function saveAsIn(handles: HandleTable, folder: string, name: string, bytes: Uint8Array, replace: boolean): Promise<HostResult<OpenedFile>> {
  const fileName = fileNameWithExtension(name);
  const path = join(folder, fileName);
  if (replace) {
    const refused = await refusedWriteTarget(folder, fileName);
    if (refused) return fail(refused);
  }
  const saved = await saveFileSafely(path, bytes, { overwrite: replace });
  if (!saved.ok) return fail(saved.error);
  return { ok: true, value: { handle: handles.issue(path, 'file'), name: basename(path), folder, bytes, writable: true, modifiedAt: await modifiedAt(path) } };
}

/** A picture for a persona or a note: PNG, JPEG or WebP by name, at most the format's asset size. */
export async function readImageAt(path: string): Promise<HostResult<{ name: string; bytes: Uint8Array }>> {
  if (!IMAGE_EXTENSIONS.has(extname(path).toLowerCase())) {
    throw new ApiError(400, 'not-an-image', 'Only PNG, JPEG and WebP pictures can be read.');
  }
  const read = await readFileAt(path, LIMITS.maxAssetBytes);
  return read.ok ? { ok: true, value: { name: basename(path), bytes: read.value } } : read;
}

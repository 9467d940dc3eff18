// Opening, saving and reading files for the page, by path, with the same
// services the desktop app uses: safe save for every write, FileError for
// every failure. The map itself is not parsed here: the page reads the bytes
// with shared/format, as the desktop renderer does.
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { HostResult, OpenedFile } from '../../shared/host/host';
import { LIMITS } from '../../shared/format/schema';
import type { FileError } from '../../shared/i18n/files';
import { toFileErrorChecked } from '../services/fileErrors';
import { nodeFileSystem } from '../services/fileSystem';
import { encodeMap } from '../services/mapFile';
import { saveWithBackup, type MapBackups } from '../services/backups';
import { saveFileSafely } from '../services/safeSave';
import { ApiError } from './apiError';
import { IMAGE_EXTENSIONS } from './folders';
import type { HandleTable } from './handles';

const fail = <T>(error: FileError): HostResult<T> => ({ ok: false, error });
/** Over a format limit: EFBIG is the system's own word for it. */
const tooLarge = (path: string): FileError => ({ code: 'unknown', path, errno: 'EFBIG' });

async function isWritable(path: string): Promise<boolean> {
  try {
    await access(path, constants.W_OK);
    return true;
  } catch {
    return false; // Save then asks where to save a copy, rather than failing later
  }
}

async function modifiedAt(path: string): Promise<string> {
  try {
    return (await stat(path)).mtime.toISOString();
  } catch {
    return new Date().toISOString(); // saved, but the share will not say when: now is close enough
  }
}

/** A file's bytes for the page. A file over the format's size limit is refused before it is read. */
export async function openPath(handles: HandleTable, path: string, readOnly: boolean): Promise<HostResult<OpenedFile>> {
  try {
    const info = await nodeFileSystem.stat(path);
    if (info.isDirectory) return fail({ code: 'is-folder', path });
    if (info.size > LIMITS.maxFileBytes) return fail(tooLarge(path));
    const bytes = await nodeFileSystem.readFile(path);
    return {
      ok: true,
      value: {
        handle: handles.issue(path, 'file', readOnly),
        name: basename(path),
        folder: dirname(path),
        bytesBase64: Buffer.from(bytes).toString('base64'),
        writable: !readOnly && (await isWritable(path)),
      },
    };
  } catch (error) {
    return fail(await toFileErrorChecked(error, path, nodeFileSystem));
  }
}

function mapBytes(text: unknown): Uint8Array {
  if (typeof text !== 'string') throw new ApiError(400, 'bad-request', '"text" must be the map as a string.');
  return encodeMap(text);
}

/** Replaces the map at `path` safely with `text`, keeping what it replaces among the map's local backups. */
export async function saveOver(path: string, text: unknown, backups: MapBackups): Promise<HostResult<{ modifiedAt: string }>> {
  const bytes = mapBytes(text);
  if (bytes.length > LIMITS.maxFileBytes) return fail(tooLarge(path));
  const saved = await saveWithBackup(path, bytes, { overwrite: true, backups });
  if (!saved.ok) return fail(saved.error);
  return { ok: true, value: { modifiedAt: await modifiedAt(path) } };
}

/**
 * A file name the user typed: `.cjm` (or the export's extension) added if
 * missing, and refused if it could name anything but a file in the chosen folder.
 */
export function fileNameWithExtension(name: unknown, extension = 'cjm'): string {
  if (typeof name !== 'string') throw new ApiError(400, 'bad-name', '"name" must be a file name.');
  let fileName = name.trim();
  if (!fileName.toLowerCase().endsWith(`.${extension}`)) fileName += `.${extension}`;
  // Control characters, and on Windows the characters it reserves, are refused too.
  const forbidden = process.platform === 'win32' ? /[/\\\x00-\x1f<>:"|?*]/ : /[/\\\x00-\x1f]/;
  if (fileName === `.${extension}` || fileName.startsWith('.') || forbidden.test(fileName) || Buffer.byteLength(fileName) > 255) {
    throw new ApiError(400, 'bad-name', 'A file name must be a plain file name: no folders, no slashes, not starting with a dot.');
  }
  return fileName;
}

/** Saves a new map `name` in `folder`; an existing file is replaced only when asked. */
export async function saveAsIn(
  handles: HandleTable,
  folder: string,
  name: unknown,
  text: unknown,
  replace: boolean,
): Promise<HostResult<OpenedFile>> {
  const path = join(folder, fileNameWithExtension(name));
  const bytes = mapBytes(text);
  if (bytes.length > LIMITS.maxFileBytes) return fail(tooLarge(path));
  const saved = await saveFileSafely(path, bytes, { overwrite: replace });
  if (!saved.ok) return fail(saved.error);
  return {
    ok: true,
    value: {
      handle: handles.issue(path, 'file'),
      name: basename(path),
      folder,
      bytesBase64: Buffer.from(bytes).toString('base64'),
      writable: true,
    },
  };
}

/** A picture for a persona or a note: PNG, JPEG or WebP by name, at most the format's asset size. */
export async function readImageAt(path: string): Promise<HostResult<{ name: string; bytesBase64: string }>> {
  if (!IMAGE_EXTENSIONS.has(extname(path).toLowerCase())) {
    throw new ApiError(400, 'not-an-image', 'Only PNG, JPEG and WebP pictures can be read.');
  }
  try {
    const info = await nodeFileSystem.stat(path);
    if (info.isDirectory) return fail({ code: 'is-folder', path });
    if (info.size > LIMITS.maxAssetBytes) return fail(tooLarge(path));
    const bytes = await nodeFileSystem.readFile(path);
    return { ok: true, value: { name: basename(path), bytesBase64: Buffer.from(bytes).toString('base64') } };
  } catch (error) {
    return fail(await toFileErrorChecked(error, path, nodeFileSystem));
  }
}

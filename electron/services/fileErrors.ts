// Turns what Node throws into a FileError the user can act on. A share that
// has gone away is "can't reach the folder", never "the file is gone".
import { dirname } from 'node:path';
import type { FileError, FileErrorCode } from '../../shared/i18n/fileErrors';
import type { FileSystem } from './fileSystem';
import { FileTooLarge, NOT_REGULAR } from './regularFile';

const UNREACHABLE = new Set(['ETIMEDOUT', 'EIO', 'EHOSTDOWN', 'EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN', 'ENOTCONN', 'ESTALE', 'ECONNRESET', 'ECONNABORTED']);

const BY_ERRNO: Record<string, FileErrorCode> = {
  EACCES: 'permission',
  EPERM: 'permission',
  EROFS: 'read-only',
  ENOSPC: 'no-space',
  EDQUOT: 'no-space',
  EISDIR: 'is-folder',
  EEXIST: 'exists',
  EBUSY: 'busy',
  ENOENT: 'not-found',
  ENOTDIR: 'not-found',
  [NOT_REGULAR]: 'not-a-file',
  // A FIFO opened without blocking, where the platform refuses that: still not a file Jejak reads.
  ENXIO: 'not-a-file',
};

export function errnoOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

export function toFileError(error: unknown, path: string): FileError {
  if (error instanceof FileTooLarge) return { code: 'too-large', path, errno: 'EFBIG', limit: error.limit };
  const errno = errnoOf(error);
  if (errno !== undefined && UNREACHABLE.has(errno)) return { code: 'folder-unreachable', path, errno };
  return { code: (errno && BY_ERRNO[errno]) || 'unknown', path, ...(errno ? { errno } : {}) };
}

/**
 * Like toFileError, but a missing file whose folder is missing too is an
 * unreachable folder (a share that dropped), not a file someone deleted.
 */
export async function toFileErrorChecked(error: unknown, path: string, fs: FileSystem): Promise<FileError> {
  const fileError = toFileError(error, path);
  if (fileError.code !== 'not-found') return fileError;
  try {
    await fs.stat(dirname(path));
    return fileError;
  } catch (folderError) {
    const folderErrno = errnoOf(folderError);
    return { code: 'folder-unreachable', path, errno: folderErrno ?? fileError.errno ?? 'ENOENT' };
  }
}

/** A folder's read failure: a folder that is not there is out of reach (a dropped share), not "no such file". */
export function folderError(error: unknown, path: string): FileError {
  const fileError = toFileError(error, path);
  if (fileError.code !== 'not-found') return fileError;
  return { code: 'folder-unreachable', path, errno: fileError.errno ?? 'ENOENT' };
}

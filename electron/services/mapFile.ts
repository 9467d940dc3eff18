// Opening a map file from disk: only a regular file, refused unread when it
// is larger than the format allows, then handed to the one reader.
import { LIMITS } from '../../shared/format/schema';
import { readCjm, type ReadResult } from '../../shared/format/reader';
import type { FileError } from '../../shared/i18n/fileErrors';
import { toFileErrorChecked } from './fileErrors';
import { nodeFileSystem, type FileSystem } from './fileSystem';
import { FileTooLarge } from './regularFile';

export type LoadResult = { ok: true; bytes: Uint8Array; read: ReadResult } | { ok: false; error: FileError };

export async function loadMapFile(path: string, fs: FileSystem = nodeFileSystem): Promise<LoadResult> {
  try {
    const bytes = await fs.readFile(path, LIMITS.maxFileBytes);
    return { ok: true, bytes, read: readCjm(bytes) };
  } catch (error) {
    // Too large is the format's own fatal problem, with the sizes, as `jejak validate` reports it.
    if (error instanceof FileTooLarge) return { ok: true, bytes: new Uint8Array(0), read: tooLarge(error) };
    return { ok: false, error: await toFileErrorChecked(error, path, fs) };
  }
}

function tooLarge(error: FileTooLarge): ReadResult {
  return { ok: false, problems: [{ severity: 'fatal', path: '', code: 'file-too-large', bytes: error.size ?? error.limit + 1, limit: error.limit }] };
}

export function encodeMap(text: string): Uint8Array {
  return Buffer.from(text, 'utf8');
}

// Opening a map file from disk: refuses an oversized file before reading it,
// then hands the bytes to the one reader.
import { LIMITS } from '../../shared/format/schema';
import { readCjm, type ReadResult } from '../../shared/format/reader';
import type { FileError } from '../../shared/i18n/files';
import { toFileErrorChecked } from './fileErrors';
import { nodeFileSystem, type FileSystem } from './fileSystem';

export type LoadResult = { ok: true; bytes: Uint8Array; read: ReadResult } | { ok: false; error: FileError };

export async function loadMapFile(path: string, fs: FileSystem = nodeFileSystem): Promise<LoadResult> {
  try {
    const info = await fs.stat(path);
    if (info.isDirectory) return { ok: false, error: { code: 'is-folder', path } };
    if (info.size > LIMITS.maxFileBytes) {
      const read: ReadResult = {
        ok: false,
        problems: [{ severity: 'fatal', path: '', code: 'file-too-large', bytes: info.size, limit: LIMITS.maxFileBytes }],
      };
      return { ok: true, bytes: new Uint8Array(0), read };
    }
    const bytes = await fs.readFile(path);
    return { ok: true, bytes, read: readCjm(bytes) };
  } catch (error) {
    return { ok: false, error: await toFileErrorChecked(error, path, fs) };
  }
}

export function encodeMap(text: string): Uint8Array {
  return Buffer.from(text, 'utf8');
}

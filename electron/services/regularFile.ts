// Reading a file that came from somewhere else (a shared drive, a command
// line): only a regular file is read, and only up to a cap. A FIFO named
// `x.cjm` would block a plain read forever and `/dev/zero` would fill the
// memory; both are refused before a byte is read. The file is opened
// without blocking (a FIFO's open otherwise waits for a writer), then the
// open handle is checked with fstat, so what is checked is what is read.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

/** The errno this module gives anything that is not a regular file (a device, FIFO, socket). */
export const NOT_REGULAR = 'ENOTREG';

export class FileTooLarge extends Error {
  readonly code = 'EFBIG';
  constructor(
    readonly path: string,
    readonly limit: number,
    /** The file's size when fstat told it; null when it only showed while reading. */
    readonly size: number | null,
  ) {
    super(`${path} is larger than ${limit} bytes`);
  }
}

const fileError = (path: string, code: string, message: string) => Object.assign(new Error(`${path}: ${message}`), { code, path });

// O_NONBLOCK does not exist on Windows, where opening a pipe by name does not block either.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** Opens `path` for reading if it is a regular file; anything else is refused before a byte is read. */
async function openRegular(path: string) {
  const handle = await open(path, OPEN_FLAGS);
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw fileError(path, 'EISDIR', 'is a folder');
    if (!info.isFile()) throw fileError(path, NOT_REGULAR, 'is not a regular file');
    return { handle, info };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/** The first `length` bytes of a regular file (fewer if it is shorter). */
export async function readRegularFileStart(path: string, length: number): Promise<Uint8Array> {
  const { handle } = await openRegular(path);
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

export async function readRegularFile(path: string, maxBytes: number): Promise<Uint8Array> {
  const { handle, info } = await openRegular(path);
  try {
    if (info.size > maxBytes) throw new FileTooLarge(path, maxBytes, info.size);
    // The size may change between fstat and the read (a file being written): read to the end, but never past the cap.
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const room = maxBytes + 1 - total;
      const buffer = Buffer.allocUnsafe(Math.min(Math.max(info.size - total, 64 * 1024), room));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) throw new FileTooLarge(path, maxBytes, null);
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

// The small file-system seam every file service goes through. Production
// uses Node's fs; tests wrap it to inject the failures shared drives produce
// (EPERM on rename, ENOSPC on write, a folder that vanishes).
import { constants } from 'node:fs';
import * as fs from 'node:fs/promises';
import { readRegularFile } from './regularFile';

export interface FileSystem {
  /**
   * A regular file's bytes, at most `maxBytes` of them: a folder, device,
   * pipe or socket is refused at once (ENOTREG, EISDIR) and a longer file
   * after `maxBytes + 1` bytes (EFBIG), so no reader can be made to hang or
   * fill the memory (regularFile.ts).
   */
  readFile(path: string, maxBytes: number): Promise<Uint8Array>;
  /**
   * `mtimeMs` is by the file server's clock, which need not agree with this
   * machine's: good for ages in minutes, never for "has it changed".
   */
  stat(path: string): Promise<{ size: number; isDirectory: boolean; isFile?: boolean; mode: number; mtimeMs?: number; dev?: number; ino?: number }>;
  /** The path with symbolic links resolved (the file a save must replace). */
  realpath(path: string): Promise<string>;
  chmod(path: string, mode: number): Promise<void>;
  /** A second name for a file; fails if `to` exists (a save that must not replace anything). */
  link(from: string, to: string): Promise<void>;
  /** Creates `path` (failing if it exists), writes `data` and flushes it to disk. */
  writeNewFile(path: string, data: Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  /** Copies a file, failing if `to` exists. */
  copyNewFile(from: string, to: string): Promise<void>;
  /** Flushes a folder's entries (a rename) to disk, where the OS allows. */
  syncFolder(path: string): Promise<void>;
  /** The names in a folder. */
  readdir(path: string): Promise<string[]>;
  /** Creates a folder and its parents; one that exists is fine. */
  mkdir(path: string): Promise<void>;
}

export const nodeFileSystem: FileSystem = {
  readFile: (path, maxBytes) => readRegularFile(path, maxBytes),
  async stat(path) {
    const s = await fs.stat(path);
    return { size: s.size, isDirectory: s.isDirectory(), isFile: s.isFile(), mode: s.mode, mtimeMs: s.mtimeMs, dev: s.dev, ino: s.ino };
  },
  realpath: (path) => fs.realpath(path),
  chmod: (path, mode) => fs.chmod(path, mode),
  link: (from, to) => fs.link(from, to),
  async writeNewFile(path, data) {
    const handle = await fs.open(path, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename: (from, to) => fs.rename(from, to),
  unlink: (path) => fs.unlink(path),
  copyNewFile: (from, to) => fs.copyFile(from, to, constants.COPYFILE_EXCL),
  async syncFolder(path) {
    // Windows cannot open a folder for fsync; there the rename is already durable enough.
    if (process.platform === 'win32') return;
    const handle = await fs.open(path, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  readdir: (path) => fs.readdir(path),
  async mkdir(path) {
    await fs.mkdir(path, { recursive: true });
  },
};

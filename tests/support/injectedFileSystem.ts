// The file-system seam for failure tests: the real file system with every
// call recorded and any method replaceable, errors shaped as Node throws
// them, and a sleep that returns at once (for retry back-offs).
import { basename } from 'node:path';
import { nodeFileSystem, type FileSystem } from '../../electron/services/fileSystem';

/** An error as Node's fs throws it, e.g. errno('EPERM', 'rename', path). */
export const errno = (code: string, syscall: string, path: string) =>
  Object.assign(new Error(`${code}: injected, ${syscall} '${path}'`), { code, errno: -1, syscall, path });

/** The real file system, each call recorded ("rename a.cjm.tmp-… a.cjm"), any method replaceable. */
export function recordingFileSystem(overrides: Partial<FileSystem> = {}): FileSystem & { calls: string[] } {
  const calls: string[] = [];
  const fs = { calls } as FileSystem & { calls: string[] };
  for (const key of Object.keys(nodeFileSystem) as (keyof FileSystem)[]) {
    const impl = (overrides[key] ?? nodeFileSystem[key]) as (...args: unknown[]) => Promise<unknown>;
    (fs as unknown as Record<string, unknown>)[key] = (...args: unknown[]) => {
      calls.push(`${key} ${args.filter((a) => typeof a === 'string').map((a) => basename(a as string)).join(' ')}`);
      return impl(...args);
    };
  }
  return fs;
}

/** A sleep that records its delays and returns at once. */
export function fakeSleep() {
  const delays: number[] = [];
  return { delays, sleep: async (ms: number) => void delays.push(ms) };
}

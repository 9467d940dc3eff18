// loadMapFile refuses an oversized file before reading it, and says why a
// file cannot be read in terms the user can act on (fileErrors).
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toFileError, toFileErrorChecked } from '../../../../electron/services/fileErrors';
import { nodeFileSystem, type FileSystem } from '../../../../electron/services/fileSystem';
import { loadMapFile } from '../../../../electron/services/mapFile';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'jejak-load-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const errno = (code: string) => Object.assign(new Error(`${code}: injected`), { code });

describe('loadMapFile', () => {
  it('reads a map and hands its bytes to the reader', async () => {
    const file = join(dir, 'x.cjm');
    writeFileSync(file, '{}');
    const result = await loadMapFile(file);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(Buffer.from(result.bytes).toString()).toBe('{}');
      expect(result.read.ok).toBe(false);
    }
  });

  it('refuses a file over 256 MiB without reading it', async () => {
    // A sparse file: 256 MiB and a byte long, taking no room on the disk.
    const file = join(dir, 'huge.cjm');
    writeFileSync(file, '{}');
    truncateSync(file, 256 * 1024 * 1024 + 1);
    const before = process.memoryUsage().arrayBuffers;
    const result = await loadMapFile(file);
    expect(result).toMatchObject({ ok: true, read: { ok: false, problems: [{ severity: 'fatal', code: 'file-too-large', bytes: 256 * 1024 * 1024 + 1 }] } });
    // Refused from its size alone: not a megabyte of it was read.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(1024 * 1024);
  });

  it('a folder is "is-folder"', async () => {
    mkdirSync(join(dir, 'maps.cjm'));
    expect(await loadMapFile(join(dir, 'maps.cjm'))).toEqual({ ok: false, error: { code: 'is-folder', path: join(dir, 'maps.cjm'), errno: 'EISDIR' } });
  });

  it('a missing file in a present folder is "not-found"', async () => {
    const file = join(dir, 'gone.cjm');
    expect(await loadMapFile(file)).toEqual({ ok: false, error: { code: 'not-found', path: file, errno: 'ENOENT' } });
  });

  it('a missing file in a missing folder is "folder-unreachable"', async () => {
    const file = join(dir, 'share', 'gone.cjm');
    expect(await loadMapFile(file)).toEqual({ ok: false, error: { code: 'folder-unreachable', path: file, errno: 'ENOENT' } });
  });

  it('a share that stops answering while reading is "folder-unreachable"', async () => {
    const file = join(dir, 'x.cjm');
    writeFileSync(file, '{}');
    const fs: FileSystem = { ...nodeFileSystem, readFile: async () => Promise.reject(errno('EIO')) };
    expect(await loadMapFile(file, fs)).toEqual({ ok: false, error: { code: 'folder-unreachable', path: file, errno: 'EIO' } });
  });
});

describe('toFileError', () => {
  it.each([
    ['EACCES', 'permission'],
    ['EPERM', 'permission'],
    ['EROFS', 'read-only'],
    ['ENOSPC', 'no-space'],
    ['EDQUOT', 'no-space'],
    ['EISDIR', 'is-folder'],
    ['EEXIST', 'exists'],
    ['EBUSY', 'busy'],
    ['ENOENT', 'not-found'],
    ['ETIMEDOUT', 'folder-unreachable'],
    ['ESTALE', 'folder-unreachable'],
    ['EWHATEVER', 'unknown'],
  ])('%s is %s', (code, expected) => {
    expect(toFileError(errno(code), 'p')).toEqual({ code: expected, path: 'p', errno: code });
  });

  it('an error without a code is unknown, without an errno', () => {
    expect(toFileError(new Error('odd'), 'p')).toEqual({ code: 'unknown', path: 'p' });
  });

  it('ENOENT whose folder is present stays not-found', async () => {
    expect(await toFileErrorChecked(errno('ENOENT'), join(dir, 'x.cjm'), nodeFileSystem)).toMatchObject({ code: 'not-found' });
  });
});

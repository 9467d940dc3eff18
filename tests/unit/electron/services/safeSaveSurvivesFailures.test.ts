// saveFileSafely replaces a file only with a complete, verified copy: with
// the failures shared drives produce injected into the file-system seam, the
// original is never damaged and no NAME.cjm.tmp-* file outlives the save.
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errno, fakeSleep, recordingFileSystem } from '../../../support/injectedFileSystem';
import { nodeFileSystem } from '../../../../electron/services/fileSystem';
import { saveFileSafely, temporaryPathFor } from '../../../../electron/services/safeSave';

let dir: string;
let file: string;
const ORIGINAL = Buffer.from('{"the":"original"}\n');
const REPLACEMENT = Buffer.from('{"the":"replacement, somewhat longer"}\n');

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'jejak-safe-save-'));
  file = join(dir, 'map.cjm');
  writeFileSync(file, ORIGINAL);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const temporaries = () => readdirSync(dir).filter((name) => name.includes('.tmp-'));

describe('saveFileSafely, when all goes well', () => {
  it('writes a temporary NAME.cjm.tmp-* beside the file, reads it back, renames it over, syncs the folder', async () => {
    const fs = recordingFileSystem();
    expect(await saveFileSafely(file, REPLACEMENT, { fs })).toEqual({ ok: true });
    expect(readFileSync(file)).toEqual(REPLACEMENT);
    expect(temporaries()).toEqual([]);
    const [resolve, write, readBack, statOriginal, chmod, rename, sync, ...rest] = fs.calls;
    expect(resolve).toBe('realpath map.cjm');
    expect(write).toMatch(/^writeNewFile map\.cjm\.tmp-[0-9a-f]{8}$/);
    expect(readBack).toBe(write!.replace('writeNewFile', 'readFile'));
    expect(statOriginal).toBe('stat map.cjm');
    expect(chmod).toBe(write!.replace('writeNewFile', 'chmod'));
    expect(rename).toBe(`${write!.replace('writeNewFile', 'rename')} map.cjm`);
    expect(sync).toBe(`syncFolder ${basename(dir)}`);
    expect(rest).toEqual([]);
  });

  it('keeps the permissions of the file it replaces', async () => {
    chmodSync(file, 0o600);
    expect(await saveFileSafely(file, REPLACEMENT)).toEqual({ ok: true });
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('through a symbolic link, replaces the file the link points to and keeps the link', async () => {
    const link = join(dir, 'link.cjm');
    symlinkSync(file, link);
    expect(await saveFileSafely(link, REPLACEMENT)).toEqual({ ok: true });
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(file)).toEqual(REPLACEMENT);
    expect(temporaries()).toEqual([]);
  });

  it('with overwrite off, creates a new file but never replaces one that exists', async () => {
    const fresh = join(dir, 'fresh.cjm');
    expect(await saveFileSafely(fresh, REPLACEMENT, { overwrite: false })).toEqual({ ok: true });
    expect(readFileSync(fresh)).toEqual(REPLACEMENT);
    const refused = await saveFileSafely(file, REPLACEMENT, { overwrite: false });
    expect(refused).toEqual({ ok: false, error: { code: 'exists', path: file, errno: 'EEXIST' } });
    expect(readFileSync(file)).toEqual(ORIGINAL);
    expect(temporaries()).toEqual([]);
  });

  it('with overwrite off on a file system without hard links, still refuses an existing file', async () => {
    const fs = recordingFileSystem({ link: async (from) => Promise.reject(errno('EPERM', 'link', from)) });
    const refused = await saveFileSafely(file, REPLACEMENT, { fs, overwrite: false });
    expect(refused.ok).toBe(false);
    expect(readFileSync(file)).toEqual(ORIGINAL);
    const fresh = join(dir, 'fresh.cjm');
    expect(await saveFileSafely(fresh, REPLACEMENT, { fs, overwrite: false })).toEqual({ ok: true });
    expect(temporaries()).toEqual([]);
  });

  it('creates a file that did not exist', async () => {
    const fresh = join(dir, 'new.cjm');
    expect(await saveFileSafely(fresh, REPLACEMENT)).toEqual({ ok: true });
    expect(readFileSync(fresh)).toEqual(REPLACEMENT);
    expect(temporaries()).toEqual([]);
  });

  it('names temporaries beside the map, differently each time', () => {
    const a = temporaryPathFor(file);
    expect(dirname(a)).toBe(dir);
    expect(basename(a)).toMatch(/^map\.cjm\.tmp-[0-9a-f]{8}$/);
    expect(temporaryPathFor(file)).not.toBe(a);
  });

  it('a folder that cannot be synced after the rename is not a failed save', async () => {
    const fs = recordingFileSystem({ syncFolder: async (path) => Promise.reject(errno('EINVAL', 'fsync', path)) });
    expect(await saveFileSafely(file, REPLACEMENT, { fs })).toEqual({ ok: true });
    expect(readFileSync(file)).toEqual(REPLACEMENT);
  });
});

describe('saveFileSafely, when the file system refuses', () => {
  it('EPERM on rename three times, then success: saved, after retrying', async () => {
    let refusals = 0;
    const fs = recordingFileSystem({
      rename: async (from, to) => {
        if (refusals < 3) {
          refusals++;
          throw errno('EPERM', 'rename', from);
        }
        return nodeFileSystem.rename(from, to);
      },
    });
    const { delays, sleep } = fakeSleep();
    expect(await saveFileSafely(file, REPLACEMENT, { fs, sleep })).toEqual({ ok: true });
    expect(readFileSync(file)).toEqual(REPLACEMENT);
    expect(temporaries()).toEqual([]);
    expect(fs.calls.filter((c) => c.startsWith('rename'))).toHaveLength(4);
    expect(fs.calls.filter((c) => c.startsWith('writeNewFile'))).toHaveLength(1);
    expect(delays).toHaveLength(3);
  });

  it.each(['EBUSY', 'EPERM', 'EACCES'])('%s on rename forever: gives up after about retryForMs, original untouched, no temporary file', async (code) => {
    const fs = recordingFileSystem({ rename: async (from) => Promise.reject(errno(code, 'rename', from)) });
    const { delays, sleep } = fakeSleep();
    const result = await saveFileSafely(file, REPLACEMENT, { fs, sleep, retryForMs: 1000 });
    expect(result).toEqual({ ok: false, error: { code: code === 'EBUSY' ? 'busy' : 'permission', path: file, errno: code } });
    expect(readFileSync(file)).toEqual(ORIGINAL);
    expect(temporaries()).toEqual([]);
    const waited = delays.reduce((a, b) => a + b, 0);
    expect(waited).toBeGreaterThanOrEqual(1000);
    expect(waited).toBeLessThan(1000 + 400 + 1);
    expect(Math.max(...delays)).toBeLessThanOrEqual(400);
    expect(fs.calls.filter((c) => c.startsWith('rename'))).toHaveLength(delays.length + 1);
  });

  it('EBUSY forever with the default retry window stops after about two seconds of waiting', async () => {
    const fs = recordingFileSystem({ rename: async (from) => Promise.reject(errno('EBUSY', 'rename', from)) });
    const { delays, sleep } = fakeSleep();
    const result = await saveFileSafely(file, REPLACEMENT, { fs, sleep });
    expect(result.ok).toBe(false);
    const waited = delays.reduce((a, b) => a + b, 0);
    expect(waited).toBeGreaterThanOrEqual(2000);
    expect(waited).toBeLessThanOrEqual(2400);
    expect(readFileSync(file)).toEqual(ORIGINAL);
    expect(temporaries()).toEqual([]);
  });

  it('a rename refused for a reason that does not pass is not retried', async () => {
    const fs = recordingFileSystem({ rename: async (from) => Promise.reject(errno('EROFS', 'rename', from)) });
    const { delays, sleep } = fakeSleep();
    const result = await saveFileSafely(file, REPLACEMENT, { fs, sleep });
    expect(result).toEqual({ ok: false, error: { code: 'read-only', path: file, errno: 'EROFS' } });
    expect(delays).toEqual([]);
    expect(readFileSync(file)).toEqual(ORIGINAL);
    expect(temporaries()).toEqual([]);
  });

  it('ENOSPC part-way through writing the temporary file: fails, original untouched, no temporary file', async () => {
    const fs = recordingFileSystem({
      writeNewFile: async (path, data) => {
        // The file is created and half written before the drive fills up.
        await nodeFileSystem.writeNewFile(path, data.subarray(0, data.length >> 1));
        throw errno('ENOSPC', 'write', path);
      },
    });
    const result = await saveFileSafely(file, REPLACEMENT, { fs });
    expect(result).toEqual({ ok: false, error: { code: 'no-space', path: file, errno: 'ENOSPC' } });
    expect(readFileSync(file)).toEqual(ORIGINAL);
    expect(temporaries()).toEqual([]);
    expect(fs.calls.some((c) => c.startsWith('rename'))).toBe(false);
  });

  it('EEXIST on the temporary name: a file that is not ours is left alone', async () => {
    let foreign = '';
    const fs = recordingFileSystem({
      writeNewFile: async (path) => {
        foreign = path;
        writeFileSync(path, 'another save in progress');
        throw errno('EEXIST', 'open', path);
      },
    });
    const result = await saveFileSafely(file, REPLACEMENT, { fs });
    expect(result).toEqual({ ok: false, error: { code: 'exists', path: file, errno: 'EEXIST' } });
    expect(readFileSync(foreign, 'utf8')).toBe('another save in progress');
    expect(readFileSync(file)).toEqual(ORIGINAL);
  });

  it('ENOSPC before anything is written: fails, original untouched', async () => {
    const fs = recordingFileSystem({ writeNewFile: async (path) => Promise.reject(errno('ENOSPC', 'open', path)) });
    const result = await saveFileSafely(file, REPLACEMENT, { fs });
    expect(result).toEqual({ ok: false, error: { code: 'no-space', path: file, errno: 'ENOSPC' } });
    expect(readFileSync(file)).toEqual(ORIGINAL);
    expect(temporaries()).toEqual([]);
  });

  it('a temporary file that reads back different: verify-failed, original untouched, no temporary file', async () => {
    const fs = recordingFileSystem({
      readFile: async (path, maxBytes) => {
        const bytes = Buffer.from(await nodeFileSystem.readFile(path, maxBytes));
        if (path.includes('.tmp-')) bytes[0] = bytes[0]! ^ 0xff;
        return bytes;
      },
    });
    const result = await saveFileSafely(file, REPLACEMENT, { fs });
    expect(result).toEqual({ ok: false, error: { code: 'verify-failed', path: file } });
    expect(readFileSync(file)).toEqual(ORIGINAL);
    expect(temporaries()).toEqual([]);
    expect(fs.calls.some((c) => c.startsWith('rename'))).toBe(false);
  });

  it('a temporary file that reads back short: verify-failed', async () => {
    const fs = recordingFileSystem({ readFile: async (path, maxBytes) => (await nodeFileSystem.readFile(path, maxBytes)).subarray(1) });
    expect(await saveFileSafely(file, REPLACEMENT, { fs })).toEqual({ ok: false, error: { code: 'verify-failed', path: file } });
    expect(readFileSync(file)).toEqual(ORIGINAL);
    expect(temporaries()).toEqual([]);
  });

  it('the folder vanished (ENOENT on the folder too): folder-unreachable, not "no such file"', async () => {
    const fs = recordingFileSystem({
      writeNewFile: async (path) => Promise.reject(errno('ENOENT', 'open', path)),
      stat: async (path) => {
        if (path === dir) throw errno('ENOENT', 'stat', path);
        return nodeFileSystem.stat(path);
      },
    });
    const result = await saveFileSafely(file, REPLACEMENT, { fs });
    expect(result).toEqual({ ok: false, error: { code: 'folder-unreachable', path: file, errno: 'ENOENT' } });
    expect(readFileSync(file)).toEqual(ORIGINAL);
    expect(temporaries()).toEqual([]);
  });

  it('a folder that really is gone: folder-unreachable', async () => {
    const gone = join(dir, 'share');
    mkdirSync(gone);
    rmSync(gone, { recursive: true });
    const result = await saveFileSafely(join(gone, 'map.cjm'), REPLACEMENT);
    expect(result).toEqual({ ok: false, error: { code: 'folder-unreachable', path: join(gone, 'map.cjm'), errno: 'ENOENT' } });
    expect(readdirSync(dir)).toEqual(['map.cjm']);
  });

  it('a share that stops answering (ETIMEDOUT on write): folder-unreachable, no temporary file', async () => {
    const fs = recordingFileSystem({
      writeNewFile: async (path, data) => {
        await nodeFileSystem.writeNewFile(path, data);
        throw errno('ETIMEDOUT', 'fsync', path);
      },
    });
    const result = await saveFileSafely(file, REPLACEMENT, { fs });
    expect(result).toEqual({ ok: false, error: { code: 'folder-unreachable', path: file, errno: 'ETIMEDOUT' } });
    expect(readFileSync(file)).toEqual(ORIGINAL);
    expect(temporaries()).toEqual([]);
  });
});

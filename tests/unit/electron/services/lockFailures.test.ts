// The lock under the failures shared drives produce, injected through the
// file-system seam: an unreachable folder is always "can't reach the
// folder", never "no lock"; a lock half written is removed only if it is
// ours; a takeover that meets another copy, or a refused rename, deletes
// nobody's lock; a release that fails says so and can be tried again.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errno, fakeSleep, recordingFileSystem } from '../../../support/injectedFileSystem';
import { nodeFileSystem, type FileSystem } from '../../../../electron/services/fileSystem';
import { acquireLock, processAlive, type HeldLock, type LockInfo, type LockOptions } from '../../../../electron/services/lock';

let dir: string;
let map: string;
let lockFile: string;
const HOST = hostname();
const NOW = new Date('2026-11-23T02:12:05Z');

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'jejak-lock-fail-'));
  map = join(dir, 'map.cjm');
  lockFile = join(dir, '.~lock.map.cjm#');
  writeFileSync(map, '{}\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const options = (fs: FileSystem, overrides: Partial<LockOptions> = {}): LockOptions => ({
  user: 'Rina',
  host: HOST,
  pid: process.pid,
  now: NOW,
  fs,
  sleep: fakeSleep().sleep,
  settleMs: 0,
  ...overrides,
});

const theirs: LockInfo = { app: 'jejak', user: 'Budi', host: 'LAPTOP-07', pid: 4242, since: '2026-11-23T09:12:00+07:00' };
const lockText = (info: LockInfo) => `${JSON.stringify(info, null, 2)}\n`;
const files = () => readdirSync(dir).sort();
const isLock = (path: string) => basename(path) === '.~lock.map.cjm#';

function held(result: Awaited<ReturnType<typeof acquireLock>>): HeldLock {
  if (!result.ok) throw new Error(`expected the lock, got ${JSON.stringify(result)}`);
  return result.lock;
}

describe('an unreachable folder is never "no lock"', () => {
  it.each(['ETIMEDOUT', 'EIO', 'EHOSTDOWN'])('%s creating the lock: can\'t reach the folder', async (code) => {
    const fs = recordingFileSystem({
      writeNewFile: async (path) => {
        throw errno(code, 'open', path);
      },
    });
    expect(await acquireLock(map, options(fs))).toEqual({ ok: false, reason: 'error', error: { code: 'folder-unreachable', path: map, errno: code } });
    expect(files()).toEqual(['map.cjm']);
  });

  it.each(['ETIMEDOUT', 'EIO', 'EHOSTDOWN'])('%s reading a lock that is there: can\'t reach the folder, not "held" or "free"', async (code) => {
    writeFileSync(lockFile, lockText(theirs));
    const fs = recordingFileSystem({
      readFile: async (path, maxBytes) => {
        if (isLock(path)) throw errno(code, 'read', path);
        return nodeFileSystem.readFile(path, maxBytes);
      },
    });
    expect(await acquireLock(map, options(fs))).toEqual({ ok: false, reason: 'error', error: { code: 'folder-unreachable', path: map, errno: code } });
    expect(readFileSync(lockFile, 'utf8')).toBe(lockText(theirs));
  });

  it('the lock vanishing along with its folder: can\'t reach the folder', async () => {
    const fs = recordingFileSystem({
      realpath: async (path) => path,
      writeNewFile: async (path) => {
        throw errno('EEXIST', 'open', path);
      },
      readFile: async (path) => {
        throw errno('ENOENT', 'open', path);
      },
      stat: async (path) => {
        throw errno('ENOENT', 'stat', path);
      },
    });
    expect(await acquireLock(map, options(fs))).toEqual({ ok: false, reason: 'error', error: { code: 'folder-unreachable', path: map, errno: 'ENOENT' } });
  });
});

describe('creating the lock', () => {
  it('is one exclusive create of the whole content, nothing else written', async () => {
    const fs = recordingFileSystem();
    held(await acquireLock(map, options(fs)));
    expect(fs.calls).toEqual(['realpath map.cjm', 'writeNewFile .~lock.map.cjm#']);
  });

  it('when the drive fills part-way removes the half-written lock and says why', async () => {
    const fs = recordingFileSystem({
      writeNewFile: async (path, data) => {
        await nodeFileSystem.writeNewFile(path, data.subarray(0, 20));
        throw errno('ENOSPC', 'write', path);
      },
    });
    expect(await acquireLock(map, options(fs))).toEqual({ ok: false, reason: 'error', error: { code: 'no-space', path: map, errno: 'ENOSPC' } });
    expect(files()).toEqual(['map.cjm']);
  });

  it('refused for permission with no lock there says so after a few tries, and writes nothing', async () => {
    const { delays, sleep } = fakeSleep();
    const fs = recordingFileSystem({
      writeNewFile: async (path) => {
        throw errno('EACCES', 'open', path);
      },
    });
    expect(await acquireLock(map, options(fs, { sleep }))).toEqual({ ok: false, reason: 'error', error: { code: 'permission', path: map, errno: 'EACCES' } });
    expect(delays).toEqual([20, 40]);
    expect(files()).toEqual(['map.cjm']);
  });

  it('refused on a read-only share where a lock is there: held by its holder', async () => {
    writeFileSync(lockFile, lockText(theirs));
    const fs = recordingFileSystem({
      writeNewFile: async (path) => {
        throw errno('EROFS', 'open', path);
      },
    });
    expect(await acquireLock(map, options(fs))).toEqual({ ok: false, reason: 'held', holder: theirs });
  });

  it('meeting a lock that is being written waits for it and names its holder', async () => {
    writeFileSync(lockFile, lockText(theirs));
    const { delays, sleep } = fakeSleep();
    let reads = 0;
    const fs = recordingFileSystem({
      readFile: async (path, maxBytes) => (isLock(path) && reads++ < 2 ? Buffer.from(lockText(theirs).slice(0, reads * 10)) : nodeFileSystem.readFile(path, maxBytes)),
    });
    expect(await acquireLock(map, options(fs, { sleep }))).toEqual({ ok: false, reason: 'held', holder: theirs });
    expect(delays).toEqual([10, 20]);
  });

  it('meeting a lock that stays unreadable: held by someone unknown, never deleted', async () => {
    writeFileSync(lockFile, lockText(theirs));
    const { delays, sleep } = fakeSleep();
    const fs = recordingFileSystem({
      readFile: async (path, maxBytes) => {
        if (isLock(path)) throw errno('EACCES', 'open', path);
        return nodeFileSystem.readFile(path, maxBytes);
      },
    });
    expect(await acquireLock(map, options(fs, { sleep }))).toEqual({ ok: false, reason: 'held', holder: { unknown: true, reason: 'unreadable' } });
    expect(delays).toEqual([10, 20, 40, 80, 160]);
    expect(fs.calls.filter((c) => c.startsWith('unlink') || c.startsWith('rename'))).toEqual([]);
    expect(readFileSync(lockFile, 'utf8')).toBe(lockText(theirs));
  });

  it('meeting a lock released just then takes it', async () => {
    writeFileSync(lockFile, lockText(theirs));
    let first = true;
    const fs = recordingFileSystem({
      readFile: async (path, maxBytes) => {
        if (isLock(path) && first) {
          first = false;
          rmSync(lockFile); // its holder closed the map between our create and our read
        }
        return nodeFileSystem.readFile(path, maxBytes);
      },
    });
    expect(held(await acquireLock(map, options(fs))).how).toBe('created');
    expect(JSON.parse(readFileSync(lockFile, 'utf8'))).toMatchObject({ user: 'Rina', pid: process.pid });
  });
});

describe('taking over a stale lock', () => {
  const staleOf = (pid: number): LockInfo => ({ app: 'jejak', user: 'Budi', host: HOST, pid, since: '2026-11-22T16:40:00+07:00' });
  const deadPid = 999_999_001;

  it('writes the new lock in full beside it, then renames it over, then reads it back', async () => {
    writeFileSync(lockFile, lockText(staleOf(deadPid)));
    const fs = recordingFileSystem();
    const lock = held(await acquireLock(map, options(fs, { processAlive: (pid) => pid !== deadPid })));
    expect(lock.how).toBe('took-over');
    const temporary = fs.calls.find((c) => c.startsWith('writeNewFile map.cjm.tmp-'))!.slice('writeNewFile '.length);
    expect(temporary).toMatch(/^map\.cjm\.tmp-[0-9a-f]{8}$/);
    expect(fs.calls).toEqual([
      'realpath map.cjm',
      'writeNewFile .~lock.map.cjm#',
      'readFile .~lock.map.cjm#',
      `writeNewFile ${temporary}`,
      'readFile .~lock.map.cjm#',
      `rename ${temporary} .~lock.map.cjm#`,
      `syncFolder ${basename(dir)}`,
      'readFile .~lock.map.cjm#',
    ]);
    expect(files()).toEqual(['.~lock.map.cjm#', 'map.cjm']);
  });

  it('finding the lock changed before the rename leaves the new one alone and names its holder', async () => {
    writeFileSync(lockFile, lockText(staleOf(deadPid)));
    const newcomer = { ...staleOf(5150), user: 'Sari' };
    const fs = recordingFileSystem({
      writeNewFile: async (path, data) => {
        if (!isLock(path)) writeFileSync(lockFile, lockText(newcomer)); // another copy here took it over first
        return nodeFileSystem.writeNewFile(path, data);
      },
    });
    expect(await acquireLock(map, options(fs, { processAlive: (pid) => pid !== deadPid }))).toEqual({ ok: false, reason: 'held', holder: newcomer });
    expect(readFileSync(lockFile, 'utf8')).toBe(lockText(newcomer));
    expect(files()).toEqual(['.~lock.map.cjm#', 'map.cjm']);
  });

  it('losing to another copy that renamed its lock over ours just after: held by that copy', async () => {
    writeFileSync(lockFile, lockText(staleOf(deadPid)));
    const rival = { ...staleOf(5151), user: 'Sari' };
    const fs = recordingFileSystem({
      rename: async (from, to) => {
        await nodeFileSystem.rename(from, to);
        writeFileSync(lockFile, lockText(rival));
      },
    });
    expect(await acquireLock(map, options(fs, { processAlive: (pid) => pid !== deadPid }))).toEqual({ ok: false, reason: 'held', holder: rival });
    expect(readFileSync(lockFile, 'utf8')).toBe(lockText(rival));
    expect(files()).toEqual(['.~lock.map.cjm#', 'map.cjm']);
  });

  it('with the rename refused leaves the stale lock and no temporary file, and says why', async () => {
    const stale = lockText(staleOf(deadPid));
    writeFileSync(lockFile, stale);
    const fs = recordingFileSystem({
      rename: async (from) => {
        throw errno('EPERM', 'rename', from);
      },
    });
    expect(await acquireLock(map, options(fs, { processAlive: (pid) => pid !== deadPid }))).toEqual({
      ok: false,
      reason: 'error',
      error: { code: 'permission', path: map, errno: 'EPERM' },
    });
    expect(readFileSync(lockFile, 'utf8')).toBe(stale);
    expect(files()).toEqual(['.~lock.map.cjm#', 'map.cjm']);
  });

  it('never happens to a lock whose host is empty (it could be anyone\'s)', async () => {
    const nameless = { ...staleOf(deadPid), host: '' };
    writeFileSync(lockFile, lockText(nameless));
    const fs = recordingFileSystem();
    expect(await acquireLock(map, options(fs, { host: '', processAlive: () => false }))).toEqual({ ok: false, reason: 'held', holder: nameless });
  });
});

describe('releasing the lock', () => {
  it('that fails on an unreachable share says so, keeps nothing half done, and can be tried again', async () => {
    let failing = true;
    const fs = recordingFileSystem({
      unlink: async (path) => {
        if (failing) throw errno('EIO', 'unlink', path);
        return nodeFileSystem.unlink(path);
      },
    });
    const lock = held(await acquireLock(map, options(fs)));
    expect(await lock.release()).toEqual({ ok: false, error: { code: 'folder-unreachable', path: map, errno: 'EIO' } });
    expect(existsSync(lockFile)).toBe(true);
    failing = false;
    expect(await lock.release()).toEqual({ ok: true, outcome: 'removed' });
    expect(existsSync(lockFile)).toBe(false);
  });

  it('that cannot read the lock back removes nothing', async () => {
    let failing = false;
    const fs = recordingFileSystem({
      readFile: async (path, maxBytes) => {
        if (failing) throw errno('ETIMEDOUT', 'read', path);
        return nodeFileSystem.readFile(path, maxBytes);
      },
    });
    const lock = held(await acquireLock(map, options(fs)));
    failing = true;
    expect(await lock.release()).toEqual({ ok: false, error: { code: 'folder-unreachable', path: map, errno: 'ETIMEDOUT' } });
    expect(fs.calls.filter((c) => c.startsWith('unlink'))).toEqual([]);
    expect(existsSync(lockFile)).toBe(true);
  });

  it('called twice at once removes the lock once', async () => {
    const fs = recordingFileSystem();
    const lock = held(await acquireLock(map, options(fs)));
    const results = await Promise.all([lock.release(), lock.release()]);
    expect(results).toEqual([
      { ok: true, outcome: 'removed' },
      { ok: true, outcome: 'removed' },
    ]);
    expect(fs.calls.filter((c) => c.startsWith('unlink'))).toHaveLength(1);
    expect(await lock.release()).toEqual({ ok: true, outcome: 'already-released' });
  });
});

describe('processAlive', () => {
  it('is true for a running process (ours, and one of another user), false for none', () => {
    expect(processAlive(process.pid)).toBe(true);
    expect(processAlive(1)).toBe(true);
    expect(processAlive(999_999_001)).toBe(false);
  });
});

// The lock of docs/format.md ("Beside the file") on real files in a temporary
// folder: taken, seen by a second copy, released, taken again; a stale lock
// of this machine taken over; another machine's lock and an unreadable one
// never deleted; many copies racing for it, exactly one winning.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { timestampMillis } from '../../../../shared/format/rules';
import {
  acquireLock,
  currentIdentity,
  forceLock,
  lockPathFor,
  processAlive,
  type AcquireResult,
  type HeldLock,
  type LockInfo,
  type LockOptions,
} from '../../../../electron/services/lock';

let dir: string;
let map: string;
let lockFile: string;
const NOW = new Date('2026-11-23T02:12:05.678Z');
const HOST = hostname();
const noWait = async () => {};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'jejak-lock-'));
  map = join(dir, 'Onboarding journey.cjm');
  lockFile = join(dir, '.~lock.Onboarding journey.cjm#');
  writeFileSync(map, '{}\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const me = (overrides: Partial<LockOptions> = {}): LockOptions => ({ user: 'Rina', host: HOST, pid: process.pid, now: NOW, ...overrides });

function held(result: AcquireResult): HeldLock {
  if (!result.ok) throw new Error(`expected the lock, got ${JSON.stringify(result)}`);
  return result.lock;
}

/** The pid of a process that has run and exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '0']);
  expect(child.status).toBe(0);
  expect(processAlive(child.pid!)).toBe(false);
  return child.pid!;
}

function writeLock(info: LockInfo): string {
  const text = `${JSON.stringify(info, null, 2)}\n`;
  writeFileSync(lockFile, text);
  return text;
}

const leftovers = () => readdirSync(dir).filter((name) => name !== 'Onboarding journey.cjm' && name !== '.~lock.Onboarding journey.cjm#');

describe('the lock file', () => {
  it('is named .~lock.NAME.cjm# beside the map', () => {
    expect(lockPathFor(map)).toBe(lockFile);
  });

  it('lives its whole life: taken, seen as held by a second copy, released, gone, taken again', async () => {
    const first = held(await acquireLock(map, me()));
    expect(first.how).toBe('created');
    expect(first.path).toBe(lockFile);

    const text = readFileSync(lockFile, 'utf8');
    const content = JSON.parse(text) as LockInfo;
    expect(Object.keys(content)).toEqual(['app', 'user', 'host', 'pid', 'since']);
    expect(text).toBe(
      `{\n  "app": "jejak",\n  "user": "Rina",\n  "host": ${JSON.stringify(HOST)},\n  "pid": ${process.pid},\n  "since": ${JSON.stringify(content.since)}\n}\n`,
    );
    // RFC 3339 in this machine's offset, to the second.
    expect(content.since).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    expect(timestampMillis(content.since)).toBe(Date.parse('2026-11-23T02:12:05Z'));
    expect(first.info).toEqual(content);

    // Another copy on this machine (another pid) while the first lives: the real process check says it is alive.
    const second = await acquireLock(map, { user: 'Budi', host: HOST, pid: process.ppid, now: new Date() });
    expect(second).toEqual({ ok: false, reason: 'held', holder: content });
    expect(readFileSync(lockFile, 'utf8')).toBe(text);

    expect(await first.release()).toEqual({ ok: true, outcome: 'removed' });
    expect(existsSync(lockFile)).toBe(false);
    expect(await first.release()).toEqual({ ok: true, outcome: 'already-released' });

    const again = held(await acquireLock(map, { user: 'Budi', host: HOST, pid: process.ppid, now: NOW }));
    expect(again.how).toBe('created');
    expect(JSON.parse(readFileSync(lockFile, 'utf8'))).toMatchObject({ user: 'Budi', pid: process.ppid });
    expect(await first.release()).toEqual({ ok: true, outcome: 'already-released' });
    expect(existsSync(lockFile)).toBe(true);
    expect(await again.release()).toEqual({ ok: true, outcome: 'removed' });
    expect(leftovers()).toEqual([]);
  });

  it('found with our own host and pid is ours already, and released like one we made', async () => {
    const text = writeLock({ app: 'jejak', user: 'Rina', host: HOST, pid: process.pid, since: '2026-11-23T08:00:00+07:00' });
    const lock = held(await acquireLock(map, me()));
    expect(lock.how).toBe('already-ours');
    expect(lock.info.since).toBe('2026-11-23T08:00:00+07:00');
    expect(readFileSync(lockFile, 'utf8')).toBe(text);
    expect(await lock.release()).toEqual({ ok: true, outcome: 'removed' });
    expect(existsSync(lockFile)).toBe(false);
  });

  it('of this machine whose process has exited is stale, and taken over', async () => {
    const pid = deadPid();
    const stale: LockInfo = { app: 'jejak', user: 'Budi', host: HOST, pid, since: '2026-11-22T16:40:00+07:00' };
    writeLock(stale);
    const lock = held(await acquireLock(map, me({ settleMs: 5 })));
    expect(lock.how).toBe('took-over');
    expect(lock.replaced).toEqual(stale);
    expect(JSON.parse(readFileSync(lockFile, 'utf8'))).toEqual(lock.info);
    expect(lock.info).toMatchObject({ user: 'Rina', pid: process.pid });
    expect(leftovers()).toEqual([]);
    expect(await lock.release()).toEqual({ ok: true, outcome: 'removed' });
  });

  it('of another machine is never deleted, even when its pid runs nothing here', async () => {
    const theirs: LockInfo = { app: 'jejak', user: 'Rina', host: `${HOST}-OTHER`, pid: deadPid(), since: '2026-11-23T09:12:00+07:00' };
    const text = writeLock(theirs);
    expect(await acquireLock(map, me({ user: 'Budi' }))).toEqual({ ok: false, reason: 'held', holder: theirs });
    expect(readFileSync(lockFile, 'utf8')).toBe(text);

    // "Edit anyway" edits without the lock, and leaves theirs where it is.
    expect(await forceLock(map, me({ user: 'Budi' }))).toEqual({ ok: true, lock: null, holder: theirs });
    expect(readFileSync(lockFile, 'utf8')).toBe(text);
    expect(leftovers()).toEqual([]);
  });

  it('"edit anyway" takes the lock after all when it has come free', async () => {
    const result = await forceLock(map, me());
    expect(result.ok && result.lock !== null && result.lock.how).toBe('created');
    expect(existsSync(lockFile)).toBe(true);
  });

  it('is never removed by a release once it holds someone else\'s lock', async () => {
    const lock = held(await acquireLock(map, me()));
    // Our lock was taken over meanwhile (our machine thought us gone), or replaced by hand.
    const text = writeLock({ app: 'jejak', user: 'Budi', host: HOST, pid: process.ppid, since: '2026-11-23T10:00:00+07:00' });
    expect(await lock.release()).toEqual({ ok: true, outcome: 'not-ours' });
    expect(readFileSync(lockFile, 'utf8')).toBe(text);
    expect(await lock.release()).toEqual({ ok: true, outcome: 'already-released' });
    expect(readFileSync(lockFile, 'utf8')).toBe(text);
  });

  it('released when someone has already removed it says so', async () => {
    const lock = held(await acquireLock(map, me()));
    rmSync(lockFile);
    expect(await lock.release()).toEqual({ ok: true, outcome: 'gone' });
  });

  it.each([
    ['not JSON', 'this is not a lock\n'],
    ['cut off', '{"app": "jejak", "user": "Ri'],
    ['empty', ''],
    ['another program\'s', JSON.stringify({ app: 'other', user: 'Rina', host: HOST, pid: 1, since: '2026-11-23T09:12:00Z' })],
    ['without a pid', JSON.stringify({ app: 'jejak', user: 'Rina', host: HOST, since: '2026-11-23T09:12:00Z' })],
    ['with a bad time', JSON.stringify({ app: 'jejak', user: 'Rina', host: HOST, pid: 12, since: 'this morning' })],
    ['an array', '[]'],
  ])('that is %s is held by someone unknown, and left as it is', async (_what, text) => {
    writeFileSync(lockFile, text);
    const result = await acquireLock(map, me({ sleep: noWait, processAlive: () => false }));
    expect(result).toEqual({ ok: false, reason: 'held', holder: { unknown: true, reason: 'corrupt' } });
    expect(readFileSync(lockFile, 'utf8')).toBe(text);
    expect(leftovers()).toEqual([]);
  });

  it('that is a folder is held by someone unknown, and left as it is', async () => {
    rmSync(lockFile, { force: true });
    mkdirSync(lockFile);
    expect(await acquireLock(map, me({ sleep: noWait }))).toEqual({ ok: false, reason: 'held', holder: { unknown: true, reason: 'unreadable' } });
    expect(existsSync(lockFile)).toBe(true);
  });

  it('of a map reached through a symbolic link sits beside the map itself', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'jejak-lock-link-'));
    try {
      const link = join(elsewhere, 'link.cjm');
      symlinkSync(map, link);
      const lock = held(await acquireLock(link, me()));
      expect(lock.path).toBe(lockFile);
      expect(lock.mapPath).toBe(link);
      expect(readdirSync(elsewhere)).toEqual(['link.cjm']);
      expect(await lock.release()).toEqual({ ok: true, outcome: 'removed' });
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('of a map whose folder is gone is "can\'t reach the folder", never "no lock"', async () => {
    const gone = join(dir, 'unplugged', 'map.cjm');
    expect(await acquireLock(gone, me())).toEqual({
      ok: false,
      reason: 'error',
      error: { code: 'folder-unreachable', path: gone, errno: 'ENOENT' },
    });
  });

  it('held when its folder goes away cannot be released, says why, and can be released once it is back', async () => {
    const sub = join(dir, 'share');
    mkdirSync(sub);
    const inside = join(sub, 'map.cjm');
    const lock = held(await acquireLock(inside, me()));
    renameSync(sub, join(dir, 'share-away'));
    expect(await lock.release()).toEqual({ ok: false, error: { code: 'folder-unreachable', path: inside, errno: 'ENOENT' } });
    renameSync(join(dir, 'share-away'), sub);
    expect(await lock.release()).toEqual({ ok: true, outcome: 'removed' });
    expect(readdirSync(sub)).toEqual([]);
  });
});

describe('many copies racing for the lock', () => {
  it('exactly one of them gets it when there is none', async () => {
    const pids = Array.from({ length: 40 }, (_, i) => 700_001 + i);
    const results = await Promise.all(
      pids.map((pid) => acquireLock(map, { user: `user-${pid}`, host: HOST, pid, now: NOW, processAlive: () => true })),
    );
    const winners = results.filter((r) => r.ok);
    expect(winners).toHaveLength(1);
    const winner = held(winners[0]!);
    expect(JSON.parse(readFileSync(lockFile, 'utf8'))).toEqual(winner.info);
    for (const result of results) if (!result.ok) expect(result).toEqual({ ok: false, reason: 'held', holder: winner.info });
    expect(leftovers()).toEqual([]);
  });

  it('exactly one of them takes over a stale lock', async () => {
    const stalePid = deadPid();
    writeLock({ app: 'jejak', user: 'Budi', host: HOST, pid: stalePid, since: '2026-11-22T16:40:00+07:00' });
    const pids = Array.from({ length: 24 }, (_, i) => 800_001 + i);
    const results = await Promise.all(
      pids.map((pid) =>
        acquireLock(map, { user: `user-${pid}`, host: HOST, pid, now: NOW, settleMs: 50, processAlive: (p) => p !== stalePid }),
      ),
    );
    const winners = results.filter((r) => r.ok);
    expect(winners).toHaveLength(1);
    const winner = held(winners[0]!);
    expect(winner.how).toBe('took-over');
    expect(JSON.parse(readFileSync(lockFile, 'utf8'))).toEqual(winner.info);
    for (const result of results) if (!result.ok) expect(result).toEqual({ ok: false, reason: 'held', holder: winner.info });
    expect(leftovers()).toEqual([]);
  });
});

describe('currentIdentity', () => {
  it('is this account, this machine and this process', () => {
    expect(currentIdentity()).toEqual({ user: userInfo().username, host: hostname(), pid: process.pid });
  });
});

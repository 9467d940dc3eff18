// The server's methods for maps on a shared drive, on real files: the lock
// taken on open and released on close and shutdown, a save refused when the
// file changed on disk since it was loaded (with the disk's bytes), backups
// kept locally, fileStatus's same / changed / missing / unreachable, and the
// recovery journal written, offered after the process is gone, and restored.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCjm } from '../../../../shared/format/reader';
import { writeCjm } from '../../../../shared/format/writer';
import type { FileStatus, HostResult, OpenedFile, PendingRecovery, RestoredRecovery, SaveReply } from '../../../../shared/host/host';
import { folders, SAMPLES, serve, temporaries, type Folders, type TestServer, utf8 } from './support/server';

let f: Folders;
let server: TestServer;
let mapPath: string;
let lockPath: string;

beforeEach(async () => {
  f = folders();
  mapPath = join(f.work, 'check-in.cjm');
  lockPath = join(f.work, '.~lock.check-in.cjm#');
  copyFileSync(join(SAMPLES, 'hotel-check-in.id.cjm'), mapPath);
  server = await serve(f, { file: mapPath });
});
afterEach(async () => {
  await server.close();
  expect(temporaries(f.base)).toEqual([]);
  f.remove();
});

const opened = (result: HostResult<OpenedFile> | null): OpenedFile => {
  if (result === null || !result.ok) throw new Error(`not opened: ${JSON.stringify(result)}`);
  return result.value;
};

function retitled(bytes: Buffer | string, title: string): string {
  const read = readCjm(typeof bytes === 'string' ? Buffer.from(bytes) : bytes);
  if (!read.ok) throw new Error('map does not read');
  return writeCjm({ ...read.map, title });
}

/** A pid of this machine that is certainly not running: a child that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('the lock', () => {
  it('is taken when a writable map is opened, and released when it is closed', async () => {
    const file = opened(await server.call('startupFile'));
    expect(file.lockedBy).toBeUndefined();
    const lock = JSON.parse(readFileSync(lockPath, 'utf8')) as { app: string; host: string; pid: number };
    expect(lock).toMatchObject({ app: 'jejak', host: hostname(), pid: process.pid });
    await server.call('closeFile', { handle: file.handle });
    expect(existsSync(lockPath)).toBe(false);
  });

  it('is released when the server stops', async () => {
    opened(await server.call('startupFile'));
    expect(existsSync(lockPath)).toBe(true);
    await server.close();
    expect(existsSync(lockPath)).toBe(false);
    server = await serve(f); // for afterEach
  });

  it("another machine's lock is reported with its holder, left in place, and saving is refused until Edit anyway", async () => {
    const theirs = `${JSON.stringify({ app: 'jejak', user: 'Rina', host: 'LAPTOP-07', pid: 4242, since: '2026-11-23T09:12:00+07:00' }, null, 2)}\n`;
    writeFileSync(lockPath, theirs);
    const file = opened(await server.call('startupFile'));
    expect(file.lockedBy).toMatchObject({ user: 'Rina', host: 'LAPTOP-07' });
    const original = readFileSync(mapPath);
    const refused = await server.call<SaveReply>('save', { handle: file.handle, bytes: utf8(retitled(original, 'Mine')) });
    expect(refused).toMatchObject({ ok: false, error: { code: 'not-open-for-editing' } });
    expect(readFileSync(mapPath).equals(original)).toBe(true);

    expect(await server.call('editAnyway', { handle: file.handle })).toEqual({ ok: true, value: { lockedBy: expect.objectContaining({ user: 'Rina' }) } });
    expect(await server.call<SaveReply>('save', { handle: file.handle, bytes: utf8(retitled(original, 'Mine')) })).toMatchObject({ ok: true });
    await server.call('closeFile', { handle: file.handle });
    expect(readFileSync(lockPath, 'utf8')).toBe(theirs);
  });

  it('a stale lock of this machine is taken over silently', async () => {
    writeFileSync(lockPath, JSON.stringify({ app: 'jejak', user: 'me', host: hostname(), pid: deadPid(), since: '2026-11-23T09:12:00+07:00' }));
    const file = opened(await server.call('startupFile'));
    expect(file.lockedBy).toBeUndefined();
    expect(JSON.parse(readFileSync(lockPath, 'utf8'))).toMatchObject({ pid: process.pid });
  });
});

describe('saving', () => {
  it('refuses with changed-on-disk and the disk bytes when someone else saved meanwhile, then saves after the page knows them', async () => {
    const file = opened(await server.call('startupFile'));
    const loaded = Buffer.from(file.bytes);
    const theirs = retitled(loaded, 'Theirs');
    writeFileSync(mapPath, theirs);
    const mine = retitled(loaded, 'Mine');
    const refused = await server.call<SaveReply>('save', { handle: file.handle, bytes: utf8(mine) });
    expect(refused).toMatchObject({ ok: false, error: { code: 'changed-on-disk', path: 'check-in.cjm' } });
    if (refused.ok || !('onDisk' in refused)) throw new Error('no disk bytes');
    expect(Buffer.from(refused.onDisk).toString('utf8')).toBe(theirs);
    expect(readFileSync(mapPath, 'utf8')).toBe(theirs);

    // The page merged and saves again: now it is replaced, and the version replaced is a local backup.
    expect(await server.call<SaveReply>('save', { handle: file.handle, bytes: utf8(mine) })).toMatchObject({ ok: true });
    expect(readFileSync(mapPath, 'utf8')).toBe(mine);
    const backupFolders = readdirSync(join(f.data, 'backups'));
    expect(backupFolders).toHaveLength(1);
    const backups = readdirSync(join(f.data, 'backups', backupFolders[0]!)).filter((n) => n.endsWith('.cjm'));
    expect(backups.map((n) => readFileSync(join(f.data, 'backups', backupFolders[0]!, n), 'utf8'))).toEqual([theirs]);
    // And its own save is not a change by someone else.
    expect(await server.call('fileStatus', { handle: file.handle })).toEqual({ state: 'same' });
  });

  it('keeps the last five versions as backups', async () => {
    const file = opened(await server.call('startupFile'));
    const loaded = Buffer.from(file.bytes);
    for (let i = 1; i <= 7; i++) expect(await server.call<SaveReply>('save', { handle: file.handle, bytes: utf8(retitled(loaded, `Version ${i}`)) })).toMatchObject({ ok: true });
    const folder = join(f.data, 'backups', readdirSync(join(f.data, 'backups'))[0]!);
    expect(readdirSync(folder).filter((n) => n.endsWith('.cjm'))).toHaveLength(5);
  });
});

describe('fileStatus', () => {
  it('goes same → changed (once, with the bytes) → same → missing → unreachable → same', async () => {
    const file = opened(await server.call('startupFile'));
    const status = () => server.call<FileStatus>('fileStatus', { handle: file.handle });
    expect(await status()).toEqual({ state: 'same' });
    const theirs = retitled(Buffer.from(file.bytes), 'Theirs');
    writeFileSync(mapPath, theirs);
    const changed = await status();
    expect(changed.state).toBe('changed');
    if (changed.state === 'changed') expect(Buffer.from(changed.bytes).toString('utf8')).toBe(theirs);
    expect(await status()).toEqual({ state: 'same' });

    renameSync(mapPath, `${mapPath}.away`);
    expect(await status()).toEqual({ state: 'missing' });
    renameSync(f.work, `${f.work}-offline`);
    expect(await status()).toMatchObject({ state: 'unreachable', error: { code: 'folder-unreachable' } });
    renameSync(`${f.work}-offline`, f.work);
    renameSync(`${mapPath}.away`, mapPath);
    expect(await status()).toEqual({ state: 'same' });
  });
});

describe('the recovery journal', () => {
  it('is written at once, offered once its process is gone, restored with its file, and cleared', async () => {
    const file = opened(await server.call('startupFile'));
    const edited = retitled(Buffer.from(file.bytes), 'Edited, not saved');
    await server.call('journal', { key: 'k-1', entry: { handle: file.handle, title: 'Edited, not saved', text: edited } });
    const folder = join(f.data, 'recovery');
    expect(readFileSync(join(folder, 'k-1.cjm'), 'utf8')).toBe(edited);
    // Still ours while this process runs.
    expect(await server.call('pendingRecoveries')).toEqual([]);

    // The process that wrote it is gone (as after a SIGKILL).
    const sidecar = JSON.parse(readFileSync(join(folder, 'k-1.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(folder, 'k-1.json'), JSON.stringify({ ...sidecar, pid: deadPid() }));
    await server.close();
    server = await serve(f);
    const pending = await server.call<PendingRecovery[]>('pendingRecoveries');
    expect(pending).toEqual([{ key: 'k-1', title: 'Edited, not saved', path: mapPath, savedAt: expect.any(String) }]);

    const restored = await server.call<HostResult<RestoredRecovery>>('restoreRecovery', { key: 'k-1' });
    if (!restored.ok) throw new Error('not restored');
    expect(restored.value.text).toBe(edited);
    expect(restored.value.file).toMatchObject({ name: 'check-in.cjm', writable: true });
    expect(Buffer.from(restored.value.file!.bytes).equals(readFileSync(mapPath))).toBe(true);

    await server.call('journal', { key: 'k-1', entry: null });
    expect(existsSync(join(folder, 'k-1.json'))).toBe(false);
    expect(await server.call('pendingRecoveries')).toEqual([]);
  });

  it('restores a map whose file is gone without a file, and refuses bad keys', async () => {
    await server.call('journal', { key: 'k-2', entry: { handle: null, title: 'New map', text: readFileSync(mapPath, 'utf8') } });
    const folder = join(f.data, 'recovery');
    const sidecar = JSON.parse(readFileSync(join(folder, 'k-2.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(folder, 'k-2.json'), JSON.stringify({ ...sidecar, pid: deadPid() }));
    const restored = await server.call<HostResult<RestoredRecovery>>('restoreRecovery', { key: 'k-2' });
    expect(restored).toMatchObject({ ok: true, value: { key: 'k-2', file: null } });
    expect((await server.api('journal', { key: '../x', entry: null })).status).toBe(400);
    rmSync(folder, { recursive: true });
  });
});

describe('earlier versions', () => {
  it('each save keeps the version it replaced; restoring one gives its bytes and writes nothing', async () => {
    const file = opened(await server.call('startupFile'));
    const original = readFileSync(mapPath);
    expect(await server.call('listBackups', { handle: file.handle })).toEqual([]);
    await server.call('save', { handle: file.handle, bytes: utf8(retitled(original, 'First change')) });
    const afterFirst = readFileSync(mapPath);
    await server.call('save', { handle: file.handle, bytes: utf8(retitled(original, 'Second change')) });
    const backups = (await server.call('listBackups', { handle: file.handle })) as { id: string; savedAt: string }[];
    expect(backups).toHaveLength(2);
    const oldest = backups[backups.length - 1]!;
    const restored = (await server.call('restoreBackup', { handle: file.handle, id: oldest.id })) as HostResult<{ bytes: Uint8Array }>;
    expect(restored.ok && Buffer.from(restored.value.bytes).equals(original)).toBe(true);
    const newest = (await server.call('restoreBackup', { handle: file.handle, id: backups[0]!.id })) as HostResult<{ bytes: Uint8Array }>;
    expect(newest.ok && Buffer.from(newest.value.bytes).equals(afterFirst)).toBe(true);
    // Restoring wrote nothing: the map is still the second change, and no backup sits beside it.
    expect(readFileSync(mapPath, 'utf8')).toContain('"title": "Second change"');
    expect(readdirSync(f.work).filter((name) => !name.startsWith('.~lock'))).toEqual(['check-in.cjm']);
    expect(await server.call('restoreBackup', { handle: file.handle, id: '2000-01-01T00-00-00-000Z' })).toEqual({ ok: false, error: { code: 'not-found', path: mapPath } });
  });
});

// Before a save replaces a map, the version it replaces is kept in the app's
// own data folder, never beside the map on the share; the last five per map
// are kept, and restoring hands back the bytes without touching the map.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupKeyFor, listBackups, MapBackups, restoreBackup, saveWithBackup } from '../../../../electron/services/backups';
import { nodeFileSystem, type FileSystem } from '../../../../electron/services/fileSystem';

let dir: string;
let share: string;
let dataDir: string;
let map: string;
let clock: number;
let backups: MapBackups;

const version = (n: number) => Buffer.from(`{"format":"cjm","version":1,"title":"Version ${n}"}\n`);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'jejak-backups-'));
  share = join(dir, 'share');
  dataDir = join(dir, 'data');
  mkdirSync(share);
  map = join(share, 'checkout.cjm');
  writeFileSync(map, version(0));
  clock = Date.parse('2026-11-20T09:00:00Z');
  backups = new MapBackups(dataDir, { now: () => new Date((clock += 60_000)) });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('saveWithBackup', () => {
  it('keeps the version each save replaces, the last five, newest first', async () => {
    for (let n = 1; n <= 7; n++) {
      const saved = await saveWithBackup(map, version(n), { backups, title: `Version ${n - 1}` });
      expect(saved.ok).toBe(true);
      expect(saved.backup).toMatchObject({ kept: { title: `Version ${n - 1}`, path: map } });
      expect(readFileSync(map)).toEqual(version(n));
    }
    const list = await listBackups(map, backups);
    expect(list.map((b) => b.title)).toEqual(['Version 6', 'Version 5', 'Version 4', 'Version 3', 'Version 2']);
    expect(list.every((b) => b.path === map)).toBe(true);
    expect(list[0]).toMatchObject({ savedAt: '2026-11-20T09:07:00.000Z', size: version(6).length });
    for (const [i, backup] of list.entries()) {
      expect((await restoreBackup(map, backup.id, backups))?.bytes).toEqual(version(6 - i));
    }
    // Five files and the index, in the data folder: versions 0 and 1 are gone.
    expect(readdirSync(join(dataDir, 'backups', backupKeyFor(map))).sort()).toEqual([...list.map((b) => `${b.id}.cjm`).sort(), 'index.json']);
  });

  it('writes nothing beside the map on the share', async () => {
    for (let n = 1; n <= 3; n++) await saveWithBackup(map, version(n), { backups });
    expect(readdirSync(share)).toEqual(['checkout.cjm']);
    expect(backups.folderFor(map).startsWith(join(dataDir, 'backups'))).toBe(true);
  });

  it('records where the map was and what it was called', async () => {
    await saveWithBackup(map, version(1), { backups, title: 'Checkout journey' });
    const index = JSON.parse(readFileSync(join(backups.folderFor(map), 'index.json'), 'utf8')) as { path: string; title: string };
    expect(index).toMatchObject({ path: map, title: 'Checkout journey' });
  });

  it('restoring hands back the bytes and leaves the map as it is', async () => {
    await saveWithBackup(map, version(1), { backups });
    await saveWithBackup(map, version(2), { backups });
    const [newest] = await listBackups(map, backups);
    const restored = await restoreBackup(map, newest!.id, backups);
    expect(restored?.bytes).toEqual(version(1));
    expect(readFileSync(map)).toEqual(version(2));
    expect(await restoreBackup(map, '../../etc/passwd', backups)).toBeNull();
    expect(await restoreBackup(map, '2020-01-01T00-00-00-000Z', backups)).toBeNull();
  });

  it('keeps each map apart, even two of the same name in different folders', async () => {
    const other = join(dir, 'other', 'checkout.cjm');
    mkdirSync(join(dir, 'other'));
    writeFileSync(other, version(10));
    await saveWithBackup(map, version(1), { backups });
    await saveWithBackup(other, version(11), { backups });
    expect((await listBackups(map, backups)).map((b) => b.size)).toEqual([version(0).length]);
    expect((await restoreBackup(other, (await listBackups(other, backups))[0]!.id, backups))?.bytes).toEqual(version(10));
    expect(backupKeyFor(map)).not.toBe(backupKeyFor(other));
  });

  it('a new file has nothing to back up; a save that changes nothing keeps no copy', async () => {
    const fresh = join(share, 'fresh.cjm');
    expect(await saveWithBackup(fresh, version(1), { backups })).toEqual({ ok: true, backup: { skipped: 'new-file' } });
    expect(await saveWithBackup(fresh, version(1), { backups })).toEqual({ ok: true, backup: { skipped: 'unchanged' } });
    expect(await listBackups(fresh, backups)).toEqual([]);
  });

  it('two saves in the same millisecond keep two backups', async () => {
    const frozen = new MapBackups(dataDir, { now: () => new Date('2026-11-20T09:00:00Z') });
    await Promise.all([frozen.keep(map, version(1)), frozen.keep(map, version(2))]);
    expect((await frozen.list(map)).map((b) => b.id)).toEqual(['2026-11-20T09-00-00-000Z-1', '2026-11-20T09-00-00-000Z']);
  });

  it('a backup that fails does not stop the save, and is reported', async () => {
    const full: FileSystem = {
      ...nodeFileSystem,
      writeNewFile: async (path) => Promise.reject(Object.assign(new Error(`ENOSPC: injected '${path}'`), { code: 'ENOSPC' })),
    };
    const failing = new MapBackups(dataDir, { fs: full });
    const saved = await saveWithBackup(map, version(1), { backups: failing });
    expect(saved.ok).toBe(true);
    expect(saved.backup).toMatchObject({ failed: { code: 'no-space' } });
    expect(readFileSync(map)).toEqual(version(1));
  });

  it('a data folder that cannot be created does not stop the save either', async () => {
    writeFileSync(join(dir, 'blocked'), 'a file where the data folder should be');
    const saved = await saveWithBackup(map, version(1), { backups: new MapBackups(join(dir, 'blocked')) });
    expect(saved.ok).toBe(true);
    expect('failed' in saved.backup).toBe(true);
    expect(readFileSync(map)).toEqual(version(1));
  });

  it('a map that cannot be read first is still saved, the backup reported as failed', async () => {
    const flaky: FileSystem = {
      ...nodeFileSystem,
      readFile: async (path, maxBytes) => (path === map ? Promise.reject(Object.assign(new Error('EIO'), { code: 'EIO' })) : nodeFileSystem.readFile(path, maxBytes)),
    };
    const saved = await saveWithBackup(map, version(1), { backups, fs: flaky });
    expect(saved).toEqual({ ok: true, backup: { failed: { code: 'folder-unreachable', path: map, errno: 'EIO' } } });
    expect(readFileSync(map)).toEqual(version(1));
  });
});

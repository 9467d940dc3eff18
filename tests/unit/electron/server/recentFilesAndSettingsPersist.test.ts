// Recent files and settings live in the data folder and outlive the server:
// the last twelve maps, most recent first, a missing one marked rather than
// dropped, with review dates read from the maps themselves.
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FolderListing, HostResult, HostSettings, OpenedFile, RecentFile } from '../../../../shared/host/host';
import { readCjm } from '../../../../shared/format/reader';
import { writeCjm } from '../../../../shared/format/writer';
import { folders, SAMPLES, serve, temporaries, type Folders, type TestServer } from './support/server';

let f: Folders;
let server: TestServer;

beforeEach(async () => {
  f = folders();
  server = await serve(f);
});
afterEach(async () => {
  await server.close();
  expect(temporaries(f.base)).toEqual([]);
  f.remove();
});

/** Writes a sample under `name` in the work folder, its review date replaced if one is given. */
function mapFile(name: string, reviewBy?: string | null): string {
  const path = join(f.work, name);
  copyFileSync(join(SAMPLES, 'b2b-software-purchase.en.cjm'), path);
  if (reviewBy !== undefined) {
    const read = readCjm(readFileSync(path));
    if (!read.ok) throw new Error('sample does not read');
    writeFileSync(path, writeCjm({ ...read.map, reviewBy }));
  }
  return path;
}

async function openByName(s: TestServer, name: string): Promise<OpenedFile> {
  const listing = await s.call<HostResult<FolderListing>>('listFolder', { folder: null, show: 'maps' });
  const start = listing.ok ? listing.value : null;
  const work = start!.path === f.work ? start! : await folderOf(s, start!.entries.find((e) => e.name === 'work')!.handle);
  const result = await s.call<HostResult<OpenedFile>>('openFile', { handle: work.entries.find((e) => e.name === name)!.handle });
  if (!result.ok) throw new Error(`not opened: ${name}`);
  return result.value;
}
async function folderOf(s: TestServer, handle: string): Promise<FolderListing> {
  const listing = await s.call<HostResult<FolderListing>>('listFolder', { folder: handle, show: 'maps' });
  if (!listing.ok) throw new Error('not listed');
  return listing.value;
}

describe('recent files', () => {
  it('empty at first', async () => {
    expect(await server.call('recentFiles')).toEqual([]);
  });

  it('most recent first, persisted in recent.json, still there after a restart with new handles', async () => {
    mapFile('one.cjm', '2030-01-31');
    mapFile('two.cjm', null);
    await openByName(server, 'one.cjm');
    await openByName(server, 'two.cjm');
    const recent = await server.call<RecentFile[]>('recentFiles');
    expect(recent.map((r) => [r.name, r.folder, r.missing, r.reviewBy])).toEqual([
      ['two.cjm', f.work, false, null],
      ['one.cjm', f.work, false, '2030-01-31'],
    ]);
    expect(recent[0]!.modifiedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(existsSync(join(f.data, 'recent.json'))).toBe(true);

    await server.close();
    server = await serve(f);
    const after = await server.call<RecentFile[]>('recentFiles');
    expect(after.map((r) => r.name)).toEqual(['two.cjm', 'one.cjm']);
    expect(after[0]!.handle).not.toBe(recent[0]!.handle);
    const reopened = await server.call<HostResult<OpenedFile>>('openFile', { handle: after[1]!.handle });
    expect(reopened.ok && reopened.value.name).toBe('one.cjm');
    expect((await server.call<RecentFile[]>('recentFiles')).map((r) => r.name)).toEqual(['one.cjm', 'two.cjm']);
  });

  it('a file that has gone stays in the list, marked missing, and opening it says not-found', async () => {
    const path = mapFile('gone.cjm');
    await openByName(server, 'gone.cjm');
    rmSync(path);
    await server.close();
    server = await serve(f);
    const [gone] = await server.call<RecentFile[]>('recentFiles');
    expect(gone).toMatchObject({ name: 'gone.cjm', missing: true, modifiedAt: null, reviewBy: null });
    expect(await server.call('openFile', { handle: gone!.handle })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('keeps the last twelve', async () => {
    for (let i = 1; i <= 14; i++) mapFile(`m${i}.cjm`);
    for (let i = 1; i <= 14; i++) await openByName(server, `m${i}.cjm`);
    const names = (await server.call<RecentFile[]>('recentFiles')).map((r) => r.name);
    expect(names).toEqual(Array.from({ length: 12 }, (_, k) => `m${14 - k}.cjm`));
  });

  it('start-up, save and save-as put the file first; a sample does not join the list', async () => {
    const start = mapFile('start.cjm');
    mapFile('other.cjm');
    await server.close();
    server = await serve(f, { file: start });
    const startup = await server.call<HostResult<OpenedFile>>('startupFile');
    await openByName(server, 'other.cjm');
    expect((await server.call<RecentFile[]>('recentFiles')).map((r) => r.name)).toEqual(['other.cjm', 'start.cjm']);
    await server.call('save', { handle: startup.ok && startup.value.handle, bytes: readFileSync(start) });
    expect((await server.call<RecentFile[]>('recentFiles')).map((r) => r.name)).toEqual(['start.cjm', 'other.cjm']);
    const work = await server.call<HostResult<FolderListing>>('listFolder', { folder: null, show: 'maps' });
    await server.call('saveAs', { folder: work.ok && work.value.folder, name: 'new', bytes: readFileSync(start), replace: false });
    const samples = await server.call<{ id: string }[]>('listSamples');
    await server.call('openSample', { id: samples[0]!.id });
    expect((await server.call<RecentFile[]>('recentFiles')).map((r) => r.name)).toEqual(['new.cjm', 'start.cjm', 'other.cjm']);
  });

  it('a damaged recent.json is treated as empty, then rewritten', async () => {
    writeFileSync(join(f.data, 'recent.json'), '{ not json');
    await server.close();
    server = await serve(f);
    expect(await server.call('recentFiles')).toEqual([]);
    mapFile('one.cjm');
    await openByName(server, 'one.cjm');
    expect(JSON.parse(readFileSync(join(f.data, 'recent.json'), 'utf8'))).toMatchObject({ files: [{ path: join(f.work, 'one.cjm') }] });
  });
});

describe('settings', () => {
  it('no language chosen at first', async () => {
    expect(await server.call('settings')).toEqual({ language: null, autoSave: false });
  });

  it('saved in settings.json and read back after a restart', async () => {
    expect(await server.call('saveSettings', { settings: { language: 'id' } })).toBeNull();
    expect(await server.call('settings')).toEqual({ language: 'id', autoSave: false });
    await server.close();
    server = await serve(f);
    expect(await server.call<HostSettings>('settings')).toEqual({ language: 'id', autoSave: false });
    expect(JSON.parse(readFileSync(join(f.data, 'settings.json'), 'utf8'))).toEqual({ language: 'id', autoSave: false });
    await server.call('saveSettings', { settings: { language: null } });
    expect(await server.call('settings')).toEqual({ language: null, autoSave: false });
  });

  it('keeps keys a newer Jejak wrote', async () => {
    writeFileSync(join(f.data, 'settings.json'), JSON.stringify({ language: 'en', theme: 'dark' }));
    await server.call('saveSettings', { settings: { language: 'id' } });
    expect(JSON.parse(readFileSync(join(f.data, 'settings.json'), 'utf8'))).toEqual({ language: 'id', theme: 'dark', autoSave: false });
  });

  it('automatic saving is off until turned on, and stays on after a restart', async () => {
    expect((await server.call<HostSettings>('settings')).autoSave).toBe(false);
    await server.call('saveSettings', { settings: { language: null, autoSave: true } });
    await server.close();
    server = await serve(f);
    expect(await server.call('settings')).toEqual({ language: null, autoSave: true });
    // Changing the language alone leaves it on.
    await server.call('saveSettings', { settings: { language: 'en' } });
    expect(await server.call('settings')).toEqual({ language: 'en', autoSave: true });
  });

  it('refuses a language Jejak does not speak', async () => {
    for (const settings of [{ language: 'fr' }, {}, null, 'id']) {
      expect((await server.api('saveSettings', { settings })).status).toBe(400);
    }
    expect(await server.call('settings')).toEqual({ language: null, autoSave: false });
  });
});

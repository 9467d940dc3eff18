// Opening and saving real .cjm files through the API: the bytes come back as
// they are on disk, saves go through the safe save (no NAME.cjm.tmp-* left
// behind), Save As never replaces a file unless asked, and files are reached
// only by handles this run issued.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FolderListing, HostResult, OpenedFile } from '../../../../shared/host/host';
import { readCjm } from '../../../../shared/format/reader';
import { writeCjm } from '../../../../shared/format/writer';
import { folders, SAMPLES, serve, temporaries, type Folders, type TestServer, utf8 } from './support/server';

let f: Folders;
let server: TestServer;
let mapPath: string;

beforeEach(async () => {
  f = folders();
  mapPath = join(f.work, 'check-in.cjm');
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
const bytesOf = (file: OpenedFile) => Buffer.from(file.bytes);

async function workFolder(): Promise<FolderListing> {
  const listing = await server.call<HostResult<FolderListing>>('listFolder', { folder: null, show: 'maps' });
  if (!listing.ok) throw new Error('work folder not listed');
  return listing.value;
}

/** The text the board would save: the map changed and written canonically. */
function edited(file: OpenedFile, title: string): string {
  const read = readCjm(bytesOf(file));
  if (!read.ok) throw new Error('sample does not read');
  return writeCjm({ ...read.map, title });
}

/** A map's bytes as the board sends them, titled `title`. */
function aMap(title: string): Uint8Array {
  const read = readCjm(readFileSync(join(SAMPLES, 'hotel-check-in.id.cjm')));
  if (!read.ok) throw new Error('sample does not read');
  return utf8(writeCjm({ ...read.map, title }));
}

describe('open', () => {
  it('startupFile gives the file named at start, its bytes exactly as on disk', async () => {
    const file = opened(await server.call('startupFile'));
    expect(file).toMatchObject({ name: 'check-in.cjm', folder: f.work, writable: true });
    expect(file.handle).toMatch(/^[A-Za-z0-9_-]{16,}$/);
    expect(bytesOf(file).equals(readFileSync(mapPath))).toBe(true);
    expect(readCjm(bytesOf(file)).ok).toBe(true);
  });

  it('without a start-up file, startupFile is null', async () => {
    const other = await serve(f);
    expect(await other.call('startupFile')).toBeNull();
    await other.close();
  });

  it('openFile by a handle from the folder listing', async () => {
    const entry = (await workFolder()).entries.find((e) => e.name === 'check-in.cjm')!;
    const file = opened(await server.call('openFile', { handle: entry.handle }));
    expect(file.handle).toBe(entry.handle);
    expect(bytesOf(file).equals(readFileSync(mapPath))).toBe(true);
  });

  it('a file deleted since it was listed is not-found; its folder gone too is folder-unreachable', async () => {
    const { handle } = opened(await server.call('startupFile'));
    rmSync(mapPath);
    expect(await server.call('openFile', { handle })).toEqual({ ok: false, error: { code: 'not-found', path: mapPath, errno: 'ENOENT' } });
    rmSync(f.work, { recursive: true });
    expect(await server.call('openFile', { handle })).toMatchObject({ ok: false, error: { code: 'folder-unreachable', path: mapPath } });
  });

  // A map its reader may not write opens with writable: false: tests/unit/electron/cli/serve.test.ts,
  // where the server is a process of its own that can run without root's power to write any file.
});

describe('save', () => {
  it('replaces the file with exactly the text given; reopening gives the same bytes', async () => {
    const file = opened(await server.call('startupFile'));
    const text = edited(file, 'Check-in tamu, versi lokakarya 2');
    const saved = await server.call<HostResult<{ modifiedAt: string }>>('save', { handle: file.handle, bytes: utf8(text) });
    expect(saved.ok).toBe(true);
    if (saved.ok) expect(new Date(saved.value.modifiedAt).toISOString()).toBe(saved.value.modifiedAt);
    expect(readFileSync(mapPath, 'utf8')).toBe(text);
    const again = opened(await server.call('openFile', { handle: file.handle }));
    expect(bytesOf(again).equals(Buffer.from(text, 'utf8'))).toBe(true);
    // Beside the map: its lock (it is open for editing), and no temporary file.
    expect(readdirSync(f.work).sort()).toEqual(['.~lock.check-in.cjm#', 'check-in.cjm']);
  });

  it('text that is not a string is refused, the file untouched', async () => {
    const before = readFileSync(mapPath);
    const { handle } = opened(await server.call('startupFile'));
    const reply = await server.api('save', { handle, bytes: 42 });
    expect(reply.status).toBe(400);
    expect(readFileSync(mapPath).equals(before)).toBe(true);
  });

  it('an unknown handle is refused with a clear error, nothing written', async () => {
    for (const handle of ['not-a-handle', 'AAAAAAAAAAAAAAAAAAAAAA']) {
      const reply = await server.api('save', { handle, bytes: aMap('x') });
      expect(reply.status).toBe(400);
      expect(reply.json()).toEqual({ error: { code: 'unknown-handle', message: expect.stringMatching(/not issued by this server/) } });
    }
    // A path, or anything but a handle's short text, is not even a handle.
    for (const handle of [mapPath, '../check-in.cjm', 42, null]) {
      const reply = await server.api('save', { handle, bytes: aMap('x') });
      expect(reply.status).toBe(400);
      expect(reply.json()).toEqual({ error: { code: 'bad-request', message: '"handle" must be a file handle the host gave out.' } });
    }
    for (const method of ['openFile', 'readImage']) {
      expect((await server.api(method, { handle: 'not-a-handle' })).json()).toMatchObject({ error: { code: 'unknown-handle' } });
    }
    expect((await server.api('listFolder', { folder: 'nope', show: 'maps' })).json()).toMatchObject({ error: { code: 'unknown-handle' } });
    expect(readdirSync(f.work)).toEqual(['check-in.cjm']);
  });

  it('a handle from an earlier run is unknown to this one', async () => {
    const { handle } = opened(await server.call('startupFile'));
    const next = await serve(f, { file: mapPath });
    expect((await next.api('openFile', { handle })).json()).toMatchObject({ error: { code: 'unknown-handle' } });
    await next.close();
  });

  it('a folder handle is not a file, nor a file handle a folder', async () => {
    const listing = await workFolder();
    const fileHandle = listing.entries.find((e) => e.kind === 'map')!.handle;
    expect((await server.api('save', { handle: listing.folder, bytes: aMap('x') })).json()).toMatchObject({ error: { code: 'wrong-handle' } });
    expect((await server.api('saveAs', { folder: fileHandle, name: 'x', bytes: aMap('x'), replace: false })).json()).toMatchObject({
      error: { code: 'wrong-handle' },
    });
  });
});

describe('save as', () => {
  it('writes a new file beside the others and returns it, opened and writable', async () => {
    const file = opened(await server.call('startupFile'));
    const text = edited(file, 'Salinan');
    const folder = (await workFolder()).folder;
    const result = opened(await server.call('saveAs', { folder, name: 'copy.cjm', bytes: utf8(text), replace: false }));
    expect(result).toMatchObject({ name: 'copy.cjm', folder: f.work, writable: true });
    expect(readFileSync(join(f.work, 'copy.cjm'), 'utf8')).toBe(text);
    expect(bytesOf(result).equals(Buffer.from(text))).toBe(true);
    const reopened = opened(await server.call('openFile', { handle: result.handle }));
    expect(bytesOf(reopened).equals(readFileSync(join(f.work, 'copy.cjm')))).toBe(true);
  });

  it('adds .cjm when the name lacks it, and keeps one that is there in capitals', async () => {
    const folder = (await workFolder()).folder;
    expect(opened(await server.call('saveAs', { folder, name: 'Workshop 3', bytes: aMap('a'), replace: false })).name).toBe('Workshop 3.cjm');
    expect(opened(await server.call('saveAs', { folder, name: 'OLD.CJM', bytes: aMap('b'), replace: false })).name).toBe('OLD.CJM');
    expect(existsSync(join(f.work, 'Workshop 3.cjm'))).toBe(true);
  });

  it('refuses an existing name without replace, and leaves that file as it was', async () => {
    const before = readFileSync(mapPath);
    const folder = (await workFolder()).folder;
    const result = await server.call<HostResult<OpenedFile>>('saveAs', { folder, name: 'check-in.cjm', bytes: aMap('new'), replace: false });
    expect(result).toEqual({ ok: false, error: { code: 'exists', path: mapPath, errno: 'EEXIST' } });
    expect(readFileSync(mapPath).equals(before)).toBe(true);
    expect((await server.api('saveAs', { folder, name: 'check-in', bytes: aMap('new') })).status).toBe(400); // replace must be said
  });

  it('replaces it when asked', async () => {
    const folder = (await workFolder()).folder;
    const result = await server.call<HostResult<OpenedFile>>('saveAs', { folder, name: 'check-in', bytes: aMap('replaced'), replace: true });
    expect(result.ok).toBe(true);
    expect(readFileSync(mapPath).equals(aMap('replaced'))).toBe(true);
  });

  it.each(['../escape', 'sub/map', 'sub\\map', '/etc/passwd', '..', '.hidden', '', '   ', 'bad\u0000name', 'line\nbreak'])(
    'refuses the name %j',
    async (name) => {
      mkdirSync(join(f.work, 'sub'));
      const folder = (await workFolder()).folder;
      const reply = await server.api('saveAs', { folder, name, bytes: aMap('x'), replace: true });
      expect(reply.status).toBe(400);
      expect(reply.json()).toMatchObject({ error: { code: 'bad-name' } });
      expect(readdirSync(f.work).sort()).toEqual(['check-in.cjm', 'sub']);
      expect(readdirSync(join(f.work, 'sub'))).toEqual([]);
      expect(existsSync(join(f.home, 'escape.cjm'))).toBe(false);
    },
  );

  it('into a folder that has gone: folder-unreachable, nothing created', async () => {
    mkdirSync(join(f.work, 'gone'));
    const gone = (await workFolder()).entries.find((e) => e.name === 'gone')!.handle;
    rmSync(join(f.work, 'gone'), { recursive: true });
    const result = await server.call<HostResult<OpenedFile>>('saveAs', { folder: gone, name: 'x', bytes: aMap('x'), replace: false });
    expect(result).toMatchObject({ ok: false, error: { code: 'folder-unreachable' } });
    expect(existsSync(join(f.work, 'gone'))).toBe(false);
  });
});

describe('images', () => {
  it('readImage gives a picture listed in images mode; a map handle is refused', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    writeFileSync(join(f.work, 'Sari.png'), png);
    const listing = await server.call<HostResult<FolderListing>>('listFolder', { folder: (await workFolder()).folder, show: 'images' });
    if (!listing.ok) throw new Error('not listed');
    const image = listing.value.entries.find((e) => e.name === 'Sari.png')!;
    expect(await server.call('readImage', { handle: image.handle })).toEqual({ ok: true, value: { name: 'Sari.png', bytes: new Uint8Array(png) } });
    const map = (await workFolder()).entries.find((e) => e.kind === 'map')!;
    expect((await server.api('readImage', { handle: map.handle })).json()).toMatchObject({ error: { code: 'not-an-image' } });
  });
});

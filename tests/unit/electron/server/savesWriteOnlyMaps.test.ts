// The server writes only maps (issue 12, point 6). Each probe that once
// got through is fed again: a save over a sheet or a picture from a listing,
// over a map listed but never opened, over a link that leads to something
// else, with bytes that are not a map; a Save as or an export that replaces
// through a link leaving the chosen folder. Each is refused with a reason,
// and nothing on disk changes.
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCjm } from '../../../../shared/format/reader';
import { writeCjm } from '../../../../shared/format/writer';
import type { ExportStatus, FolderListing, HostResult, OpenedFile, SaveReply } from '../../../../shared/host/host';
import { folders, SAMPLES, serve, utf8, type Folders, type TestServer } from './support/server';

let f: Folders;
let server: TestServer;
let outside: string;
const sample = readFileSync(join(SAMPLES, 'hotel-check-in.id.cjm'));
const map = (title: string) => {
  const read = readCjm(sample);
  if (!read.ok) throw new Error('sample does not read');
  return utf8(writeCjm({ ...read.map, title }));
};

beforeEach(async () => {
  f = folders();
  outside = join(f.base, 'elsewhere');
  mkdirSync(outside);
  writeFileSync(join(f.work, 'hotel.cjm'), sample);
  writeFileSync(join(f.work, 'notes.txt'), 'the facilitator’s own notes\n');
  writeFileSync(join(f.work, 'actions.csv'), 'Id,Text\n');
  writeFileSync(join(f.work, 'wall.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
  writeFileSync(join(outside, 'secret.txt'), 'not Jejak’s to touch\n');
  writeFileSync(join(outside, 'other.cjm'), sample);
  // A .cjm that is a link to a text file elsewhere, and a name that leads out of the folder.
  symlinkSync(join(outside, 'secret.txt'), join(f.work, 'link.cjm'));
  symlinkSync(join(outside, 'other.cjm'), join(f.work, 'away.cjm'));
  server = await serve(f, { file: join(f.work, 'hotel.cjm') });
});
afterEach(async () => {
  await server.close();
  f.remove();
});

async function listed(show: 'maps' | 'sheets' | 'images'): Promise<FolderListing> {
  const listing = await server.call<HostResult<FolderListing>>('listFolder', { folder: null, show });
  if (!listing.ok) throw new Error('not listed');
  return listing.value;
}
const handleOf = (listing: FolderListing, name: string) => listing.entries.find((e) => e.name === name)!.handle;

/** Every file under the test's folders, with its bytes: what "nothing changed on disk" compares. */
function snapshot(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const dir of [f.work, outside]) {
    for (const name of readdirSync(dir)) {
      if (name.startsWith('.~lock')) continue;
      try {
        files[join(dir, name)] = readFileSync(join(dir, name)).toString('base64');
      } catch {
        files[join(dir, name)] = '(unreadable)';
      }
    }
  }
  return files;
}

describe('save', () => {
  it('refuses a sheet, a text file and a picture handed out by a listing: none was opened for editing', async () => {
    const before = snapshot();
    const sheets = await listed('sheets');
    const images = await listed('images');
    for (const handle of [handleOf(sheets, 'notes.txt'), handleOf(sheets, 'actions.csv'), handleOf(images, 'wall.png')]) {
      const reply = await server.call<SaveReply>('save', { handle, bytes: map('Overwritten') });
      expect(reply).toMatchObject({ ok: false, error: { code: 'not-open-for-editing' } });
    }
    expect(snapshot()).toEqual(before);
  });

  it('refuses a map listed but never opened: it skipped the lock and changed-on-disk checks', async () => {
    const before = snapshot();
    const handle = handleOf(await listed('maps'), 'hotel.cjm');
    expect(await server.call<SaveReply>('save', { handle, bytes: map('Overwritten') })).toMatchObject({ ok: false, error: { code: 'not-open-for-editing', path: 'hotel.cjm' } });
    expect(snapshot()).toEqual(before);
  });

  it('refuses a .cjm link to a text file elsewhere, listed and even opened', async () => {
    const before = snapshot();
    const handle = handleOf(await listed('maps'), 'link.cjm');
    expect(await server.call<SaveReply>('save', { handle, bytes: map('Overwritten') })).toMatchObject({ ok: false, error: { code: 'not-open-for-editing' } });
    // Opened, it does not read as a map, so it is not opened for editing either.
    const opened = await server.call<HostResult<OpenedFile>>('openFile', { handle });
    expect(opened.ok).toBe(true);
    expect(await server.call<SaveReply>('save', { handle, bytes: map('Overwritten') })).toMatchObject({ ok: false, error: { code: 'not-open-for-editing' } });
    expect(snapshot()).toEqual(before);
  });

  it('refuses bytes that are not a map over a map opened for editing, saying so', async () => {
    const before = snapshot();
    const file = await server.call<HostResult<OpenedFile>>('startupFile');
    if (!file.ok) throw new Error('not opened');
    for (const garbage of ['garbage', '{"format": "cjm"}', '']) {
      expect(await server.call<SaveReply>('save', { handle: file.value.handle, bytes: utf8(garbage) })).toEqual({ ok: false, error: { code: 'not-a-map', path: 'hotel.cjm' } });
    }
    expect(snapshot()).toEqual(before);
    // A real map still saves.
    expect(await server.call<SaveReply>('save', { handle: file.value.handle, bytes: map('Renamed') })).toMatchObject({ ok: true });
    expect(readFileSync(join(f.work, 'hotel.cjm')).equals(map('Renamed'))).toBe(true);
  });

  it('refuses a handle opened only to read (a map opened read-only because another copy holds it is saved only after Edit anyway)', async () => {
    const before = snapshot();
    const images = await listed('images');
    await server.call('openFile', { handle: handleOf(images, 'wall.png') });
    expect(await server.call<SaveReply>('save', { handle: handleOf(images, 'wall.png'), bytes: map('x') })).toMatchObject({ ok: false });
    expect(snapshot()).toEqual(before);
  });
});

describe('save as with replace, and exports', () => {
  it('never write through a link whose target leaves the chosen folder', async () => {
    const before = snapshot();
    const folder = (await listed('maps')).folder;
    const saved = await server.call<HostResult<OpenedFile>>('saveAs', { folder, name: 'away.cjm', bytes: map('Through the link'), replace: true });
    expect(saved).toEqual({ ok: false, error: { code: 'outside-folder', path: 'away.cjm' } });
    const choices = { format: 'csv', page: 'poster', paper: 'a4', orientation: 'landscape', scale: 2, background: 'white', handout: false, includeHidden: false, language: 'en' };
    symlinkSync(join(outside, 'secret.txt'), join(f.work, 'export.csv'));
    const started = await server.call<HostResult<{ job: string }>>('startExport', { request: { bytes: map('Export'), choices, folder, name: 'export.csv', replace: true } });
    expect(started).toEqual({ ok: false, error: { code: 'outside-folder', path: 'export.csv' } });
    expect(snapshot()).toEqual({ ...before, [join(f.work, 'export.csv')]: readFileSync(join(outside, 'secret.txt')).toString('base64') });
  });

  it('a link that stays in the folder may be replaced: the file it names is what changes', async () => {
    writeFileSync(join(f.work, 'target.cjm'), sample);
    symlinkSync(join(f.work, 'target.cjm'), join(f.work, 'alias.cjm'));
    const folder = (await listed('maps')).folder;
    expect(await server.call<HostResult<OpenedFile>>('saveAs', { folder, name: 'alias.cjm', bytes: map('Via alias'), replace: true })).toMatchObject({ ok: true });
    expect(readFileSync(join(f.work, 'target.cjm')).equals(map('Via alias'))).toBe(true);
  });

  it('save as refuses bytes that are not a map before writing anything', async () => {
    const folder = (await listed('maps')).folder;
    expect(await server.call('saveAs', { folder, name: 'new', bytes: utf8('not a map'), replace: false })).toEqual({ ok: false, error: { code: 'not-a-map', path: 'new.cjm' } });
    expect(readdirSync(f.work)).not.toContain('new.cjm');
  });

  it('an export job that replaces a plain file in the folder still works', async () => {
    writeFileSync(join(f.work, 'plain.csv'), 'old\n');
    const folder = (await listed('maps')).folder;
    const choices = { format: 'csv', page: 'poster', paper: 'a4', orientation: 'landscape', scale: 2, background: 'white', handout: false, includeHidden: false, language: 'en' };
    const started = await server.call<HostResult<{ job: string }>>('startExport', { request: { bytes: map('Export'), choices, folder, name: 'plain.csv', replace: true } });
    if (!started.ok) throw new Error('not started');
    let status: ExportStatus;
    do status = await server.call<ExportStatus>('exportStatus', { job: started.value.job });
    while (status.state === 'running');
    expect(status.state).toBe('done');
    expect(readFileSync(join(f.work, 'plain.csv'), 'utf8')).toContain('Id');
  });
});

// The version and compare methods over the real browser-mode server: a
// version is written beside the open map with its id and never over a file;
// the listing gives handles that open and read; a sample has no folder for
// versions; bad requests are refused with what is wrong; a map read to
// compare is neither locked nor remembered.
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HostResult, MapToCompare, MapVersion, OpenedFile, RecentFile } from '../../../../shared/host/host';
import { readCjm } from '../../../../shared/format/reader';
import { writeCjm } from '../../../../shared/format/writer';
import { folders, SAMPLES, serve, temporaries, type Folders, type TestServer, utf8 } from './support/server';

let f: Folders;
let server: TestServer;
let mapPath: string;
let file: OpenedFile;
/** The work folder's maps (its lock file aside). */
const mapsInWork = () => readdirSync(f.work).filter((name) => !name.startsWith('.')).sort();

function value<T>(result: HostResult<T> | null): T {
  if (result === null || !result.ok) throw new Error(`refused: ${JSON.stringify(result)}`);
  return result.value;
}

beforeEach(async () => {
  f = folders();
  mapPath = join(f.work, 'Onboarding.cjm');
  copyFileSync(join(SAMPLES, 'b2b-software-purchase.en.cjm'), mapPath);
  server = await serve(f, { file: mapPath });
  file = value(await server.call<HostResult<OpenedFile>>('startupFile'));
});
afterEach(async () => {
  await server.close();
  expect(temporaries(f.base)).toEqual([]);
  f.remove();
});

/** The open map with one note fewer, as the board would send it. */
function editedText(): string {
  const read = readCjm(Buffer.from(file.bytes));
  if (!read.ok) throw new Error('sample does not read');
  return writeCjm({ ...read.map, notes: read.map.notes.slice(1), updatedAt: '2027-03-14T10:00:00Z' });
}

describe('saveVersion', () => {
  it('writes the map beside the open one with the same id, and a second one under its own name', async () => {
    const before = readFileSync(mapPath);
    const first = value(await server.call<HostResult<MapVersion>>('saveVersion', { handle: file.handle, label: 'before Q1 review', bytes: utf8(editedText()) }));
    expect(first.name).toMatch(/^Onboarding — \d{4}-\d{2}-\d{2} before Q1 review\.cjm$/);
    expect(first).toMatchObject({ notes: 103, title: expect.stringMatching(/^Buying spend-management/) });
    // Saved now, whenever the map itself last changed.
    expect(first.savedAt).toBe(statSync(join(f.work, first.name)).mtime.toISOString());
    const onDisk = readCjm(readFileSync(join(f.work, first.name)));
    expect(onDisk.ok && onDisk.map.id).toBe('Vq3mT8xKp2LrW6nYc9Zd');
    const second = value(await server.call<HostResult<MapVersion>>('saveVersion', { handle: file.handle, label: 'before Q1 review', bytes: utf8(editedText()) }));
    expect(second.name).toBe(first.name.replace('.cjm', ' (2).cjm'));
    expect(mapsInWork()).toEqual([first.name, second.name, 'Onboarding.cjm'].sort());
    // The open map's file, and what the page last loaded, are as they were: a save still goes through.
    expect(readFileSync(mapPath).equals(before)).toBe(true);
    expect(await server.call('fileStatus', { handle: file.handle })).toEqual({ state: 'same' });
  });

  it('refuses a sample (it has no folder of the user\'s) with the read-only error', async () => {
    const samples = await server.call<{ id: string }[]>('listSamples');
    const sample = value(await server.call<HostResult<OpenedFile>>('openSample', { id: samples[0]!.id }));
    const refused = await server.call<HostResult<MapVersion>>('saveVersion', { handle: sample.handle, label: '', bytes: utf8(editedText()) });
    expect(refused).toMatchObject({ ok: false, error: { code: 'read-only' } });
  });

  it('refuses a label too long for a file name, and text that is not a map, saying so', async () => {
    const long = await server.api('saveVersion', { handle: file.handle, label: 'x'.repeat(81), bytes: utf8(editedText()) });
    expect(long.status).toBe(400);
    expect(long.json<{ error: { code: string; message: string } }>().error).toEqual({ code: 'bad-name', message: 'The version name is 81 characters long; at most 80 fit in a file name. Shorten it.' });
    const notAMap = await server.call('saveVersion', { handle: file.handle, label: 'x', bytes: utf8('{"format": "cjm"}') });
    expect(notAMap).toMatchObject({ ok: false, error: { code: 'not-a-map', path: 'Onboarding.cjm' } });
    expect(mapsInWork()).toEqual(['Onboarding.cjm']);
  });
});

describe('listVersions', () => {
  it('lists this map\'s versions newest first, with handles that open and read them', async () => {
    const older = value(await server.call<HostResult<MapVersion>>('saveVersion', { handle: file.handle, label: 'kick-off', bytes: utf8(editedText()) }));
    const read = readCjm(Buffer.from(file.bytes));
    if (!read.ok) throw new Error('sample does not read');
    const newer = value(await server.call<HostResult<MapVersion>>('saveVersion', { handle: file.handle, label: 'after', bytes: utf8(writeCjm({ ...read.map, updatedAt: '2027-04-01T09:00:00Z' })) }));
    copyFileSync(join(SAMPLES, 'hotel-check-in.id.cjm'), join(f.work, 'Hotel.cjm'));
    writeFileSync(join(f.work, 'broken.cjm'), '{');
    writeFileSync(join(f.work, 'notes.txt'), writeCjm(read.map));

    utimesSync(join(f.work, older.name), new Date('2027-03-14T10:30:00Z'), new Date('2027-03-14T10:30:00Z'));
    utimesSync(join(f.work, newer.name), new Date('2027-03-15T08:00:00Z'), new Date('2027-03-15T08:00:00Z'));

    const listed = value(await server.call<HostResult<MapVersion[]>>('listVersions', { handle: file.handle, mapId: read.map.id }));
    expect(listed.map((v) => [v.name, v.savedAt, v.notes])).toEqual([
      [newer.name, '2027-03-15T08:00:00.000Z', 104],
      [older.name, '2027-03-14T10:30:00.000Z', 103],
    ]);

    const compared = value(await server.call<HostResult<MapToCompare>>('readMap', { handle: listed[1]!.handle }));
    expect(compared).toMatchObject({ name: older.name, folder: f.work, modifiedAt: '2027-03-14T10:30:00.000Z' });
    expect(Buffer.from(compared.bytes).equals(readFileSync(join(f.work, older.name)))).toBe(true);
    const opened = value(await server.call<HostResult<OpenedFile>>('openFile', { handle: listed[0]!.handle }));
    expect(opened.name).toBe(newer.name);
  });

  it('says "can\'t reach the folder" when the map\'s folder has gone', async () => {
    // The folder of the open map vanishes (a share unplugged).
    rmSync(f.work, { recursive: true, force: true });
    const listed = await server.call<HostResult<MapVersion[]>>('listVersions', { handle: file.handle, mapId: 'Vq3mT8xKp2LrW6nYc9Zd' });
    expect(listed).toEqual({ ok: false, error: { code: 'folder-unreachable', path: f.work, errno: 'ENOENT' } });
  });

  it('refuses a map id that is not one', async () => {
    const refused = await server.api('listVersions', { handle: file.handle, mapId: '../etc' });
    expect(refused.status).toBe(400);
    expect(refused.json<{ error: { message: string } }>().error.message).toBe('"mapId" must be a map id: 1–64 letters, digits, "-" or "_".');
  });
});

describe('readMap', () => {
  it('reads a map to compare without locking it or adding it to the recent maps', async () => {
    const hotel = join(f.work, 'Hotel.cjm');
    copyFileSync(join(SAMPLES, 'hotel-check-in.id.cjm'), hotel);
    const listing = value(await server.call<HostResult<{ entries: { name: string; handle: string }[] }>>('listFolder', { folder: null, show: 'maps' }));
    const handle = listing.entries.find((e) => e.name === 'Hotel.cjm')!.handle;
    const read = value(await server.call<HostResult<MapToCompare>>('readMap', { handle }));
    expect(Buffer.from(read.bytes).equals(readFileSync(hotel))).toBe(true);
    expect(existsSync(join(f.work, '.~lock.Hotel.cjm#'))).toBe(false);
    expect((await server.call<RecentFile[]>('recentFiles')).map((r) => r.name)).not.toContain('Hotel.cjm');
  });

  it('refuses what is not a map, and says which file is gone', async () => {
    writeFileSync(join(f.work, 'notes.txt'), 'x');
    const listing = value(await server.call<HostResult<{ entries: { name: string; handle: string }[] }>>('listFolder', { folder: null, show: 'sheets' }));
    const refused = await server.api('readMap', { handle: listing.entries.find((e) => e.name === 'notes.txt')!.handle });
    expect(refused.status).toBe(400);
    const version = value(await server.call<HostResult<MapVersion>>('saveVersion', { handle: file.handle, label: 'gone', bytes: utf8(editedText()) }));
    rmSync(join(f.work, version.name));
    expect(await server.call('readMap', { handle: version.handle })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

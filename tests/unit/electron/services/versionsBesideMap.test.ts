// Versions kept beside a map on the share, on real files in a temporary
// folder: saving writes a dated copy with the same map id and never replaces
// a file (a second one the same day gets its own name); a full drive or a
// read-only folder leaves nothing behind; the listing finds exactly this
// map's versions, newest first, and passes over everything else in the
// folder without reading more of other maps than their first bytes.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCjm } from '../../../../shared/format/reader';
import { writeCjm } from '../../../../shared/format/writer';
import type { JourneyMap } from '../../../../shared/format/types';
import { LIMITS } from '../../../../shared/format/schema';
import { localDate } from '../../../../shared/versions/versionFileName';
import { listVersionsBeside, nodeVersionFolderFileSystem, saveVersionBeside, type VersionFolderFileSystem } from '../../../../electron/services/versions';
import { errno, recordingFileSystem } from '../../../support/injectedFileSystem';

const SAMPLES = join(import.meta.dirname, '../../../../shared/samples');
/** Local noon: the same calendar day wherever the suite runs. */
const NOW = new Date(2027, 2, 14, 12);
const DAY = localDate(NOW);

let dir: string;
let mapPath: string;
let map: JourneyMap;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'jejak-versions-'));
  mapPath = join(dir, 'Onboarding.cjm');
  copyFileSync(join(SAMPLES, 'b2b-software-purchase.en.cjm'), mapPath);
  const read = readCjm(readFileSync(mapPath));
  if (!read.ok) throw new Error('sample does not read');
  map = read.map;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const textOf = (m: JourneyMap) => Buffer.from(writeCjm(m), 'utf8');
const files = () => readdirSync(dir).sort();

describe('saveVersionBeside', () => {
  it('writes "<map> — <date> <label>.cjm" in the map\'s folder, the same map id, the map file untouched', async () => {
    const original = readFileSync(mapPath);
    const edited = { ...map, updatedAt: '2027-03-14T11:00:00Z', notes: map.notes.slice(1) };
    const saved = await saveVersionBeside(mapPath, 'before Q1 review', textOf(edited), NOW);
    expect(saved).toEqual({ ok: true, path: join(dir, `Onboarding — ${DAY} before Q1 review.cjm`) });
    const read = readCjm(readFileSync(join(dir, `Onboarding — ${DAY} before Q1 review.cjm`)));
    expect(read.ok && read.map.id).toBe(map.id);
    expect(read.ok && read.map.notes.length).toBe(103);
    expect(readFileSync(mapPath).equals(original)).toBe(true);
    expect(files()).toEqual([`Onboarding — ${DAY} before Q1 review.cjm`, 'Onboarding.cjm']);
  });

  it('never replaces a file: a second version the same day with the same name gets " (2)", then " (3)"', async () => {
    const first = textOf({ ...map, title: 'First' });
    await saveVersionBeside(mapPath, 'workshop', first, NOW);
    const second = await saveVersionBeside(mapPath, 'workshop', textOf({ ...map, title: 'Second' }), NOW);
    const third = await saveVersionBeside(mapPath, 'workshop', textOf({ ...map, title: 'Third' }), NOW);
    expect(second).toEqual({ ok: true, path: join(dir, `Onboarding — ${DAY} workshop (2).cjm`) });
    expect(third).toEqual({ ok: true, path: join(dir, `Onboarding — ${DAY} workshop (3).cjm`) });
    expect(readFileSync(join(dir, `Onboarding — ${DAY} workshop.cjm`)).equals(first)).toBe(true);
    // Without a label the date alone names it.
    const bare = await saveVersionBeside(mapPath, '', first, NOW);
    expect(bare.ok && basename(bare.path)).toBe(`Onboarding — ${DAY}.cjm`);
  });

  it('on a full drive: the drive-full error, no version and no temporary file left', async () => {
    const fs = recordingFileSystem({ writeNewFile: async (path) => Promise.reject(errno('ENOSPC', 'write', path)) });
    const saved = await saveVersionBeside(mapPath, 'x', textOf(map), NOW, fs);
    expect(saved).toEqual({ ok: false, error: { code: 'no-space', path: join(dir, `Onboarding — ${DAY} x.cjm`), errno: 'ENOSPC' } });
    expect(files()).toEqual(['Onboarding.cjm']);
  });

  it('in a read-only folder: the read-only error, nothing written', async () => {
    const fs = recordingFileSystem({ writeNewFile: async (path) => Promise.reject(errno('EROFS', 'open', path)) });
    const saved = await saveVersionBeside(mapPath, 'x', textOf(map), NOW, fs);
    expect(saved.ok === false && saved.error.code).toBe('read-only');
    expect(files()).toEqual(['Onboarding.cjm']);
  });

  it('in a folder that has gone (a dropped share): can\'t reach the folder', async () => {
    const gone = join(dir, 'share', 'Onboarding.cjm');
    const saved = await saveVersionBeside(gone, 'x', textOf(map), NOW);
    expect(saved.ok === false && saved.error.code).toBe('folder-unreachable');
  });
});

/** The folder's file system with every read recorded (by file name). */
function recordingReads(): VersionFolderFileSystem & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    readdir: nodeVersionFolderFileSystem.readdir,
    stat: nodeVersionFolderFileSystem.stat,
    readFile: async (path, maxBytes) => {
      reads.push(`all ${basename(path)}`);
      return nodeVersionFolderFileSystem.readFile(path, maxBytes);
    },
    readStart: async (path, length) => {
      reads.push(`start ${basename(path)}`);
      return nodeVersionFolderFileSystem.readStart(path, length);
    },
  };
}

describe('listVersionsBeside', () => {
  beforeEach(() => {
    // Each file is dated when it was written (its modification time), which need not be the map's updatedAt:
    // a version kept today of a map last changed last week was saved today.
    const written = (name: string, savedAt: string) => utimesSync(join(dir, name), new Date(savedAt), new Date(savedAt));
    const version = (name: string, updatedAt: string, notes: number, savedAt: string) => {
      writeFileSync(join(dir, name), textOf({ ...map, updatedAt, notes: map.notes.slice(0, notes) }));
      written(name, savedAt);
    };
    version('Onboarding — 2027-01-10 kick-off.cjm', '2027-01-10T09:00:00Z', 10, '2027-01-10T09:05:00Z');
    version('Onboarding — 2027-02-20 before Q1 review.cjm', '2027-02-12T16:30:00Z', 50, '2027-02-20T16:30:00Z');
    version('renamed by hand.CJM', '2027-02-01T08:00:00Z', 20, '2027-02-01T08:00:00Z');
    // A version someone edited by hand: keys out of the canonical order, still this map.
    const { id, format, version: v, title, ...rest } = { ...map, updatedAt: '2027-01-20T10:00:00Z', notes: map.notes.slice(0, 5) };
    writeFileSync(join(dir, 'hand-edited.cjm'), JSON.stringify({ title, format, version: v, id, ...rest }, null, 1));
    written('hand-edited.cjm', '2027-01-21T11:00:00Z');
    // Not versions of this map:
    copyFileSync(join(SAMPLES, 'hotel-check-in.id.cjm'), join(dir, 'Hotel.cjm'));
    writeFileSync(join(dir, 'broken.cjm'), '{"format": "cjm", "version": 1, "id": "' + map.id + '", "title": ');
    writeFileSync(join(dir, 'garbage.cjm'), 'PK\u0003\u0004 not a map at all');
    writeFileSync(join(dir, 'empty.cjm'), '');
    writeFileSync(join(dir, 'Onboarding copy.json'), writeCjm(map));
    writeFileSync(join(dir, '.hidden.cjm'), writeCjm(map));
    writeFileSync(join(dir, '.~lock.Onboarding.cjm#'), '{"app":"jejak"}');
    writeFileSync(join(dir, `Onboarding.cjm.tmp-0a1b2c3d`), writeCjm(map));
    mkdirSync(join(dir, 'folder.cjm'));
    // Larger than any map may be (sparse, so the test writes nothing): skipped before it is read.
    writeFileSync(join(dir, 'huge.cjm'), '');
    truncateSync(join(dir, 'huge.cjm'), LIMITS.maxFileBytes + 1);
  });

  it('finds exactly the versions of this map, newest first, with title, when each was saved and note count', async () => {
    const listed = await listVersionsBeside(mapPath, map.id);
    if (!listed.ok) throw new Error(JSON.stringify(listed.error));
    expect(listed.versions.map((v) => [basename(v.path), v.savedAt, v.notes])).toEqual([
      ['Onboarding — 2027-02-20 before Q1 review.cjm', '2027-02-20T16:30:00.000Z', 50],
      ['renamed by hand.CJM', '2027-02-01T08:00:00.000Z', 20],
      ['hand-edited.cjm', '2027-01-21T11:00:00.000Z', 5],
      ['Onboarding — 2027-01-10 kick-off.cjm', '2027-01-10T09:05:00.000Z', 10],
    ]);
    expect(listed.versions.every((v) => v.title === map.title)).toBe(true);
  });

  it('reads only the start of another map, and nothing of a file too large to be a map', async () => {
    const fs = recordingReads();
    const listed = await listVersionsBeside(mapPath, map.id, fs);
    expect(listed.ok).toBe(true);
    expect(fs.reads).toContain('start Hotel.cjm');
    expect(fs.reads).not.toContain('all Hotel.cjm');
    expect(fs.reads).not.toContain('all garbage.cjm');
    expect(fs.reads.filter((r) => r.endsWith(' huge.cjm'))).toEqual([]);
    expect(fs.reads.filter((r) => r.endsWith(' Onboarding.cjm'))).toEqual([]); // the open map itself
    expect(fs.reads).toContain('all hand-edited.cjm');
  });

  it('passes over a file that cannot be read', async () => {
    const fs = recordingReads();
    const failing: VersionFolderFileSystem = { ...fs, readFile: async (path, maxBytes) => (basename(path).includes('kick-off') ? Promise.reject(errno('EACCES', 'open', path)) : fs.readFile(path, maxBytes)) };
    const listed = await listVersionsBeside(mapPath, map.id, failing);
    expect(listed.ok && listed.versions.map((v) => basename(v.path))).not.toContain('Onboarding — 2027-01-10 kick-off.cjm');
    expect(listed.ok && listed.versions).toHaveLength(3);
  });

  it('lists another map\'s versions for that map\'s id', async () => {
    const listed = await listVersionsBeside(mapPath, 'h0TL-4kRq8WmZ2vXn7Bc');
    expect(listed.ok && listed.versions.map((v) => basename(v.path))).toEqual(['Hotel.cjm']);
  });

  it('says "can\'t reach the folder" when the folder is gone, never that the file is', async () => {
    const listed = await listVersionsBeside(join(dir, 'unplugged', 'Onboarding.cjm'), map.id);
    expect(listed).toEqual({ ok: false, error: { code: 'folder-unreachable', path: join(dir, 'unplugged'), errno: 'ENOENT' } });
    const dropped: VersionFolderFileSystem = { ...nodeVersionFolderFileSystem, readdir: async (path) => Promise.reject(errno('EHOSTDOWN', 'scandir', path)) };
    const offline = await listVersionsBeside(mapPath, map.id, dropped);
    expect(offline.ok === false && offline.error.code).toBe('folder-unreachable');
    expect(existsSync(mapPath)).toBe(true);
  });
});

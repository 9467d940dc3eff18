// Opening a map removes the temporaries a killed save left beside it: only
// ours (NAME.cjm.tmp-XXXXXXXX, as saveFileSafely names them), only old ones
// (another laptop may be saving right now), never anything else.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeFileSystem } from '../../../../electron/services/fileSystem';
import { temporaryPathFor } from '../../../../electron/services/safeSave';
import { cleanStaleTemporaries, isTemporaryOf } from '../../../../electron/services/staleTemporaries';

let dir: string;
let map: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'jejak-stale-'));
  map = join(dir, 'map.cjm');
  writeFileSync(map, '{}');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A file last written `ageMs` ago. */
function file(name: string, ageMs: number): void {
  writeFileSync(join(dir, name), name);
  const at = (Date.now() - ageMs) / 1000;
  utimesSync(join(dir, name), at, at);
}

describe('cleanStaleTemporaries', () => {
  it('knows the names saveFileSafely gives its temporaries, and no others', () => {
    expect(isTemporaryOf('map.cjm', basename(temporaryPathFor(map)))).toBe(true);
    for (const name of ['map.cjm', 'map.cjm.tmp-', 'map.cjm.tmp-0123abc', 'map.cjm.tmp-0123abcde', 'map.cjm.tmp-XYZ01234', 'other.cjm.tmp-0123abcd', 'map.cjm.bak']) {
      expect(isTemporaryOf('map.cjm', name)).toBe(false);
    }
  });

  it('removes our old temporaries of this map, and nothing else', async () => {
    file('map.cjm.tmp-0123abcd', 5 * 60_000);
    file('map.cjm.tmp-deadbeef', 2 * 60_000);
    file('map.cjm.tmp-notours1', 5 * 60_000);
    file('other.cjm.tmp-0123abcd', 5 * 60_000);
    file('map.cjm.bak', 5 * 60_000);
    file('.~lock.map.cjm#', 5 * 60_000);
    mkdirSync(join(dir, 'map.cjm.tmp-00000000'));
    const removed = await cleanStaleTemporaries(map);
    expect(removed.map((p) => basename(p)).sort()).toEqual(['map.cjm.tmp-0123abcd', 'map.cjm.tmp-deadbeef']);
    expect(readdirSync(dir).sort()).toEqual(['.~lock.map.cjm#', 'map.cjm', 'map.cjm.bak', 'map.cjm.tmp-00000000', 'map.cjm.tmp-notours1', 'other.cjm.tmp-0123abcd']);
  });

  it('leaves a fresh temporary: it may be another laptop saving the same map right now', async () => {
    file('map.cjm.tmp-0123abcd', 2_000);
    expect(await cleanStaleTemporaries(map)).toEqual([]);
    expect(await cleanStaleTemporaries(map, { now: () => Date.now() + 120_000 })).toEqual([join(dir, 'map.cjm.tmp-0123abcd')]);
  });

  it('leaves a temporary whose age the file system will not tell', async () => {
    file('map.cjm.tmp-0123abcd', 5 * 60_000);
    const fs = { ...nodeFileSystem, stat: async (path: string) => ({ ...(await nodeFileSystem.stat(path)), mtimeMs: undefined }) };
    expect(await cleanStaleTemporaries(map, { fs })).toEqual([]);
  });

  it('a folder out of reach is left for a later open, without an error', async () => {
    expect(await cleanStaleTemporaries(join(dir, 'gone', 'map.cjm'))).toEqual([]);
  });
});

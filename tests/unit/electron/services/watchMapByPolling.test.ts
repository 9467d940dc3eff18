// watchMap finds another laptop's save by reading the file every few seconds
// and comparing content hashes: a touch that changes no byte is no change, a
// share that drops is "unreachable" (never "deleted") until it is back, and
// a file gone from a folder that answers is "missing".
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FileError } from '../../../../shared/i18n/files';
import { nodeFileSystem, type FileSystem } from '../../../../electron/services/fileSystem';
import { watchMap, type MapWatch, type WatchOptions } from '../../../../electron/services/watch';

let dir: string;
let share: string;
let map: string;
let watch: MapWatch | undefined;
const ORIGINAL = Buffer.from('{"title":"Checkout"}\n');
const THEIRS = Buffer.from('{"title":"Checkout, edited on another laptop"}\n');

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'jejak-watch-'));
  share = join(dir, 'share');
  mkdirSync(share);
  map = join(share, 'checkout.cjm');
  writeFileSync(map, ORIGINAL);
});
afterEach(() => {
  watch?.stop();
  watch = undefined;
  rmSync(dir, { recursive: true, force: true });
});

/** Watches the map every 20 ms, recording what it reports. */
function watching(options: Partial<WatchOptions> = {}) {
  const events: string[] = [];
  const changes: Buffer[] = [];
  const errors: FileError[] = [];
  watch = watchMap(map, {
    intervalMs: 20,
    knownBytes: ORIGINAL,
    onChange: (bytes) => (events.push('changed'), changes.push(Buffer.from(bytes))),
    onUnreachable: (error) => (events.push('unreachable'), errors.push(error)),
    onMissing: () => events.push('missing'),
    onBack: () => events.push('back'),
    ...options,
  });
  return { events, changes, errors, watch };
}

/** Long enough for several polls at 20 ms. */
const polls = () => new Promise((resolve) => setTimeout(resolve, 150));

/** Another process saves the map, as another laptop would: a temporary renamed over it. */
function saveFromAnotherProcess(bytes: Buffer): void {
  const script = `const fs = require('fs'); fs.writeFileSync(process.argv[1] + '.tmp-0000beef', process.argv[2]); fs.renameSync(process.argv[1] + '.tmp-0000beef', process.argv[1]);`;
  execFileSync(process.execPath, ['-e', script, map, bytes.toString()]);
}

describe('watchMap', () => {
  it("reports another process's save, with the new bytes, by polling", async () => {
    const { events, changes } = watching();
    await polls();
    expect(events).toEqual([]);
    saveFromAnotherProcess(THEIRS);
    await vi.waitFor(() => expect(events).toEqual(['changed']));
    expect(changes[0]).toEqual(THEIRS);
    await polls();
    expect(events).toEqual(['changed']); // once, not at every poll
  });

  it('ignores a touch that changes the time but not the bytes, and the same bytes written again', async () => {
    const { events, watch } = watching();
    utimesSync(map, new Date('2030-01-01T00:00:00Z'), new Date('2030-01-01T00:00:00Z'));
    await polls();
    writeFileSync(map, ORIGINAL);
    saveFromAnotherProcess(ORIGINAL);
    await polls();
    await watch.check();
    expect(events).toEqual([]);
  });

  it('does not report our own save once acknowledged', async () => {
    const { events, watch } = watching();
    const ours = Buffer.from('{"title":"Checkout, saved here"}\n');
    writeFileSync(map, ours);
    watch.acknowledge(ours);
    await polls();
    expect(events).toEqual([]);
  });

  it('a read begun before our save is acknowledged does not report our save as theirs', async () => {
    let release!: () => void;
    let read = false;
    const held = new Promise<void>((resolve) => (release = resolve));
    const slowShare: FileSystem = {
      ...nodeFileSystem,
      readFile: async (path) => {
        const bytes = await nodeFileSystem.readFile(path);
        read = true;
        await held;
        return bytes;
      },
    };
    const { events, watch } = watching({ fs: slowShare, intervalMs: 60_000 });
    writeFileSync(map, THEIRS); // read by the check below, which the share holds...
    const reading = watch.check();
    await vi.waitFor(() => expect(read).toBe(true));
    const ours = Buffer.from('{"title":"ours, saved meanwhile"}\n');
    writeFileSync(map, ours);
    watch.acknowledge(ours); // ...while our save lands
    release();
    await reading;
    expect(events).toEqual([]);
    await watch.check();
    expect(events).toEqual([]);
  });

  it('a share whose folder disappears is unreachable, never deleted, and is reported back', async () => {
    const { events, errors } = watching();
    renameSync(share, join(dir, 'share-away')); // the share drops: its folder is gone
    await vi.waitFor(() => expect(events).toEqual(['unreachable']));
    expect(errors[0]).toMatchObject({ code: 'folder-unreachable', path: map });
    await polls();
    expect(events).toEqual(['unreachable']);
    renameSync(join(dir, 'share-away'), share);
    await vi.waitFor(() => expect(events).toEqual(['unreachable', 'back']));
  });

  it.each(['ETIMEDOUT', 'EIO', 'EHOSTDOWN'])('a read failing with %s is unreachable, then back, with a change made meanwhile reported', async (errno) => {
    let down = false;
    const share: FileSystem = {
      ...nodeFileSystem,
      readFile: async (path) => (down ? Promise.reject(Object.assign(new Error(errno), { code: errno })) : nodeFileSystem.readFile(path)),
    };
    const { events, errors, changes } = watching({ fs: share });
    down = true;
    await vi.waitFor(() => expect(events).toEqual(['unreachable']));
    expect(errors[0]).toMatchObject({ code: 'folder-unreachable', errno });
    writeFileSync(map, THEIRS);
    down = false;
    await vi.waitFor(() => expect(events).toEqual(['unreachable', 'back', 'changed']));
    expect(changes[0]).toEqual(THEIRS);
  });

  it('a file gone from a folder that answers is missing (the work is kept), and back when it returns', async () => {
    const { events } = watching();
    rmSync(map);
    await vi.waitFor(() => expect(events).toEqual(['missing']));
    await polls();
    expect(events).toEqual(['missing']);
    writeFileSync(map, ORIGINAL);
    await vi.waitFor(() => expect(events).toEqual(['missing', 'back']));
    await polls();
    expect(events).toEqual(['missing', 'back']);
  });

  it('without the opened bytes, takes the first read as known', async () => {
    const { events } = watching({ knownBytes: undefined });
    await polls();
    expect(events).toEqual([]);
    saveFromAnotherProcess(THEIRS);
    await vi.waitFor(() => expect(events).toEqual(['changed']));
  });

  it('reads nothing more once stopped', async () => {
    let reads = 0;
    const counting: FileSystem = { ...nodeFileSystem, readFile: (path) => (reads++, nodeFileSystem.readFile(path)) };
    const { watch } = watching({ fs: counting });
    await polls();
    watch.stop();
    const before = reads;
    expect(before).toBeGreaterThan(1);
    await polls();
    expect(reads).toBe(before);
  });
});

// The recovery journal keeps every open map's text in the app's data folder
// within two seconds of each change; a process killed mid-workshop leaves an
// entry that the next start offers back; a clean save or close clears it.
// It never writes the user's file.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { nodeFileSystem, type FileSystem } from '../../../../electron/services/fileSystem';
import { RecoveryJournal } from '../../../../electron/services/recovery';
import { bundleForNode } from '../../../support/bundleForNode';
import { FakeScheduler } from '../../../support/fakeScheduler';

let dir: string;
let dataDir: string;
let share: string;
let map: string;
let scheduler: FakeScheduler;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'jejak-recovery-'));
  dataDir = join(dir, 'data');
  share = join(dir, 'share');
  mkdirSync(share);
  map = join(share, 'checkout.cjm');
  writeFileSync(map, 'the saved map');
  scheduler = new FakeScheduler();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const journalText = (key: string) => readFileSync(join(dataDir, 'recovery', `${key}.cjm`), 'utf8');
const sidecar = (key: string) => JSON.parse(readFileSync(join(dataDir, 'recovery', `${key}.json`), 'utf8')) as Record<string, unknown>;
const entries = () => {
  try {
    return readdirSync(join(dataDir, 'recovery')).sort();
  } catch {
    return [];
  }
};

describe('RecoveryJournal.record', () => {
  it('journals a change within two seconds, the whole text and a small sidecar', async () => {
    const journal = new RecoveryJournal(dataDir, { scheduler });
    scheduler.settleWith(() => journal.idle());
    journal.record({ key: 'w1', path: map, title: 'Checkout', text: 'text 1' });
    await scheduler.advance(1999);
    expect(journalText('w1')).toBe('text 1');
    expect(sidecar('w1')).toMatchObject({ path: map, title: 'Checkout', savedAt: new Date(1000).toISOString(), pid: process.pid });
    expect(entries()).toEqual(['w1.cjm', 'w1.json']);
  });

  it('gathers quick changes into one write, the last text winning', async () => {
    const writes: string[] = [];
    const fs: FileSystem = { ...nodeFileSystem, writeNewFile: (path, data) => (writes.push(path), nodeFileSystem.writeNewFile(path, data)) };
    const journal = new RecoveryJournal(dataDir, { scheduler, fs });
    scheduler.settleWith(() => journal.idle());
    for (let i = 1; i <= 5; i++) {
      journal.record({ key: 'w1', path: map, title: 'Checkout', text: `text ${i}` });
      await scheduler.advance(100);
    }
    await scheduler.advance(1500);
    expect(journalText('w1')).toBe('text 5');
    expect(writes.filter((p) => p.includes('w1.cjm'))).toHaveLength(1);
  });

  it('while typing goes on without a pause, every change is still journaled within two seconds', async () => {
    const journal = new RecoveryJournal(dataDir, { scheduler });
    scheduler.settleWith(() => journal.idle());
    let latest = '';
    for (let i = 0; i < 100; i++) {
      latest = `text ${i}`;
      journal.record({ key: 'w1', path: map, title: 'Checkout', text: latest });
      await scheduler.advance(150);
      // A change is made every 150 ms: those made two seconds ago or more are on disk.
      const twoSecondsAgo = i + 1 - Math.ceil(2000 / 150);
      if (twoSecondsAgo >= 0) expect(Number(journalText('w1').split(' ')[1])).toBeGreaterThanOrEqual(twoSecondsAgo);
    }
    await scheduler.advance(2000);
    expect(journalText('w1')).toBe(latest);
  });

  it('writes the text only when it journals, when given a function', async () => {
    const journal = new RecoveryJournal(dataDir, { scheduler });
    scheduler.settleWith(() => journal.idle());
    let serialised = 0;
    for (let i = 0; i < 10; i++) journal.record({ key: 'w1', path: null, title: 'Untitled', text: () => `text ${++serialised}` });
    await scheduler.advance(2000);
    expect(serialised).toBe(1);
    expect(journalText('w1')).toBe('text 1');
    expect(sidecar('w1').path).toBeNull();
  });

  it('has at most one write in flight per map; changes made meanwhile follow it, the last text winning', async () => {
    let release!: () => void;
    let inFlight = 0;
    let most = 0;
    let writes = 0;
    const held = new Promise<void>((resolve) => (release = resolve));
    const fs: FileSystem = {
      ...nodeFileSystem,
      async writeNewFile(path, data) {
        if (!path.includes('w1.cjm')) return nodeFileSystem.writeNewFile(path, data);
        most = Math.max(most, ++inFlight);
        writes++;
        await held; // a slow disk
        await nodeFileSystem.writeNewFile(path, data);
        inFlight--;
      },
    };
    // Time moves on while the first write is held (no waiting for it to finish).
    const journal = new RecoveryJournal(dataDir, { scheduler, fs });
    journal.record({ key: 'w1', path: map, title: 'Checkout', text: 'first' });
    await scheduler.advance(1000);
    await vi.waitFor(() => expect(inFlight).toBe(1));
    for (const text of ['second', 'third', 'fourth']) {
      journal.record({ key: 'w1', path: map, title: 'Checkout', text });
      await scheduler.advance(1000);
    }
    expect(most).toBe(1);
    release();
    await journal.idle();
    await scheduler.advance(1000);
    await journal.idle();
    expect(most).toBe(1);
    expect(writes).toBe(2); // 'first', then 'fourth': the texts in between were overtaken
    expect(journalText('w1')).toBe('fourth');
  });

  it('never writes the user\'s file, nor anything beside it', async () => {
    const journal = new RecoveryJournal(dataDir, { scheduler });
    scheduler.settleWith(() => journal.idle());
    journal.record({ key: 'w1', path: map, title: 'Checkout', text: 'unsaved changes' });
    await scheduler.advance(2000);
    await journal.clear('w1');
    expect(readFileSync(map, 'utf8')).toBe('the saved map');
    expect(readdirSync(share)).toEqual(['checkout.cjm']);
  });

  it('a journal write that fails is reported, and the next change is journaled', async () => {
    let full = true;
    const errors: string[] = [];
    const fs: FileSystem = {
      ...nodeFileSystem,
      writeNewFile: async (path, data) => (full ? Promise.reject(Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' })) : nodeFileSystem.writeNewFile(path, data)),
    };
    const journal = new RecoveryJournal(dataDir, { scheduler, fs, onError: (error) => errors.push(error.code) });
    scheduler.settleWith(() => journal.idle());
    journal.record({ key: 'w1', path: map, title: 'Checkout', text: 'lost' });
    await scheduler.advance(2000);
    expect(errors).toEqual(['no-space']);
    full = false;
    journal.record({ key: 'w1', path: map, title: 'Checkout', text: 'kept' });
    await scheduler.advance(2000);
    expect(journalText('w1')).toBe('kept');
  });
});

describe('RecoveryJournal.clear', () => {
  it('removes the entry when the map is saved, and a change waiting to be journaled with it', async () => {
    const journal = new RecoveryJournal(dataDir, { scheduler });
    scheduler.settleWith(() => journal.idle());
    journal.record({ key: 'w1', path: map, title: 'Checkout', text: 'journaled' });
    await scheduler.advance(2000);
    journal.record({ key: 'w1', path: map, title: 'Checkout', text: 'saved before it was journaled' });
    await journal.clear('w1');
    await scheduler.advance(5000);
    expect(entries()).toEqual([]);
    expect(await new RecoveryJournal(dataDir, { isAlive: () => false, pid: -1 }).pending()).toEqual([]);
  });

  it('journals again the changes made after the save', async () => {
    const journal = new RecoveryJournal(dataDir, { scheduler });
    scheduler.settleWith(() => journal.idle());
    journal.record({ key: 'w1', path: map, title: 'Checkout', text: 'before the save' });
    await scheduler.advance(2000);
    await journal.clear('w1');
    journal.record({ key: 'w1', path: map, title: 'Checkout', text: 'after the save' });
    await scheduler.advance(2000);
    expect(journalText('w1')).toBe('after the save');
  });

  it('clearAll forgets every map this journal recorded (a desktop window closed after Save or Don\'t save), and no other journal\'s', async () => {
    const journal = new RecoveryJournal(dataDir, { scheduler });
    const otherWindow = new RecoveryJournal(dataDir, { scheduler });
    scheduler.settleWith(async () => {
      await journal.idle();
      await otherWindow.idle();
    });
    journal.record({ key: 'w1', path: map, title: 'Checkout', text: 'discarded' });
    journal.record({ key: 'w2', path: null, title: 'New map', text: 'discarded too' });
    otherWindow.record({ key: 'w3', path: null, title: 'Kept', text: 'still open elsewhere' });
    await scheduler.advance(2000);
    await journal.clearAll();
    await scheduler.advance(5000);
    expect(entries()).toEqual(['w3.cjm', 'w3.json']);
  });

  it('refuses a key that could name a file elsewhere', () => {
    const journal = new RecoveryJournal(dataDir, { scheduler });
    scheduler.settleWith(() => journal.idle());
    expect(() => journal.record({ key: '../escape', path: null, title: 'x', text: 'x' })).toThrow();
  });
});

describe('RecoveryJournal.pending, after a process is killed', () => {
  let child: string;
  const running: ChildProcess[] = [];

  beforeAll(async () => {
    child = await bundleForNode('tests/support/children/journalMap.ts', join(mkdtempSync(join(tmpdir(), 'jejak-journal-child-')), 'journalMap.mjs'));
  });
  afterAll(() => {
    for (const p of running) p.kill('SIGKILL');
  });

  /** Starts a Jejak-like process that journals a map and keeps running. */
  function journalInChild(key: string, path: string, title: string, text: string): Promise<ChildProcess> {
    return new Promise((resolve, reject) => {
      const p = spawn(process.execPath, [child, dataDir, key, path, title, text], { stdio: ['pipe', 'pipe', 'inherit'] });
      running.push(p);
      p.on('error', reject);
      p.on('exit', (code) => reject(new Error(`the journaling child exited (${code}) before it journaled`)));
      p.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('journaled') && resolve(p));
    });
  }

  const killed = (p: ChildProcess) => new Promise<void>((resolve) => (p.once('exit', () => resolve()), p.kill('SIGKILL')));

  it('offers the entry of a killed process with its title, path and time; a live one is not offered', async () => {
    const crashed = await journalInChild('crashed', map, 'Checkout journey', 'the work of the morning');
    const alive = await journalInChild('alive', '', 'Untitled map', 'still being edited');
    const journal = new RecoveryJournal(dataDir);
    expect(await journal.pending()).toEqual([]);

    await killed(crashed);
    const [entry, ...rest] = await journal.pending();
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ key: 'crashed', path: map, title: 'Checkout journey', pid: crashed.pid });
    expect(Date.now() - Date.parse(entry!.savedAt)).toBeLessThan(60_000);
    expect(await journal.restore('crashed')).toBe('the work of the morning');
    expect(readFileSync(map, 'utf8')).toBe('the saved map');

    // Recovered, then saved: the entry is cleared and not offered again.
    await journal.clear('crashed');
    expect(await journal.pending()).toEqual([]);

    await killed(alive);
    expect(await journal.pending()).toMatchObject([{ key: 'alive', path: null, title: 'Untitled map' }]);
  });
});

// The crash test: a real process saving a 50,000-note map is killed with
// SIGKILL at a random moment, over and over, with kills spread before,
// during and after the rename. After every kill the map on disk is byte for
// byte the old or the new version, never a torn mix, and the next open
// removes the temporary the killed save left behind (and nothing else).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCjm } from '../../../../shared/format/writer';
import { cleanStaleTemporaries, isTemporaryOf } from '../../../../electron/services/staleTemporaries';
import { bigMap, seededRandom } from '../../../support/bigMap';
import { bundleForNode } from '../../../support/bundleForNode';

const RUNS = 120;
const SEED = 20261120;

let dir: string;
let child: string;
let map: string;
const versions: Buffer[] = [];
const sources: string[] = [];
/** Beside the map all along: the cleanup must never touch them. */
const BYSTANDERS = ['notes.txt', 'map.cjm.bak', 'map.cjm.tmp-notours', 'other.cjm.tmp-0123abcd', '.~lock.map.cjm#'];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jejak-kill-mid-save-'));
  child = await bundleForNode('tests/support/children/saveMap.ts', join(dir, 'saveMap.mjs'));
  const old = bigMap({ notes: 50_000, seed: 7 });
  const edited = { ...old, title: 'Edited in the workshop', notes: old.notes.map((n, i) => (i % 7 === 0 ? { ...n, text: `${n.text} (revised)` } : n)) };
  for (const [i, version] of [old, edited].entries()) {
    versions.push(Buffer.from(writeCjm(version), 'utf8'));
    sources.push(join(dir, `source-${i}.cjm`));
    writeFileSync(sources[i]!, versions[i]!);
  }
  const share = join(dir, 'share');
  map = join(share, 'map.cjm');
  mkdirSync(share);
  writeFileSync(map, versions[0]!);
  for (const name of BYSTANDERS) writeFileSync(join(share, name), name);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Run = { killed: boolean; savedMs?: number };

/** Starts a child that saves `source` over the map, and kills it `killAfterMs` after it is ready (never, if undefined). */
function saveInChild(source: string, killAfterMs?: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const saver = spawn(process.execPath, [child, map, source], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    saver.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (killAfterMs !== undefined && timer === undefined && out.includes('ready\n')) {
        timer = setTimeout(() => saver.kill('SIGKILL'), killAfterMs);
      }
    });
    saver.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    saver.on('error', reject);
    saver.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') return resolve({ killed: true });
      if (code !== 0) return reject(new Error(`the saving child failed (${code}): ${err}`));
      const saved = /saved ([\d.]+)/.exec(out);
      resolve({ killed: false, ...(saved ? { savedMs: Number(saved[1]) } : {}) });
    });
  });
}

const share = () => join(dir, 'share');
const temporaries = () => readdirSync(share()).filter((name) => isTemporaryOf('map.cjm', name));

describe('a save killed at any moment', () => {
  it(`leaves the map whole, old or new, in ${RUNS} kills, and the next open removes the leftovers`, async () => {
    // How long one save takes here, so that the kills can be spread across it.
    const timings: number[] = [];
    for (let i = 0; i < 5; i++) {
      const run = await saveInChild(sources[(i + 1) % 2]!);
      timings.push(run.savedMs!);
    }
    writeFileSync(map, versions[0]!);
    const saveMs = timings.sort((a, b) => a - b)[2]!;
    const random = seededRandom(SEED);

    let current = 0;
    let torn = 0;
    // Where the kills landed, told by what they left: the old map and no temporary (before the
    // save began writing), the old map and a temporary (writing, reading back), the new map.
    const outcomes = { beforeWriting: 0, whileWriting: 0, afterRename: 0, finishedFirst: 0, temporariesRemoved: 0 };
    for (let run = 0; run < RUNS; run++) {
      const next = 1 - current;
      // From the first byte to a little past the end: before, during and after the rename.
      const killAfterMs = random() * saveMs * 1.4;
      const { killed } = await saveInChild(sources[next]!, killAfterMs);
      const onDisk = readFileSync(map);
      const left = temporaries().length;
      if (onDisk.equals(versions[next]!)) {
        outcomes[killed ? 'afterRename' : 'finishedFirst']++;
        current = next;
      } else if (onDisk.equals(versions[current]!)) {
        outcomes[left > 0 ? 'whileWriting' : 'beforeWriting']++;
      } else {
        torn++;
        writeFileSync(map, versions[current]!); // counted; go on from a whole map
      }
      // The next open, a while later: our stale temporaries go, nothing else does.
      const removed = await cleanStaleTemporaries(map, { now: () => Date.now() + 120_000 });
      outcomes.temporariesRemoved += removed.length;
      expect(removed.length).toBe(left);
      expect(temporaries()).toEqual([]);
    }

    console.log(
      `kill mid-save: ${RUNS} runs of a ${(versions[0]!.length / 1e6).toFixed(1)} MB map (save ≈ ${saveMs.toFixed(0)} ms), ` +
        `${torn} torn files; killed before writing ${outcomes.beforeWriting}, while writing ${outcomes.whileWriting}, ` +
        `after the rename ${outcomes.afterRename}, finished first ${outcomes.finishedFirst}; ` +
        `${outcomes.temporariesRemoved} leftover temporaries removed by the next open`,
    );
    expect(torn).toBe(0);
    // The kills really did land on both sides of the rename.
    expect(outcomes.whileWriting).toBeGreaterThan(0);
    expect(outcomes.afterRename + outcomes.finishedFirst).toBeGreaterThan(0);
    expect(outcomes.temporariesRemoved).toBe(outcomes.whileWriting);
    for (const name of BYSTANDERS) expect(readFileSync(join(share(), name), 'utf8')).toBe(name);
  }, 120_000);
});

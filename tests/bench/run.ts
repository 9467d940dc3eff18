// `npm run bench`: the map core's and the board's speed, each figure beside a baseline
// measured in the same run. Prints figures; asserts nothing. `npm run bench -- exports`
// runs the exports alone (they take minutes of their own).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCjm, writeCjm } from '../../shared/format';
import { History } from '../../shared/history/history';
import { immer } from '../../shared/ops/immer';
import { bigMap, seededRandom } from '../support/bigMap';
import { compare, printComparison, time } from './measure';
import { randomOperation } from './randomOperation';
import { runBoardBench } from './board/boardBench';
import { runExportBench } from './exportBench';
import { runHostileBench } from './hostileInputs';

const root = join(import.meta.dirname, '../..');
const jejak = join(root, 'bin/jejak.mjs');
const NOTES = 50_000;

function runNode(args: string[]): void {
  const result = spawnSync(process.execPath, args, { stdio: 'ignore' });
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} exited ${result.status}`);
}

if (process.argv.includes('hostile')) {
  console.log(`Jejak bench (hostile inputs only): Node ${process.version}`);
  await runHostileBench(root);
  process.exit(0);
}

if (process.argv.includes('exports')) {
  console.log(`Jejak bench (exports only): Node ${process.version}`);
  runExportBench(root);
  process.exit(0);
}

console.log(`Jejak bench: Node ${process.version}, ${NOTES.toLocaleString('en-GB')}-note map\n`);
const map = bigMap({ notes: NOTES, seed: 7 });
const text = writeCjm(map);
const bytes = Buffer.from(text, 'utf8');
console.log(`map size: ${(bytes.length / 1024 / 1024).toFixed(1)} MiB\n`);

const decoder = new TextDecoder();
printComparison(
  compare('read (readCjm vs JSON.parse)', () => readCjm(bytes), () => JSON.parse(decoder.decode(bytes))),
  'readCjm',
  'JSON.parse',
  3,
);
const parsed = readCjm(bytes);
if (!parsed.ok) throw new Error('bench map does not read');
printComparison(
  compare('write (writeCjm vs JSON.stringify)', () => writeCjm(parsed.map), () => JSON.stringify(parsed.map, null, 2)),
  'writeCjm',
  'stringify',
  3,
);

// jejak fmt on the map: a shuffled-indent copy each run, so there is work to do.
const dir = mkdtempSync(join(tmpdir(), 'jejak-bench-'));
try {
  const file = join(dir, 'big.cjm');
  const messy = JSON.stringify(JSON.parse(text), null, 4);
  // Each run formats a fresh non-canonical copy; its setup is not timed.
  writeFileSync(file, messy);
  const timeFmt = (fn: () => void) => {
    writeFileSync(file, messy);
    return time(fn);
  };
  printComparison(
    compare('jejak fmt (50,000 notes)', () => runNode([jejak, 'fmt', file]), () => runNode(['-e', '0']), 5, timeFmt),
    'fmt',
    'node -e 0',
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// 5,000 random operations through the history, then undo of them all.
{
  const random = seededRandom(11);
  const history = new History(parsed.map, { limit: 10_000 });
  const commands = Array.from({ length: 5000 }, (_, i) => randomOperation(random, i));
  let applied = 0;
  const applyTime = time(() => {
    for (const command of commands) if (command(history).ok) applied++;
  });
  let undone = 0;
  const undoTime = time(() => {
    while (history.undo()) undone++;
  });
  const sameBytes = writeCjm(history.current) === text;
  // Baseline: as many bare edits of one note's text with the same immer, no history.
  let doc = parsed.map;
  const baseline = time(() => {
    for (let i = 0; i < 5000; i++) {
      doc = immer.produce(doc, (d) => {
        d.notes[i % d.notes.length]!.text = `edit ${i}`;
      });
    }
  });
  console.log(
    `${'5,000 random operations + undo'.padEnd(34)} ops ${applyTime.toFixed(1).padStart(8)} ms (${applied} applied, ${(applyTime / 5000).toFixed(3)} ms each), undo ${undoTime.toFixed(1)} ms (${undone} steps); bare immer edits ${baseline.toFixed(1)} ms; ratio ${(applyTime / baseline).toFixed(2)}×; undo restores bytes: ${sameBytes ? 'yes' : 'NO'}`,
  );
}

printComparison(compare('jejak --help start-up', () => runNode([jejak, '--help']), () => runNode(['-e', '0']), 10), 'jejak', 'node -e 0');

// The board in Chromium (production build), and one edit's layout in Node.
await runBoardBench(root);

// Every export, each in its own process.
runExportBench(root);

// The hostile inputs of issue 12, with what each now costs.
await runHostileBench(root);

// Child process of the kill-mid-save test: saves the bytes of SOURCE over MAP
// with saveFileSafely. Says "ready" once loaded and the bytes read (the
// parent kills it at a random moment after that), then "saved <ms>".
import { readFileSync } from 'node:fs';
import { saveFileSafely } from '../../../electron/services/safeSave';

const [map, source] = process.argv.slice(2);
if (!map || !source) throw new Error('usage: saveMap MAP SOURCE');
const bytes = readFileSync(source);
process.stdout.write('ready\n');
const started = performance.now();
const result = await saveFileSafely(map, bytes);
if (!result.ok) throw new Error(`save failed: ${result.error.code}`);
process.stdout.write(`saved ${(performance.now() - started).toFixed(1)}\n`);

// One export in a fresh process, so that its peak memory is its own: reads
// the map, runs the export, writes its files, and prints one JSON line with
// the time and the process's peak resident memory. With format "layout" it
// only reads and lays the map out: the baseline every export shares.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readCjm } from '../../shared/format';
import { prepareExport } from '../../shared/export/sceneForExport';
import type { ExportOptions } from '../../shared/export/options';
import { runExport } from '../../electron/export/runExport';

const [mapFile, optionsJson, out] = process.argv.slice(2) as [string, string, string];
const start = performance.now();
const read = readCjm(readFileSync(mapFile));
if (!read.ok) throw new Error(`${mapFile} does not open`);
const options = { ...(JSON.parse(optionsJson) as Omit<ExportOptions, 'now'>), now: new Date() };
let bytes = 0;
if ((options.format as string) === 'layout') {
  prepareExport(read.map, options.includeHidden);
} else {
  const output = await runExport(read.map, options, out.split('/').pop()!);
  for (const file of output.files) {
    writeFileSync(join(dirname(out), file.name), file.bytes);
    bytes += file.bytes.length;
  }
}
const ms = performance.now() - start;
console.log(JSON.stringify({ ms, bytes, peakMiB: process.resourceUsage().maxRSS / 1024 }));

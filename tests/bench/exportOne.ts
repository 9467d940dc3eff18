// One export in a fresh process, so that its peak memory is its own: reads
// the map, runs the export, writes its files, and prints one JSON line with
// the time from the process's start (loading the libraries included), the
// process's peak resident memory and how busy the main thread was meanwhile
// (its event loop's utilisation and longest delay); then the same export
// once more in the same process (`againMs`: the libraries already loaded, as
// in an app that has exported before). `mode` is "thread" (the export in the
// main thread, as before issue 12) or "worker" (in a worker thread, as the
// app runs it). With format "layout" it only reads and lays the map out: the
// baseline every export shares.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { readCjm } from '../../shared/format';
import { prepareExport } from '../../shared/export/sceneForExport';
import type { ExportOptions } from '../../shared/export/options';
import { exportInWorker } from '../../electron/export/exportInWorker';
import { runExport } from '../../electron/export/runExport';

const [mapFile, optionsJson, out, mode = 'thread'] = process.argv.slice(2) as [string, string, string, ('thread' | 'worker')?];
const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
const read = readCjm(readFileSync(mapFile));
if (!read.ok) throw new Error(`${mapFile} does not open`);
const map = read.map;
const options = { ...(JSON.parse(optionsJson) as Omit<ExportOptions, 'now'>), now: new Date() };

/** Runs the export and writes its files; the bytes written. */
async function exportOnce(): Promise<number> {
  if ((options.format as string) === 'layout') {
    prepareExport(map, options.includeHidden);
    return 0;
  }
  let bytes = 0;
  const output = await (mode === 'worker' ? exportInWorker : runExport)(map, options, out.split('/').pop()!, {});
  for (const file of output.files) {
    writeFileSync(join(dirname(out), file.name), file.bytes);
    bytes += file.bytes.length;
  }
  return bytes;
}

async function main(): Promise<void> {
  // Once the event loop runs, its utilisation from here on is the export's (a loop not yet started counts nothing).
  await new Promise((resolve) => setImmediate(resolve));
  const loop = performance.eventLoopUtilization();
  const bytes = await exportOnce();
  // Since the process started: its modules and the export's libraries loaded, in whichever thread.
  const ms = performance.now();
  delay.disable();
  const busy = performance.eventLoopUtilization(loop).utilization;
  const peakMiB = process.resourceUsage().maxRSS / 1024;
  const again = performance.now();
  await exportOnce();
  console.log(JSON.stringify({ ms, againMs: performance.now() - again, bytes, peakMiB, busy, maxDelayMs: delay.max / 1e6 }));
}

void main();

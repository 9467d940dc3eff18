// One export in a fresh process, so that its peak memory is its own, timed
// "from the click": the process has started and read the map file's bytes,
// as an app has them when the person presses Export. It prints one JSON
// line: that time (the exporter's libraries loaded on the way, unless made
// ready before), the same export again in the same process (`againMs`), the
// process's peak resident memory, and how busy the main thread was during
// the first export (its event loop's utilisation and longest delay).
// `mode`: "thread" (read and exported in the main thread, as before issue
// 12); "worker" (in a worker thread, started by the click); "prepared" (in a
// worker thread made ready while the export dialog was open, as the app now
// runs it: Host.prepareExport). With format "layout" it only reads and lays
// the map out: the baseline every export shares.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { readCjm } from '../../shared/format';
import { prepareExport } from '../../shared/export/sceneForExport';
import type { ExportOptions } from '../../shared/export/options';
import { exportInWorker } from '../../electron/export/exportInWorker';
import { exportInThisThread } from '../../electron/export/runExport';

type Mode = 'thread' | 'worker' | 'prepared';
const [mapFile, optionsJson, out, mode = 'thread'] = process.argv.slice(2) as [string, string, string, Mode?];
const fileBytes = readFileSync(mapFile);
const options = { ...(JSON.parse(optionsJson) as Omit<ExportOptions, 'now'>), now: new Date() };
const name = out.split('/').pop()!;

/** Runs the export from a fresh copy of the map's bytes (a worker takes the copy it is given) and writes its files; the bytes written. */
async function exportOnce(): Promise<number> {
  const bytes = new Uint8Array(fileBytes);
  if ((options.format as string) === 'layout') {
    const read = readCjm(bytes);
    if (!read.ok) throw new Error(`${mapFile} does not open`);
    prepareExport(read.map, options.includeHidden);
    return 0;
  }
  const output = await (mode === 'thread' ? exportInThisThread : exportInWorker)(bytes, options, name, {});
  let written = 0;
  for (const file of output.files) {
    writeFileSync(join(dirname(out), file.name), file.bytes);
    written += file.bytes.length;
  }
  return written;
}

async function main(): Promise<void> {
  if (mode === 'prepared' && (options.format as string) !== 'layout') {
    // The export dialog is open: the thread starts and loads the format's libraries while the person chooses.
    await exportInWorker.prepare?.(options.format);
  }
  // Once the event loop runs, its utilisation from here on is the export's (a loop not yet started counts nothing).
  await new Promise((resolve) => setImmediate(resolve));
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const loop = performance.eventLoopUtilization();
  const click = performance.now();
  const bytes = await exportOnce();
  const ms = performance.now() - click;
  delay.disable();
  const busy = performance.eventLoopUtilization(loop).utilization;
  const peakMiB = process.resourceUsage().maxRSS / 1024;
  const again = performance.now();
  await exportOnce();
  console.log(JSON.stringify({ ms, againMs: performance.now() - again, bytes, peakMiB, busy, maxDelayMs: delay.max / 1e6 }));
}

void main();

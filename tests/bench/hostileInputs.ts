// Issue 12's hostile inputs, fed again, with what each now costs: the real
// `jejak` command on each (its exit code, the first line it says, its time
// and its peak memory, worker threads included), browser mode's server
// refusing a 200 MB body to a call that takes a few kilobytes, and a map whose
// notes carry a 16000² and a 30000² picture opened on the board in Chromium.
// Beside them, `jejak --help`: what starting the command costs at all.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { encodeBase64 } from '../../shared/format/base64';
import { readCjm } from '../../shared/format/reader';
import { writeCjm } from '../../shared/format/writer';
import { startServer } from '../../electron/server/server';
import { bombWorkbook, manyCellsWorkbook, rowsCsv, rowsWorkbook } from '../support/hostileSheets';
import { streamBody } from '../support/streamBody';
import { blankPng } from '../unit/shared/pictures/pictureFiles';

interface Probe {
  name: string;
  args: string[];
}

interface Outcome {
  status: number | null;
  said: string;
  ms: number;
  peakMiB: number;
}

function runJejak(root: string, dir: string, args: string[]): Outcome {
  const peakFile = join(dir, 'peak');
  rmSync(peakFile, { force: true });
  const preload = pathToFileURL(join(root, 'tests/unit/electron/cli/support/reportPeakMemory.mjs')).href;
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--import', preload, join(root, 'bin/jejak.mjs'), ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'en_GB.UTF-8', LC_ALL: '', JEJAK_TEST_PEAK_FILE: peakFile },
    timeout: 120_000,
  });
  const ms = performance.now() - start;
  const said = `${result.stderr}${result.stdout}`.split('\n').find((line) => line.trim() !== '') ?? '';
  const peakMiB = existsSync(peakFile) ? Number(readFileSync(peakFile, 'utf8')) / 1024 : Number.NaN;
  return { status: result.status, said, ms, peakMiB };
}

function mapWithHugePictures(root: string): string {
  const read = readCjm(readFileSync(join(root, 'shared/samples/b2b-software-purchase.en.cjm')));
  if (!read.ok) throw new Error('sample does not read');
  const [a, b] = read.map.notes.filter((n) => !n.hidden);
  const images: Record<string, string> = { [a!.id]: 'wall-16k', [b!.id]: 'wall-30k' };
  return writeCjm({
    ...read.map,
    notes: read.map.notes.map((n) => (images[n.id] ? { ...n, image: images[n.id] } : n)),
    assets: {
      'wall-16k': { mime: 'image/png', data: encodeBase64(blankPng(16000, 16000, 'rgba')), name: 'wall.png' },
      'wall-30k': { mime: 'image/png', data: encodeBase64(blankPng(30000, 30000, 'rgba')), name: 'poster.png' },
    },
  });
}

/** The resident memory of a process and all its descendants, in MiB (Linux). */
function treeRssMiB(pid: number): number {
  let kib = 0;
  const visit = (p: number) => {
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      kib += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      for (const task of readdirSync(`/proc/${p}/task`)) {
        for (const child of readFileSync(`/proc/${p}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)) visit(Number(child));
      }
    } catch {
      // Gone meanwhile: nothing to count.
    }
  };
  visit(pid);
  return kib / 1024;
}

async function boardProbe(root: string, file: string): Promise<{ ms: number; growthMiB: number }> {
  const server = await startServer({ file, rendererDir: join(root, 'dist/renderer'), dataDir: mkdtempSync(join(tmpdir(), 'jejak-hostile-data-')), home: tmpdir() });
  // Launched as a server, so that its process (and so its renderer's memory) can be read.
  const chrome = await chromium.launchServer({
    executablePath: process.env.JEJAK_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const browser = await chromium.connect(chrome.wsEndpoint());
  const pid = chrome.process().pid ?? 0;
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const before = treeRssMiB(pid);
    const start = performance.now();
    await page.goto(server.url);
    await page.getByTestId('board-screen').waitFor({ timeout: 120_000 });
    // The board has drawn its first frames, the cards with the pictures in view.
    await page.evaluate(() => {
      const frame = (globalThis as unknown as { requestAnimationFrame(callback: () => void): void }).requestAnimationFrame;
      return new Promise<void>((done) => frame(() => frame(done)));
    });
    const ms = performance.now() - start;
    return { ms, growthMiB: treeRssMiB(pid) - before };
  } finally {
    await browser.close();
    await chrome.close();
    await server.close();
  }
}

export async function runHostileBench(root: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'jejak-hostile-'));
  try {
    copyFileSync(join(root, 'shared/samples/hotel-check-in.id.cjm'), join(dir, 'm.cjm'));
    execFileSync('mkfifo', [join(dir, 'x.cjm')]);
    symlinkSync(join(dir, 'm.cjm'), join(dir, 'a.cjm'));
    symlinkSync(join(dir, 'm.cjm'), join(dir, 'm.csv'));
    writeFileSync(join(dir, 'bomb.xlsx'), bombWorkbook());
    writeFileSync(join(dir, 'cells.xlsx'), manyCellsWorkbook());
    writeFileSync(join(dir, 'rows.xlsx'), rowsWorkbook());
    writeFileSync(join(dir, 'rows.csv'), rowsCsv());
    writeFileSync(join(dir, 'pictures.cjm'), mapWithHugePictures(root));
    const probes: Probe[] = [
      { name: 'jejak --help (start-up, for scale)', args: ['--help'] },
      { name: 'validate /dev/zero', args: ['validate', '/dev/zero'] },
      { name: 'validate x.cjm (a FIFO)', args: ['validate', 'x.cjm'] },
      { name: 'repair --out a.cjm (→ m.cjm) --force', args: ['repair', 'm.cjm', '--out', 'a.cjm', '--force'] },
      { name: 'export --force onto m.csv (→ m.cjm)', args: ['export', 'm.cjm', '--format', 'csv', '--out', 'm.csv', '--force'] },
      { name: 'import bomb.xlsx (1.2 MB → 480 MiB)', args: ['import', 'bomb.xlsx', '--into', 'm.cjm'] },
      { name: 'import cells.xlsx (1.5 M cells)', args: ['import', 'cells.xlsx', '--into', 'm.cjm'] },
      { name: 'import rows.xlsx (1 M rows)', args: ['import', 'rows.xlsx', '--into', 'm.cjm'] },
      { name: 'import rows.csv (1 M rows)', args: ['import', 'rows.csv', '--into', 'm.cjm'] },
      { name: 'info pictures.cjm (16000², 30000²)', args: ['info', 'pictures.cjm'] },
      { name: 'export pictures.cjm as PNG 2×', args: ['export', 'pictures.cjm', '--format', 'png', '--scale', '2', '--out', 'pictures.png'] },
      { name: 'export pictures.cjm as PDF poster', args: ['export', 'pictures.cjm', '--format', 'pdf', '--out', 'pictures.pdf'] },
    ];
    console.log("\nIssue 12's hostile inputs through the real jejak: exit code, what it says first, time, peak memory (worker threads included)");
    for (const probe of probes) {
      const outcome = runJejak(root, dir, probe.args);
      console.log(`${probe.name.padEnd(40)} exit ${String(outcome.status).padEnd(4)} ${(outcome.ms / 1000).toFixed(2).padStart(6)} s ${outcome.peakMiB.toFixed(0).padStart(6)} MiB   ${outcome.said.slice(0, 150)}`);
    }

    const server = await startServer({ rendererDir: join(root, 'dist/renderer'), dataDir: join(dir, 'data') });
    try {
      const token = new URL(server.url).searchParams.get('token')!;
      const body = await streamBody(server.port, token, 'listSamples', 200 * 1024 * 1024);
      console.log(`${'serve: 200 MB body to listSamples'.padEnd(40)} HTTP ${body.status}  ${(body.ms / 1000).toFixed(2).padStart(6)} s   refused after ${(body.sent / 1024 / 1024).toFixed(1)} MiB were sent`);
    } finally {
      await server.close();
    }

    const board = await boardProbe(root, join(dir, 'pictures.cjm'));
    console.log(`${'board: open pictures.cjm in Chromium'.padEnd(40)} drawn in ${(board.ms / 1000).toFixed(2)} s, Chromium's memory grew ${board.growthMiB.toFixed(0)} MiB (grey cards, nothing decoded)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// The end-to-end harness: the real `jejak serve` (browser mode, built by the
// global setup) on a temporary copy of a map, Debian's Chromium driven by
// playwright-core (Playwright's own browser cannot be downloaded on the build
// machines, docs/architecture.md), one browser per test file, a fresh 1280×800 page per
// test, and everything stopped and deleted after each test.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';

export const ROOT = join(import.meta.dirname, '../../..');
export const BIN = join(ROOT, 'bin/jejak.mjs');
export const FIXTURES = join(ROOT, 'tests/fixtures/cli');
export const SAMPLES = join(ROOT, 'shared/samples');

export const CHROMIUM = process.env.JEJAK_CHROMIUM || '/usr/bin/chromium';
export const VIEWPORT = { width: 1280, height: 800 } as const;

const ADDRESS = /^http:\/\/127\.0\.0\.1:\d{1,5}\/\?token=[A-Za-z0-9_-]+$/;

export interface ServeOptions {
  /** A map to copy into the temporary folder and serve as `jejak serve FILE`; none for the start screen. */
  file?: string;
  /** The copy's name (default: the original's). */
  as?: string;
  /** Instead of a copy, a file `as` with these contents. */
  contents?: string;
  /** Written as settings.json into the data folder before the server starts. */
  settings?: Record<string, unknown>;
  /** Another server in the folder (and data folder) of an earlier one, e.g. after it was killed. */
  in?: Pick<Served, 'dir' | 'dataDir'>;
}

export interface Served {
  /** The address `jejak serve` printed: `http://127.0.0.1:PORT/?token=SECRET`. */
  url: string;
  /** The temporary folder; it is HOME for the server, so the in-app file dialog starts here. */
  dir: string;
  /** JEJAK_DATA_DIR (inside `dir`). */
  dataDir: string;
  /** The copy being served, or null. */
  file: string | null;
  /** Stops the server and deletes the temporary folder. */
  stop(): Promise<void>;
  /** Sends the server a signal (SIGKILL: a crash) and waits for it to exit; the folder stays. */
  kill(signal: NodeJS.Signals): Promise<void>;
}

/** Starts `jejak serve [COPY] --port 0` in a fresh temporary folder and waits for its address. */
export async function serve(options: ServeOptions = {}): Promise<Served> {
  const dir = options.in?.dir ?? mkdtempSync(join(tmpdir(), 'jejak-e2e-'));
  const dataDir = options.in?.dataDir ?? join(dir, '.jejak-data');
  mkdirSync(dataDir, { recursive: true });
  if (options.settings) writeFileSync(join(dataDir, 'settings.json'), JSON.stringify(options.settings));
  let file: string | null = null;
  if (options.contents !== undefined) {
    file = join(dir, options.as ?? 'map.cjm');
    writeFileSync(file, options.contents);
  } else if (options.file) {
    file = join(dir, options.as ?? basename(options.file));
    copyFileSync(options.file, file);
  }
  const child = spawn(process.execPath, [BIN, 'serve', ...(file ? [file] : []), '--port', '0'], {
    cwd: dir,
    // JEJAK_FILE_MANAGER=none: no test ever opens a file manager on the machine (the page says where a file is instead).
    env: { ...process.env, JEJAK_DATA_DIR: dataDir, HOME: dir, LANG: 'C', LC_ALL: '', LC_MESSAGES: '', JEJAK_FILE_MANAGER: 'none' },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    await stopChild(child, exited);
    rmSync(dir, { recursive: true, force: true });
  };
  const kill = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  try {
    const url = await firstLine(child);
    if (!ADDRESS.test(url)) throw new Error(`jejak serve printed "${url}", not an address`);
    return { url, dir, dataDir, file, stop, kill };
  } catch (error) {
    await stop();
    throw error;
  }
}

function firstLine(child: ChildProcessWithoutNullStreams): Promise<string> {
  let stdout = '';
  let stderr = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`jejak serve printed no address within 20 s; stderr: ${stderr}`)), 20_000);
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      const end = stdout.indexOf('\n');
      if (end < 0) return;
      clearTimeout(timer);
      resolve(stdout.slice(0, end).trim());
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`jejak serve exited ${code} before printing an address; stderr: ${stderr}`));
    });
  });
}

async function stopChild(child: ChildProcessWithoutNullStreams, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export interface OpenOptions {
  /** Adds `&test=1`, which exposes window.__jejak (default true). */
  test?: boolean;
  /** The browser's language, which the page takes as the interface language when settings name none. */
  locale?: string;
}

/** Runs the real `jejak` command with no locale variables set (messages in English unless --lang says). */
export function jejak(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.LANG;
  delete env.LC_ALL;
  delete env.LC_MESSAGES;
  const result = spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8', timeout: 30_000 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The result of `jejak validate FILE`. */
export function validate(file: string): { status: number | null; stdout: string; stderr: string } {
  return jejak(['validate', file]);
}

/**
 * The problem lines `jejak validate FILE` prints for a map that is
 * repairable or cannot be opened: the lines between its heading and its hint.
 */
export function validateProblemLines(file: string, language: 'en' | 'id' = 'en'): { status: number | null; lines: string[] } {
  const result = jejak(['validate', '--lang', language, file]);
  const printed = `${result.stdout}${result.stderr}`.split('\n');
  const heading = printed.findIndex((line) => line.startsWith(`${file}: `));
  if (heading < 0) throw new Error(`jejak validate printed no heading for ${file}:\n${printed.join('\n')}`);
  const count = Number(/(\d+)/.exec(printed[heading]!.slice(file.length))?.[1]);
  return { status: result.status, lines: printed.slice(heading + 1, heading + 1 + count) };
}

export interface E2E {
  /** The file's Chromium. */
  browser(): Browser;
  /** `jejak serve` on a temporary copy; stopped and deleted after the test. */
  serve(options?: ServeOptions): Promise<Served>;
  /** A fresh 1280×800 page (its own context) at the address; closed after the test. */
  open(url: string, options?: OpenOptions): Promise<Page>;
}

/**
 * Registers the hooks of one e2e test file: one Chromium for the file, and
 * after each test its pages closed, its servers stopped and their folders
 * deleted.
 */
export function useE2E(): E2E {
  let browser: Browser | null = null;
  let cleanups: (() => Promise<unknown>)[] = [];
  let pageErrors: string[][] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterEach(async () => {
    const pending = cleanups.reverse();
    cleanups = [];
    for (const cleanup of pending) await cleanup().catch((error: unknown) => console.warn('e2e cleanup failed:', error));
    // An uncaught error in the page fails the test, even when what it broke was not looked at.
    const errors = pageErrors.flat();
    pageErrors = [];
    if (errors.length > 0) throw new Error(`uncaught errors in the page:\n${errors.join('\n')}`);
  });
  afterAll(async () => {
    await browser?.close();
    browser = null;
  });
  return {
    browser: () => {
      if (!browser) throw new Error('Chromium is not running (useE2E hooks not run)');
      return browser;
    },
    async serve(options) {
      const served = await serve(options);
      cleanups.push(served.stop);
      return served;
    },
    async open(url, options = {}) {
      if (!browser) throw new Error('Chromium is not running (useE2E hooks not run)');
      const context: BrowserContext = await browser.newContext({
        viewport: VIEWPORT,
        deviceScaleFactor: 1,
        locale: options.locale ?? 'en-GB',
        timezoneId: 'UTC',
        reducedMotion: 'reduce',
      });
      cleanups.push(() => context.close());
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.stack ?? error.message));
      pageErrors.push(errors);
      await page.goto(options.test === false ? url : `${url}&test=1`);
      return page;
    },
  };
}

// Runs the real `jejak` command (bin/jejak.mjs, built by the global setup)
// as a child process, in a controlled environment, on files in a fresh
// temporary folder.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const ROOT = join(import.meta.dirname, '../../../../..');
export const BIN = join(ROOT, 'bin/jejak.mjs');
export const FIXTURES = join(ROOT, 'tests/fixtures/cli');
export const SAMPLES = join(ROOT, 'shared/samples');

export const EXIT = { ok: 0, repairable: 1, fatal: 2, usage: 64 } as const;

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
  /** stdout parsed as JSON (throws if it is not). */
  json(): unknown;
  /** With `measure`: the run's peak resident memory in MiB, worker threads included. */
  peakMiB?: number;
}

export interface RunOptions {
  cwd?: string;
  /** Locale variables to set; every other LANG/LC_ALL/LC_MESSAGES is removed. */
  env?: Partial<Record<'LANG' | 'LC_ALL' | 'LC_MESSAGES', string>>;
  /** Measure the run's peak memory (support/reportPeakMemory.mjs). */
  measure?: boolean;
}

export function jejak(args: string[], options: RunOptions = {}): RunResult {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.LANG;
  delete env.LC_ALL;
  delete env.LC_MESSAGES;
  Object.assign(env, options.env ?? {});
  const peakFile = options.measure ? join(mkdtempSync(join(tmpdir(), 'jejak-peak-')), 'peak') : null;
  if (peakFile) env.JEJAK_TEST_PEAK_FILE = peakFile;
  const preload = peakFile ? ['--import', pathToFileURL(join(import.meta.dirname, 'reportPeakMemory.mjs')).href] : [];
  const result = spawnSync(process.execPath, [...preload, BIN, ...args], { cwd: options.cwd, env, encoding: 'utf8', timeout: 30_000 });
  if (result.error) throw result.error;
  let peakMiB: number | undefined;
  if (peakFile) {
    if (!existsSync(peakFile)) throw new Error('the run did not report its peak memory');
    peakMiB = Number(readFileSync(peakFile, 'utf8')) / 1024;
    rmSync(join(peakFile, '..'), { recursive: true, force: true });
  }
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    json: () => JSON.parse(result.stdout) as unknown,
    peakMiB,
  };
}

/** A fresh temporary folder; call `remove()` after the test. */
export interface Workspace {
  dir: string;
  path(name: string): string;
  /** Copies a fixture (tests/fixtures/cli) or sample (`samples/NAME`) into the folder. */
  copy(source: string, as?: string): string;
  /** Writes a file of the test's own making into the folder. */
  write(name: string, content: string | Uint8Array): string;
  bytes(name: string): Buffer;
  sha(name: string): string;
  files(): string[];
  /** Every entry of the folder with the sha256 of its bytes ('folder' for a folder). */
  snapshot(): Record<string, string>;
  /** Temporary files a save leaves behind (`*.tmp-*`): there should be none. */
  temporaries(): string[];
  remove(): void;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function workspace(): Workspace {
  const dir = mkdtempSync(join(tmpdir(), 'jejak-cli-'));
  const path = (name: string) => join(dir, name);
  return {
    dir,
    path,
    copy(source, as) {
      const from = source.startsWith('samples/') ? join(SAMPLES, source.slice('samples/'.length)) : join(FIXTURES, source);
      const to = path(as ?? source.replace(/^samples\//, ''));
      copyFileSync(from, to);
      return to;
    },
    write(name, content) {
      writeFileSync(path(name), content);
      return path(name);
    },
    bytes: (name) => readFileSync(path(name)),
    sha: (name) => sha256(readFileSync(path(name))),
    files: () => readdirSync(dir).sort(),
    snapshot: () =>
      Object.fromEntries(
        readdirSync(dir)
          .sort()
          .map((name) => [name, statSync(path(name)).isDirectory() ? 'folder' : sha256(readFileSync(path(name)))]),
      ),
    temporaries: () => readdirSync(dir).filter((name) => name.includes('.tmp-')),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Lines of a text, without the empty one after the last newline. */
export function lines(text: string): string[] {
  return text.split('\n').filter((line, i, all) => !(i === all.length - 1 && line === ''));
}

// jejak serve [FILE] [--port N] [--open]: the real command as a child
// process. It prints exactly one line, the board's address with its token,
// answers API calls with that token, and exits 0 on SIGTERM or SIGINT.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { hostname } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NODE_BASE64 } from '../../../../electron/services/base64';
import { fromWireJson, toWireJson } from '../../../../shared/host/wireJson';
import { BIN, EXIT, jejak, lines, workspace, type Workspace } from './support/jejak';

const ADDRESS = /^http:\/\/127\.0\.0\.1:(\d{1,5})\/\?token=([A-Za-z0-9_-]{43})\n$/;

let ws: Workspace;
let rendererDir: string;
let dataDir: string;

beforeEach(() => {
  ws = workspace();
  rendererDir = ws.path('renderer');
  dataDir = ws.path('data');
  mkdirSync(rendererDir);
  writeFileSync(`${rendererDir}/index.html`, '<!doctype html><title>stub board</title>\n');
});
afterEach(() => ws.remove());

interface Running {
  child: ChildProcessWithoutNullStreams;
  line: string;
  port: number;
  token: string;
  stdout(): string;
  stderr(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `jejak serve ARGS` (its command line passed through `launch`, if given) and waits for its first line on stdout. */
function startServe(args: string[], env: Record<string, string> = {}, launch = (command: string[]) => command): Promise<Running> {
  const [command, ...rest] = launch([process.execPath, BIN, 'serve', ...args]);
  const child = spawn(command!, rest, {
    cwd: ws.dir,
    env: { ...process.env, JEJAK_RENDERER_DIR: rendererDir, JEJAK_DATA_DIR: dataDir, LANG: 'C', LC_ALL: '', LC_MESSAGES: '', ...env },
  });
  let stdout = '';
  let stderr = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no address within 20 s; stderr: ${stderr}`)), 20_000);
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      if (!stdout.includes('\n')) return;
      clearTimeout(timer);
      const line = stdout.slice(0, stdout.indexOf('\n') + 1);
      const match = ADDRESS.exec(line);
      resolve({ child, line, port: Number(match?.[1]), token: match?.[2] ?? '', stdout: () => stdout, stderr: () => stderr, exited });
    });
    void exited.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`exited ${code} before printing an address; stderr: ${stderr}`));
    });
  });
}

async function call(running: Running, method: string, args: Record<string, unknown> = {}, token = running.token) {
  return fetch(`http://127.0.0.1:${running.port}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Jejak-Token': token },
    body: toWireJson(args, NODE_BASE64),
  });
}

const replyOf = async (response: Response): Promise<unknown> => fromWireJson(await response.text(), NODE_BASE64);
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

describe('jejak serve', () => {
  it('prints one line, the address with a query token; serves FILE; exits 0 on SIGTERM', async () => {
    const file = ws.copy('samples/hotel-check-in.id.cjm', 'check-in.cjm');
    const running = await startServe(['check-in.cjm', '--port', '0']);
    expect(running.line).toMatch(ADDRESS);
    expect(running.port).toBeGreaterThan(0);

    const page = await fetch(`http://127.0.0.1:${running.port}/?token=${running.token}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('stub board');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");

    expect((await call(running, 'startupFile', {}, 'wrong')).status).toBe(401);
    const reply = await call(running, 'startupFile');
    expect(reply.status).toBe(200);
    const opened = (await replyOf(reply)) as { ok: boolean; value: { name: string; bytes: Uint8Array } };
    expect(opened.ok).toBe(true);
    expect(opened.value.name).toBe('check-in.cjm');
    expect(Buffer.from(opened.value.bytes).equals(readFileSync(file))).toBe(true);

    running.child.kill('SIGTERM');
    expect(await running.exited).toEqual({ code: 0, signal: null });
    expect(running.stdout()).toBe(running.line);
    // The recent list went to JEJAK_DATA_DIR, not the user's own data folder.
    expect(JSON.parse(readFileSync(`${dataDir}/recent.json`, 'utf8'))).toMatchObject({ files: [{ path: file }] });
    await expect(fetch(`http://127.0.0.1:${running.port}/`)).rejects.toThrow();
  });

  // Root may write any file. Where the tests run as root, the server runs
  // without that power (Linux's CAP_DAC_OVERRIDE, dropped by util-linux's
  // setpriv), so the file's mode decides, as it does for a facilitator.
  const asFacilitator = (command: string[]) => (process.getuid?.() === 0 ? ['setpriv', '--bounding-set=-dac_override', '--', ...command] : command);
  it.each([
    { shown: '0444', mode: 0o444, writable: false },
    { shown: '0666', mode: 0o666, writable: true },
  ])('opens a map of mode $shown with writable: $writable, and saves only over one it may write', async ({ mode, writable }) => {
    const file = ws.copy('samples/hotel-check-in.id.cjm', 'check-in.cjm');
    chmodSync(file, mode);
    const before = readFileSync(file);
    const running = await startServe(['check-in.cjm', '--port', '0'], {}, asFacilitator);
    try {
      const opened = (await replyOf(await call(running, 'startupFile'))) as { ok: boolean; value: { handle: string; writable: boolean } };
      expect(opened).toMatchObject({ ok: true, value: { writable } });
      const edited = utf8(before.toString('utf8').replace('"title": "', '"title": "Edited: '));
      const saved = (await replyOf(await call(running, 'save', { handle: opened.value.handle, bytes: edited }))) as { ok: boolean; error?: { code: string } };
      if (writable) {
        expect(saved).toMatchObject({ ok: true });
        expect(readFileSync(file, 'utf8')).toContain('"title": "Edited: Check-in tamu');
      } else {
        // The page saves such a map as a copy (Save As); over the file itself, nothing is written.
        expect(saved).toMatchObject({ ok: false, error: { code: 'not-open-for-editing' } });
        expect(readFileSync(file).equals(before)).toBe(true);
      }
    } finally {
      running.child.kill('SIGTERM');
      await running.exited;
    }
  });

  it('without FILE, startupFile is null; SIGINT stops it cleanly too', async () => {
    const running = await startServe([]);
    expect(await (await call(running, 'startupFile')).json()).toBeNull();
    running.child.kill('SIGINT');
    expect(await running.exited).toEqual({ code: 0, signal: null });
    expect(lines(running.stdout())).toHaveLength(1);
  });

  it('listens on the port asked for', async () => {
    const port = await freePort();
    const running = await startServe(['--port', String(port)]);
    expect(running.port).toBe(port);
    running.child.kill('SIGTERM');
    expect((await running.exited).code).toBe(0);
  });

  it('--open hands the opener a one-time address without the token (any local user can read an opener\'s command line)', async () => {
    // A stand-in for xdg-open that writes down what it was given.
    const bin = ws.path('bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'xdg-open'), `#!/bin/sh\nprintf '%s\\n' "$@" > "${ws.path('opened.txt')}"\n`, { mode: 0o755 });
    const running = await startServe(['--open'], { PATH: `${bin}:${process.env.PATH ?? ''}` });
    try {
      const opened = await until(() => (existsSync(ws.path('opened.txt')) ? readFileSync(ws.path('opened.txt'), 'utf8').trim() : null));
      expect(opened).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${running.port}/launch/[A-Za-z0-9_-]+$`));
      expect(opened).not.toContain(running.token);
      // The browser following it gets the board's address with the token; a second use gets nothing.
      const first = await fetch(opened, { redirect: 'manual' });
      expect(first.status).toBe(303);
      expect(first.headers.get('location')).toBe(`/?token=${running.token}`);
      expect((await fetch(opened, { redirect: 'manual' })).status).toBe(410);
    } finally {
      running.child.kill('SIGTERM');
      await running.exited;
    }
  });

  it('--open with no browser to open is not an error', async () => {
    const running = await startServe(['--open'], { PATH: ws.dir });
    expect((await call(running, 'listSamples')).status).toBe(200);
    running.child.kill('SIGTERM');
    expect((await running.exited).code).toBe(0);
    expect(running.stdout()).toBe(running.line);
  });
});

describe('jejak serve refuses before starting', () => {
  const env = () => ({ JEJAK_RENDERER_DIR: rendererDir, JEJAK_DATA_DIR: dataDir });

  it('a FILE that does not exist: exit 2, said in the file message, nothing on stdout', async () => {
    const run = await jejakWith(['serve', 'missing.cjm'], env());
    expect(run.status).toBe(EXIT.fatal);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('missing.cjm: there is no such file; check the name and the folder\n');
  });

  it('a FILE that is a folder: exit 2', async () => {
    mkdirSync(ws.path('folder.cjm'));
    const run = await jejakWith(['serve', 'folder.cjm'], env());
    expect(run.status).toBe(EXIT.fatal);
    expect(run.stderr).toBe('folder.cjm: this is a folder, not a map file\n');
  });

  it('a board that is not built: exit 2, saying to run npm run build, in English and Indonesian', async () => {
    const empty = ws.path('empty');
    mkdirSync(empty);
    const en = await jejakWith(['serve'], { JEJAK_RENDERER_DIR: empty, JEJAK_DATA_DIR: dataDir });
    expect(en.status).toBe(EXIT.fatal);
    expect(en.stdout).toBe('');
    expect(en.stderr).toBe(`jejak: the board is not built (there is no index.html in ${empty}); run "npm run build" in the Jejak folder, then try again.\n`);
    const id = await jejakWith(['serve', '--lang', 'id'], { JEJAK_RENDERER_DIR: empty, JEJAK_DATA_DIR: dataDir });
    expect(id.status).toBe(EXIT.fatal);
    expect(id.stderr).toBe(`jejak: papan belum dibangun (tidak ada index.html di ${empty}); jalankan "npm run build" di folder Jejak, lalu coba lagi.\n`);
  });

  it('a port already in use: exit 2, saying so', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const run = await jejakWith(['serve', '--port', String(port)], env());
      expect(run.status).toBe(EXIT.fatal);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(`jejak: port ${port} is already in use; choose another with --port, or leave --port out to use any free port.\n`);
    } finally {
      blocker.close();
    }
  });

  it.each(['abc', '-1', '65536', '1.5', ''])('--port %j is wrong usage (64)', async (port) => {
    const run = await jejakWith(['serve', `--port=${port}`], env());
    expect(run.status).toBe(EXIT.usage);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toBe(`jejak: --port must be a whole number from 0 to 65535, not "${port}".`);
  });

  it('two files are wrong usage (64)', async () => {
    expect((await jejakWith(['serve', 'a.cjm', 'b.cjm'], env())).status).toBe(EXIT.usage);
  });

  it('help serve, in both languages', () => {
    expect(lines(jejak(['help', 'serve']).stdout)[0]).toBe('jejak serve [FILE] [--port N] [--open]');
    expect(lines(jejak(['help', 'serve', '--lang', 'id']).stdout)[0]).toBe('jejak serve [BERKAS] [--port N] [--open]');
    expect(jejak(['--help']).stdout).toMatch(/^ {2}serve +open the board in a web browser/m);
  });
});

/** Polls `read` until it gives a value (a child process writes a file in its own time). */
async function until<T>(read: () => T | null): Promise<T> {
  for (;;) {
    const value = read();
    if (value !== null && value !== '') return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The real jejak with extra environment variables, run without blocking the event loop (a test's own server must keep answering). */
function jejakWith(args: string[], extra: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ws.dir, env: { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '', ...extra } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const port = (probe.address() as { port: number }).port;
      probe.close(() => resolve(port));
    });
  });
}

describe('two copies of jejak serve on one map', () => {
  it('the second is told who has it open, and no save silently overwrites the other', async () => {
    const file = ws.copy('samples/hotel-check-in.id.cjm', 'shared.cjm');
    const original = readFileSync(file, 'utf8');
    const retitled = (prefix: string) => original.replace('"title": "', `"title": "${prefix}`);
    const first = await startServe(['shared.cjm', '--port', '0']);
    const second = await startServe(['shared.cjm', '--port', '0'], { JEJAK_DATA_DIR: ws.path('data-2') });
    try {
      const a = (await (await call(first, 'startupFile')).json()) as { value: { handle: string; lockedBy?: unknown } };
      const b = (await (await call(second, 'startupFile')).json()) as { value: { handle: string; lockedBy?: { host: string } } };
      expect(a.value.lockedBy).toBeUndefined();
      expect(b.value.lockedBy).toMatchObject({ host: hostname() });

      // The second may not save over the first's open map without choosing to.
      expect(await replyOf(await call(second, 'save', { handle: b.value.handle, bytes: utf8(retitled('B: ')) }))).toMatchObject({ ok: false, error: { code: 'not-open-for-editing' } });
      expect(readFileSync(file, 'utf8')).toBe(original);

      // The first saves; the second chooses to edit anyway, but its save is refused
      // because the file changed since it loaded it (it gets the disk's bytes to merge).
      expect(await replyOf(await call(first, 'save', { handle: a.value.handle, bytes: utf8(retitled('A: ')) }))).toMatchObject({ ok: true });
      await call(second, 'editAnyway', { handle: b.value.handle });
      expect(await replyOf(await call(second, 'save', { handle: b.value.handle, bytes: utf8(retitled('B: ')) }))).toMatchObject({ ok: false, error: { code: 'changed-on-disk' } });
      expect(readFileSync(file, 'utf8')).toBe(retitled('A: '));
    } finally {
      first.child.kill('SIGTERM');
      second.child.kill('SIGTERM');
      await Promise.all([first.exited, second.exited]);
    }
  });
});

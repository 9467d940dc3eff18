// A real browser-mode server on 127.0.0.1 for the tests, over temporary
// folders: a stub renderer, a data folder, a home folder and a work folder
// for maps. Requests go through node:http so a test can send any Host
// header (fetch will not).
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NODE_BASE64 } from '../../../../../electron/services/base64';
import { startServer, type RunningServer, type ServerOptions } from '../../../../../electron/server/server';
import { fromWireJson, toWireJson } from '../../../../../shared/host/wireJson';

export const ROOT = join(import.meta.dirname, '../../../../..');
export const SAMPLES = join(ROOT, 'shared/samples');
export const INDEX_HTML = '<!doctype html><html><head><script type="module" src="/assets/app.js"></script></head><body>Jejak</body></html>\n';

export interface Folders {
  base: string;
  renderer: string;
  data: string;
  home: string;
  work: string;
  remove(): void;
}

/** Fresh temporary folders, the renderer stubbed with an index.html and one script. */
export function folders(): Folders {
  const base = mkdtempSync(join(tmpdir(), 'jejak-server-'));
  const dirs = { renderer: join(base, 'renderer'), data: join(base, 'data'), home: join(base, 'home'), work: join(base, 'home', 'work') };
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
  mkdirSync(join(dirs.renderer, 'assets'));
  writeFileSync(join(dirs.renderer, 'index.html'), INDEX_HTML);
  writeFileSync(join(dirs.renderer, 'assets', 'app.js'), 'console.log("board");\n');
  return { base, ...dirs, remove: () => rmSync(base, { recursive: true, force: true }) };
}

export interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  json<T = unknown>(): T;
}

export interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

export function rawRequest(port: number, path: string, options: RequestOptions = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        headers: {
          Host: `127.0.0.1:${port}`,
          // Without a length, Node sends a DELETE's body bare, and the server rightly reads it as a broken request.
          ...(options.body === undefined ? {} : { 'Content-Length': String(Buffer.byteLength(options.body)) }),
          ...options.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: <T>() => fromWireJson(text, NODE_BASE64) as T });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

export interface TestServer extends RunningServer {
  token: string;
  /** A POST /api/METHOD with the token (unless given other headers). */
  call<T = unknown>(method: string, args?: Record<string, unknown>): Promise<T>;
  api(method: string, args?: Record<string, unknown>, headers?: Record<string, string>): Promise<Reply>;
  get(path: string, headers?: Record<string, string>): Promise<Reply>;
}

export async function serve(f: Folders, options: Partial<ServerOptions> = {}): Promise<TestServer> {
  const server = await startServer({ rendererDir: f.renderer, dataDir: f.data, home: f.home, ...options });
  const token = new URL(server.url).searchParams.get('token')!;
  const api = (method: string, args: Record<string, unknown> = {}, headers?: Record<string, string>) =>
    rawRequest(server.port, `/api/${method}`, {
      method: 'POST',
      headers: headers ?? { 'Content-Type': 'application/json', 'X-Jejak-Token': token },
      body: toWireJson(args, NODE_BASE64),
    });
  return {
    ...server,
    token,
    api,
    async call<T>(method: string, args: Record<string, unknown> = {}) {
      const reply = await api(method, args);
      if (reply.status !== 200) throw new Error(`${method}: HTTP ${reply.status} ${reply.text}`);
      return reply.json<T>();
    },
    get: (path, headers) => rawRequest(server.port, path, { headers }),
  };
}

/** A text as the bytes a Host call carries. */
export const utf8 = (text: string | Uint8Array): Uint8Array => (typeof text === 'string' ? new Uint8Array(Buffer.from(text, 'utf8')) : text);

/** Temporary files a save leaves behind (`*.tmp-*`) anywhere under `dir`: there should be none. */
export function temporaries(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((name) => name.includes('.tmp-'));
}

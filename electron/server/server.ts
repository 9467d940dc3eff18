// Browser mode's server (docs/architecture.md): serves the built board and carries the
// Host's calls over HTTP, on 127.0.0.1 only, to the page that holds this
// run's token. Plain Node, no Electron, so it runs where Electron cannot.
// It is only a transport: the routes come from the protocol table
// (shared/host/protocol.ts) and every call goes to the app layer (electron/app).
import { mkdir } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { homedir } from 'node:os';
import { dirname, resolve } from 'node:path';
import { isProtocolMethod, PROTOCOL } from '../../shared/host/protocol';
import { ApiError } from '../app/apiError';
import { appContext, sharedParts, type AppContext } from '../app/context';
import { dispatch } from '../app/dispatch';
import { ExportJobs } from '../export/exportJobs';
import { exportRunnerInWorker } from '../export/exportInWorker';
import { companionNames } from '../export/runExport';
import { showInFileManager } from '../services/systemOpener';
import { newToken, RequestGuard, setSecurityHeaders } from './guard';
import { readJsonBody, sendError, sendJson, sendText } from './http';
import { LAUNCH_PATH, LaunchCodes } from './launch';
import { serveStatic } from './staticFiles';

export interface ServerOptions {
  /** 0 or absent: any free port. */
  port?: number;
  /** A map to offer as the start-up file. */
  file?: string;
  /** The built renderer: index.html and its assets. */
  rendererDir: string;
  /** Jejak's own data folder on this machine (recent files, settings). */
  dataDir: string;
  /** The home folder for the dialog's places; tests point it at a temporary folder. */
  home?: string;
  /** Where the sample maps are; shared/samples in the package by default. */
  samplesDir?: string;
  /** The heap an export's worker thread may use (WORKER_HEAP_MIB.export by default); tests make it small. */
  exportHeapMiB?: number;
}

export interface RunningServer {
  /** `http://127.0.0.1:PORT/?token=SECRET`: the board's address, token included. */
  url: string;
  port: number;
  /** A one-time address for a browser to be opened at (launch.ts): it carries no token. */
  launchUrl(): string;
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const rendererDir = resolve(options.rendererDir);
  await mkdir(options.dataDir, { recursive: true });
  const token = newToken();
  const launches = new LaunchCodes();
  const parts = sharedParts({
    dataDir: options.dataDir,
    exports: new ExportJobs(exportRunnerInWorker({ heapMiB: options.exportHeapMiB }), companionNames),
    showInFolder: (path) => showInFileManager(dirname(path)),
    samplesDir: options.samplesDir,
  });
  const ctx = appContext(parts, options.file === undefined ? null : resolve(options.file), resolve(options.home ?? homedir()));
  let guard: RequestGuard | null = null;

  const server = createServer((req, res) => {
    if (guard === null) return sendText(res, 503, 'Starting');
    handle(req, res, guard, ctx, rendererDir, { token, launches }).catch((error: unknown) => {
      const failure = error instanceof ApiError ? error : new ApiError(500, 'internal', error instanceof Error ? error.message : String(error));
      if (res.headersSent) return void res.destroy();
      // A refused body is not read to its end: the connection closes once the refusal is sent.
      if (failure.status === 413) {
        res.setHeader('Connection', 'close');
        res.on('finish', () => req.destroy());
      }
      sendError(res, failure);
    });
  });

  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen({ host: '127.0.0.1', port: options.port ?? 0 }, () => {
      server.off('error', rejectListen);
      resolveListen();
    });
  });
  const port = (server.address() as AddressInfo).port;
  guard = new RequestGuard(port, token);

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    launchUrl: () => `http://127.0.0.1:${port}${LAUNCH_PATH}${launches.issue()}`,
    close: async () => {
      await new Promise<void>((resolveClose) => {
        server.close(() => resolveClose());
        // Browsers keep connections open; without this, close would wait for them to time out.
        server.closeAllConnections();
      });
      // Locks released: a map left open in the page is no longer "opened by" this run.
      await ctx.open.closeAll();
    },
  };
}

interface Secrets {
  token: string;
  launches: LaunchCodes;
}

async function handle(req: IncomingMessage, res: ServerResponse, guard: RequestGuard, ctx: AppContext, rendererDir: string, secrets: Secrets): Promise<void> {
  setSecurityHeaders(res);
  guard.checkHost(req);
  // No CORS: a preflight is refused outright, so no other origin is ever let in.
  if (req.method === 'OPTIONS') throw new ApiError(405, 'method-not-allowed', 'OPTIONS is not supported.');
  const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;

  if (pathname === '/api' || pathname.startsWith('/api/')) {
    guard.checkApiCall(req);
    if (req.method !== 'POST') throw new ApiError(405, 'method-not-allowed', 'API calls are POST requests.');
    const name = pathname.slice('/api/'.length);
    // Known before the body is read, so the body is held to what this method can use.
    if (!isProtocolMethod(name)) throw new ApiError(404, 'unknown-method', `There is no API method "${name}".`);
    const args = await readJsonBody(req, PROTOCOL[name].maxRequestBytes);
    sendJson(res, 200, await dispatch(ctx, name, args, 'http'));
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') throw new ApiError(405, 'method-not-allowed', 'Only GET and HEAD are served here.');
  if (pathname.startsWith(LAUNCH_PATH)) return launch(res, pathname.slice(LAUNCH_PATH.length), secrets);
  await serveStatic(req, res, rendererDir, pathname);
}

function launch(res: ServerResponse, code: string, secrets: Secrets): void {
  if (!secrets.launches.spend(code)) {
    return sendText(res, 410, 'This launch address has already been used (or is more than five minutes old). Open the address "jejak serve" printed instead.');
  }
  res.writeHead(303, { Location: `/?token=${secrets.token}`, 'Cache-Control': 'no-store' });
  res.end();
}

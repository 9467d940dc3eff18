// Browser mode's server (DESIGN.md): serves the built board and answers the
// Host interface over HTTP, on 127.0.0.1 only, to the page that holds this
// run's token. Plain Node, no Electron, so it runs where Electron cannot.
import { mkdir } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { LIMITS } from '../../shared/format/schema';
import { ApiError } from './apiError';
import { isApiMethod, METHODS, type ApiContext } from './api';
import { newToken, RequestGuard, setSecurityHeaders } from './guard';
import { HandleTable } from './handles';
import { OpenFiles } from './openFiles';
import { openInFileManager } from './openBrowser';
import { ExportJobs } from '../export/exportJobs';
import { companionNames, runExport } from '../export/runExport';
import { readJsonBody, sendError, sendJson, sendText } from './http';
import { findPackageRoot } from './packageRoot';
import { RecentFiles } from './recentFiles';
import { SampleShelf } from './samples';
import { SettingsStore } from './settingsStore';
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
}

export interface RunningServer {
  /** `http://127.0.0.1:PORT/?token=SECRET`: the board's address, token included. */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** A canonical map JSON-encoded can grow by escaping; twice the file limit covers it. */
const BODY_LIMIT = 2 * LIMITS.maxFileBytes;

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const rendererDir = resolve(options.rendererDir);
  await mkdir(options.dataDir, { recursive: true });
  const token = newToken();
  const ctx: ApiContext = {
    handles: new HandleTable(),
    recent: new RecentFiles(options.dataDir),
    settings: new SettingsStore(options.dataDir),
    samples: new SampleShelf(options.samplesDir ?? join(findPackageRoot(), 'shared', 'samples')),
    open: new OpenFiles(options.dataDir),
    home: resolve(options.home ?? homedir()),
    startupPath: options.file === undefined ? null : resolve(options.file),
    lastFolder: null,
    exports: new ExportJobs(runExport, companionNames),
    showInFolder: (path) => openInFileManager(dirname(path)),
  };
  let guard: RequestGuard | null = null;

  const server = createServer((req, res) => {
    if (guard === null) return sendText(res, 503, 'Starting');
    handle(req, res, guard, ctx, rendererDir).catch((error: unknown) => {
      const failure = error instanceof ApiError ? error : new ApiError(500, 'internal', error instanceof Error ? error.message : String(error));
      if (!res.headersSent) sendError(res, failure);
      else res.destroy();
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

async function handle(req: IncomingMessage, res: ServerResponse, guard: RequestGuard, ctx: ApiContext, rendererDir: string): Promise<void> {
  setSecurityHeaders(res);
  guard.checkHost(req);
  // No CORS: a preflight is refused outright, so no other origin is ever let in.
  if (req.method === 'OPTIONS') throw new ApiError(405, 'method-not-allowed', 'OPTIONS is not supported.');
  const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;

  if (pathname === '/api' || pathname.startsWith('/api/')) {
    guard.checkApiCall(req);
    if (req.method !== 'POST') throw new ApiError(405, 'method-not-allowed', 'API calls are POST requests.');
    const name = pathname.slice('/api/'.length);
    if (!isApiMethod(name)) throw new ApiError(404, 'unknown-method', `There is no API method "${name}".`);
    const args = await readJsonBody(req, BODY_LIMIT);
    sendJson(res, 200, await METHODS[name](ctx, args));
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') throw new ApiError(405, 'method-not-allowed', 'Only GET and HEAD are served here.');
  await serveStatic(req, res, rendererDir, pathname);
}

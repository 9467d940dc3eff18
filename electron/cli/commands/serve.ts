// jejak serve [FILE] [--port N] [--open]: browser mode. Starts the local
// server, prints the board's address (token included) as the one line on
// stdout, and runs until SIGINT or SIGTERM.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { toFileErrorChecked } from '../../services/fileErrors';
import { nodeFileSystem } from '../../services/fileSystem';
import { appDataDir } from '../../services/appDataDir';
import { openInBrowser } from '../../services/systemOpener';
import { findPackageRoot } from '../../services/packageRoot';
import { startServer } from '../../server/server';
import { EXIT, type CliContext, type ExitCode } from '../context';
import { reportFileError } from './shared';

export interface ServeOptions {
  file?: string;
  port: number;
  open: boolean;
}

/** A port number as typed: digits only, 0 (any free port) to 65535; null if not. */
export function parsePort(value: string): number | null {
  if (!/^\d{1,5}$/.test(value)) return null;
  const port = Number(value);
  return port <= 65535 ? port : null;
}

/** Resolves once the process is asked to stop (Ctrl+C, or a service manager's SIGTERM). */
function untilStopped(): Promise<void> {
  return new Promise((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export async function serve(ctx: CliContext, options: ServeOptions, stopped: () => Promise<void> = untilStopped): Promise<ExitCode> {
  const { text, io } = ctx;
  let file: string | undefined;
  if (options.file !== undefined) {
    file = resolve(io.cwd, options.file);
    try {
      const info = await nodeFileSystem.stat(file);
      if (info.isDirectory || info.isFile === false) {
        reportFileError(ctx, { code: info.isDirectory ? 'is-folder' : 'not-a-file', path: options.file });
        return EXIT.fatal;
      }
    } catch (error) {
      reportFileError(ctx, { ...(await toFileErrorChecked(error, file, nodeFileSystem)), path: options.file });
      return EXIT.fatal;
    }
  }

  // JEJAK_RENDERER_DIR lets tests (and packagers) serve a board from elsewhere.
  const rendererDir = io.env.JEJAK_RENDERER_DIR || join(findPackageRoot(), 'dist', 'renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) {
    ctx.warn(`jejak: ${text.serveNotBuilt(rendererDir)}`);
    return EXIT.fatal;
  }

  // Listen for a stop before starting, so Ctrl+C during start-up still ends with a clean close.
  const stop = stopped();
  let server;
  try {
    const dataDir = appDataDir({ env: io.env, platform: process.platform, home: homedir() });
    server = await startServer({ port: options.port, file, rendererDir, dataDir });
  } catch (error) {
    const errno = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    ctx.warn(`jejak: ${errno === 'EADDRINUSE' ? text.servePortInUse(options.port) : text.serveFailed(error instanceof Error ? error.message : String(error))}`);
    return EXIT.fatal;
  }

  io.stdout(`${server.url}\n`);
  ctx.warn(text.serveRunning);
  // The opener gets a one-time address: the token would be readable in its command line by any local user.
  if (options.open) openInBrowser(server.launchUrl());
  await stop;
  await server.close();
  return EXIT.ok;
}

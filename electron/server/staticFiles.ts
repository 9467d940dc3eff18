// Serves the built renderer over HTTP (rendererFiles.ts decides which file a
// path names). The page holds no secret (the token stays in its address), so
// it is served without one.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { contentTypeOf, staticFileFor } from '../services/rendererFiles';
import { sendText } from './http';

export async function serveStatic(req: IncomingMessage, res: ServerResponse, root: string, pathname: string): Promise<void> {
  const file = await staticFileFor(root, pathname);
  if (file === null) return sendText(res, 404, 'Not found');
  const size = (await stat(file)).size;
  res.writeHead(200, {
    'Content-Type': contentTypeOf(file),
    'Content-Length': size,
    // The board is rebuilt in place; always ask again rather than run a stale bundle.
    'Cache-Control': 'no-cache',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  await new Promise<void>((resolve) => {
    const stream = createReadStream(file);
    stream.on('error', () => {
      res.destroy();
      resolve();
    });
    stream.on('end', resolve);
    stream.pipe(res);
  });
}

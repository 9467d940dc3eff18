// The app is served from its own scheme, jejak://app/, not file://: the page
// has a real origin, the strict CSP header, and can reach nothing else.
import { readFile } from 'node:fs/promises';
import type { Protocol } from 'electron';
import { contentTypeOf, staticFileFor } from '../services/rendererFiles';
import { CONTENT_SECURITY_POLICY } from './webPreferences';

const APP_SCHEME = 'jejak';

/** Must run before the app is ready. */
export const APP_SCHEME_PRIVILEGES = { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } };

export function serveApp(protocol: Protocol, rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== 'app') return new Response('Not found', { status: 404 });
    const path = await staticFileFor(rendererDir, url.pathname === '/' ? '/index.html' : url.pathname);
    if (path === null) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(await readFile(path)), {
      headers: {
        'Content-Type': contentTypeOf(path),
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
}

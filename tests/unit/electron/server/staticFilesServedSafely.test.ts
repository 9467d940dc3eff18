// The built board is served from its folder and nothing else: the right
// content types, a strict Content-Security-Policy, no listings, and no way
// out of the folder however the path is spelled or encoded.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../../electron/server/guard';
import { folders, INDEX_HTML, rawRequest, serve, type Folders, type TestServer } from './support/server';

let f: Folders;
let server: TestServer;

beforeAll(async () => {
  f = folders();
  const assets = join(f.renderer, 'assets');
  const files: Record<string, string | Buffer> = {
    'board.css': 'body { margin: 0 }\n',
    'icon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>\n',
    'logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    'Inter.ttf': Buffer.from([0, 1, 0, 0]),
    'Inter.woff2': Buffer.from('wOF2'),
    'chunk.mjs': 'export {};\n',
    'data.bin': Buffer.from([1, 2, 3]),
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(join(assets, name), content);
  writeFileSync(join(f.renderer, '.env'), 'SECRET=1\n');
  mkdirSync(join(f.renderer, 'empty'));
  // Secrets beside and above the served folder.
  writeFileSync(join(f.base, 'secret.txt'), 'outside\n');
  writeFileSync(join(f.base, 'package.json'), '{"name":"not-served"}\n');
  symlinkSync(join(f.base, 'secret.txt'), join(assets, 'link-out.txt'));
  server = await serve(f);
});
afterAll(async () => {
  await server.close();
  f.remove();
});

describe('the page', () => {
  it('/ is index.html, with the strict CSP and the other security headers', async () => {
    const reply = await server.get('/');
    expect(reply.status).toBe(200);
    expect(reply.text).toBe(INDEX_HTML);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
    expect(reply.headers['content-length']).toBe(String(Buffer.byteLength(INDEX_HTML)));
  });

  it('the CSP is the one docs/architecture.md asks for, word for word', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });

  it('the address with its token is the page too; /index.html the same', async () => {
    expect((await server.get(`/?token=${server.token}`)).text).toBe(INDEX_HTML);
    expect((await server.get('/index.html')).text).toBe(INDEX_HTML);
  });

  it('HEAD gives the headers without a body', async () => {
    const reply = await rawRequest(server.port, '/', { method: 'HEAD' });
    expect(reply.status).toBe(200);
    expect(reply.text).toBe('');
    expect(reply.headers['content-length']).toBe(String(Buffer.byteLength(INDEX_HTML)));
  });
});

describe('assets', () => {
  it.each([
    ['app.js', 'text/javascript; charset=utf-8'],
    ['chunk.mjs', 'text/javascript; charset=utf-8'],
    ['board.css', 'text/css; charset=utf-8'],
    ['icon.svg', 'image/svg+xml'],
    ['logo.png', 'image/png'],
    ['Inter.ttf', 'font/ttf'],
    ['Inter.woff2', 'font/woff2'],
    ['data.bin', 'application/octet-stream'],
  ])('%s is served as %s', async (name, type) => {
    const reply = await server.get(`/assets/${name}`);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe(type);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
  });

  it('an encoded name is decoded: /assets/app%2Ejs', async () => {
    expect((await server.get('/assets/app%2Ejs')).status).toBe(200);
  });
});

describe('nothing else', () => {
  it.each(['/assets', '/assets/', '/empty/', '/empty', '/missing.js', '/assets/missing.js'])('%s: 404, no listing', async (path) => {
    const reply = await server.get(path);
    expect(reply.status).toBe(404);
    expect(reply.text).not.toContain('app.js');
  });

  it.each([
    '/../package.json',
    '/..%2fpackage.json',
    '/..%2Fpackage.json',
    '/%2e%2e/package.json',
    '/%2E%2E%2Fpackage.json',
    '/assets/../../package.json',
    '/assets/%2e%2e/%2e%2e/package.json',
    '/assets/..%2f..%2fpackage.json',
    '/..%5cpackage.json',
    '/%2e%2e%5cpackage.json',
    '/%252e%252e/package.json',
    '/..%c0%afpackage.json',
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/%00/index.html',
    '/index.html%00.png',
    '/.env',
    '/%2eenv',
    '/assets/link-out.txt',
    '//etc/passwd',
    '/%2fetc%2fpasswd',
  ])('%s: 404', async (path) => {
    const reply = await server.get(path);
    expect(reply.status).toBe(404);
    expect(reply.text).not.toContain('not-served');
    expect(reply.text).not.toContain('outside');
    expect(reply.text).not.toContain('SECRET');
  });

  it('an absolute URL in the request line cannot reach outside either', async () => {
    const reply = await rawRequest(server.port, 'http://127.0.0.1/../package.json');
    expect(reply.status).toBe(404);
  });

  it('PUT and DELETE are refused', async () => {
    for (const method of ['PUT', 'DELETE', 'PATCH']) expect((await rawRequest(server.port, '/index.html', { method, body: 'x' })).status).toBe(405);
  });
});

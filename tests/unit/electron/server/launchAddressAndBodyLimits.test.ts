// Secrets and limits of browser mode's server (issue 12, point 10). The
// address handed to the system's opener carries no token: it is spent on its
// first use and sends the browser on with the token. A request body is
// refused as soon as it passes what its method can use, not after the server
// has buffered it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROTOCOL } from '../../../../shared/host/protocol';
import { streamBody } from '../../../support/streamBody';
import { folders, serve, type Folders, type TestServer } from './support/server';

let f: Folders;
let server: TestServer;

beforeEach(async () => {
  f = folders();
  server = await serve(f);
});
afterEach(async () => {
  await server.close();
  f.remove();
});

describe('the launch address', () => {
  it('carries no token, is spent on its first use, and sends the browser on to the board with the token', async () => {
    const launch = server.launchUrl();
    expect(launch).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/launch\/[A-Za-z0-9_-]{32}$/);
    expect(launch).not.toContain(server.token);
    const first = await server.get(new URL(launch).pathname);
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe(`/?token=${server.token}`);
    expect(first.headers['cache-control']).toBe('no-store');
    const again = await server.get(new URL(launch).pathname);
    expect(again.status).toBe(410);
    expect(again.text).toContain('already been used');
    expect(again.headers.location).toBeUndefined();
  });

  it('a made-up or guessed code opens nothing', async () => {
    server.launchUrl();
    for (const path of ['/launch/', '/launch/abc', `/launch/${'A'.repeat(32)}`, `/launch/${server.token}`]) {
      const reply = await server.get(path);
      expect(reply.status, path).toBe(410);
      expect(reply.text).not.toContain(server.token);
    }
  });

  it('each launch address is its own: two opened browsers each get in once', async () => {
    const [a, b] = [server.launchUrl(), server.launchUrl()];
    expect(a).not.toBe(b);
    expect((await server.get(new URL(b).pathname)).status).toBe(303);
    expect((await server.get(new URL(a).pathname)).status).toBe(303);
  });
});

describe('request bodies', () => {
  it('a call that carries no file is refused past its own small limit, long before 200 MB arrive', async () => {
    const limit = PROTOCOL.listSamples.maxRequestBytes;
    const reply = await streamBody(server.port, server.token, 'listSamples', 200 * 1024 * 1024);
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toEqual({ error: { code: 'too-large', message: `The request is larger than this call takes (at most ${limit} bytes).` } });
    // Refused within a few chunks (and the socket's buffers) of the limit, not after the whole body.
    expect(reply.sent).toBeLessThan(limit + 16 * 1024 * 1024);
  });

  it('a declared length over the limit is refused before any of the body is read', async () => {
    const reply = await server.api('closeFile', { handle: 'x' }, { 'Content-Type': 'application/json', 'X-Jejak-Token': server.token, 'Content-Length': String(300 * 1024 * 1024) });
    expect(reply.status).toBe(413);
  });

  it('each method has a limit fitted to it: a save takes a whole map, a handle-only call a few kilobytes', () => {
    expect(PROTOCOL.save.maxRequestBytes).toBeGreaterThan(256 * 1024 * 1024);
    expect(PROTOCOL.fileStatus.maxRequestBytes).toBeLessThanOrEqual(64 * 1024);
    expect(PROTOCOL.readImport.maxRequestBytes).toBeLessThan(PROTOCOL.save.maxRequestBytes);
  });

  it('the server still answers after refusing a body', async () => {
    await streamBody(server.port, server.token, 'recentFiles', 8 * 1024 * 1024);
    expect(await server.call('listSamples')).toEqual(expect.any(Array));
  });
});

// Any web page the user visits can send requests to 127.0.0.1: every API
// call needs this run's token, every request must be addressed to the
// server's own host and port (DNS rebinding), and no reply carries a CORS
// header that would let another origin read it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { folders, rawRequest, serve, type Folders, type Reply, type TestServer } from './support/server';

let f: Folders;
let server: TestServer;
const replies: Reply[] = [];
const keep = (reply: Reply) => {
  replies.push(reply);
  return reply;
};

beforeAll(async () => {
  f = folders();
  server = await serve(f);
});
afterAll(async () => {
  await server.close();
  f.remove();
});

const json = { 'Content-Type': 'application/json' };

describe('the address', () => {
  it('is http://127.0.0.1:PORT/?token= with a URL-safe token of 43 characters', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d{1,5}\/\?token=[A-Za-z0-9_-]{43}$/);
    expect(new URL(server.url).port).toBe(String(server.port));
  });

  it('a new token every run', async () => {
    const other = await serve(f);
    expect(other.token).not.toBe(server.token);
    await other.close();
  });
});

describe('the token', () => {
  it('an API call without it is refused with 401', async () => {
    const reply = keep(await server.api('listSamples', {}, json));
    expect(reply.status).toBe(401);
    expect(reply.json()).toEqual({ error: { code: 'no-token', message: expect.stringContaining('token') } });
  });

  it('a wrong token, a token of the right length, and one token in the query instead are refused', async () => {
    const wrong = server.token.slice(0, -1) + (server.token.endsWith('A') ? 'B' : 'A');
    for (const token of ['nope', wrong, `${server.token}x`, server.token.toLowerCase() === server.token ? 'x' : server.token.toLowerCase()]) {
      expect(keep(await server.api('listSamples', {}, { ...json, 'X-Jejak-Token': token })).status).toBe(401);
    }
    const inQuery = keep(await rawRequest(server.port, `/api/listSamples?token=${server.token}`, { method: 'POST', headers: json, body: '{}' }));
    expect(inQuery.status).toBe(401);
  });

  it('is checked before anything else about an API call: unknown methods and GETs get 401 too', async () => {
    expect(keep(await server.api('noSuchMethod', {}, json)).status).toBe(401);
    expect(keep(await server.get('/api/listSamples')).status).toBe(401);
  });

  it('with it, the call is answered', async () => {
    const reply = keep(await server.api('listSamples'));
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(reply.headers['cache-control']).toBe('no-store');
  });

  it('the page itself needs no token and holds none', async () => {
    const reply = keep(await server.get('/'));
    expect(reply.status).toBe(200);
    expect(reply.text).not.toContain(server.token);
  });
});

describe('the Host header', () => {
  it.each([
    ['another name', (port: number) => `evil.example:${port}`],
    ['another port', (port: number) => `127.0.0.1:${port === 65535 ? 1 : port + 1}`],
    ['no port', () => '127.0.0.1'],
    ['localhost on another port', (port: number) => `localhost:${port + 1}`],
    ['a name that merely starts the same', (port: number) => `127.0.0.1:${port}.evil.example`],
  ])('%s: 421, for the page and for API calls with the token', async (_, host) => {
    const page = keep(await server.get('/', { Host: host(server.port) }));
    expect(page.status).toBe(421);
    expect(page.text).not.toContain('Jejak');
    const call = keep(await server.api('listSamples', {}, { ...json, 'X-Jejak-Token': server.token, Host: host(server.port) }));
    expect(call.status).toBe(421);
    expect(call.json()).toMatchObject({ error: { code: 'bad-host' } });
  });

  it('127.0.0.1:PORT and localhost:PORT are both the server', async () => {
    expect(keep(await server.get('/', { Host: `127.0.0.1:${server.port}` })).status).toBe(200);
    expect(keep(await server.get('/', { Host: `localhost:${server.port}` })).status).toBe(200);
    expect(keep(await server.api('settings', {}, { ...json, 'X-Jejak-Token': server.token, Host: `localhost:${server.port}` })).status).toBe(200);
  });
});

describe('other origins', () => {
  it('OPTIONS (a CORS preflight) is refused, for the page and for the API', async () => {
    for (const path of ['/', '/api/listSamples']) {
      const reply = keep(
        await rawRequest(server.port, path, {
          method: 'OPTIONS',
          headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'x-jejak-token' },
        }),
      );
      expect(reply.status).toBe(405);
    }
  });

  it('a call from a foreign Origin is refused even with the token', async () => {
    const reply = keep(await server.api('listSamples', {}, { ...json, 'X-Jejak-Token': server.token, Origin: 'https://evil.example' }));
    expect(reply.status).toBe(403);
    const own = keep(await server.api('listSamples', {}, { ...json, 'X-Jejak-Token': server.token, Origin: `http://127.0.0.1:${server.port}` }));
    expect(own.status).toBe(200);
  });

  it('a form post (not JSON) is refused', async () => {
    const reply = keep(
      await rawRequest(server.port, '/api/settings', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Jejak-Token': server.token },
        body: 'a=b',
      }),
    );
    expect(reply.status).toBe(415);
  });
});

describe('wrong calls', () => {
  it('an unknown method is 404; a GET on the API 405; a body that is not a JSON object 400', async () => {
    expect(keep(await server.api('noSuchMethod')).status).toBe(404);
    expect(keep(await server.api('constructor')).status).toBe(404);
    expect(keep(await server.api('__proto__')).status).toBe(404);
    expect(keep(await server.get('/api/listSamples', { 'X-Jejak-Token': server.token })).status).toBe(405);
    for (const body of ['[1]', 'not json', '"text"']) {
      const reply = keep(await rawRequest(server.port, '/api/settings', { method: 'POST', headers: { ...json, 'X-Jejak-Token': server.token }, body }));
      expect(reply.status).toBe(400);
      expect(reply.json()).toMatchObject({ error: { code: 'bad-request' } });
    }
  });

  it('a POST to the page is 405', async () => {
    expect(keep(await rawRequest(server.port, '/', { method: 'POST', body: '' })).status).toBe(405);
  });
});

describe('every reply seen above', () => {
  it('carries no Access-Control-* header, and the security headers', () => {
    expect(replies.length).toBeGreaterThan(20);
    for (const reply of replies) {
      expect(Object.keys(reply.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
      expect(reply.headers['x-content-type-options']).toBe('nosniff');
      expect(reply.headers['referrer-policy']).toBe('no-referrer');
    }
  });
});

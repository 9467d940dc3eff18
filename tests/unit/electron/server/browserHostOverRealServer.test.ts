// The renderer's browser Host (renderer/host/browserHost.ts) against a real
// server: the same calls the board makes, through fetch, with the token taken
// from the page's own address.
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { browserLanguage, createBrowserHost, HostRequestError } from '../../../../renderer/host/browserHost';
import type { Host } from '../../../../shared/host/host';
import { readCjm } from '../../../../shared/format/reader';
import { writeCjm } from '../../../../shared/format/writer';
import { NODE_BASE64 } from '../../../../electron/services/base64';
import { fromWireJson } from '../../../../shared/host/wireJson';
import { folders, SAMPLES, serve, temporaries, type Folders, type TestServer } from './support/server';

let f: Folders;
let server: TestServer;
let host: Host;
let mapPath: string;

/** What window.location holds for the printed address. */
const pageAt = (url: string) => {
  const u = new URL(url);
  return { origin: u.origin, search: u.search };
};

beforeEach(async () => {
  f = folders();
  mapPath = join(f.work, 'b2b.cjm');
  copyFileSync(join(SAMPLES, 'b2b-software-purchase.en.cjm'), mapPath);
  server = await serve(f, { file: mapPath });
  host = createBrowserHost(pageAt(server.url));
});
afterEach(async () => {
  await server.close();
  expect(temporaries(f.base)).toEqual([]);
  f.remove();
});

describe('createBrowserHost', () => {
  it('is a browser host with in-app dialogs and no native ones', () => {
    expect(host.kind).toBe('browser');
    expect(host.dialogs).toBe('in-app');
    expect(host.showOpenDialog).toBeUndefined();
    expect(typeof host.listFolder).toBe('function');
  });

  it('opens the start-up file, saves it, and saves a copy beside it', async () => {
    const start = await host.startupFile();
    if (!start?.ok) throw new Error('no start-up file');
    expect(start.value.bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(start.value.bytes).equals(readFileSync(mapPath))).toBe(true);

    const read = readCjm(start.value.bytes);
    if (!read.ok) throw new Error('sample does not read');
    const retitled = (title: string) => writeCjm({ ...read.map, title });
    expect((await host.save(start.value.handle, new TextEncoder().encode(retitled('New title')))).ok).toBe(true);
    expect(readFileSync(mapPath, 'utf8')).toBe(retitled('New title'));

    const listing = await host.listFolder!(null, 'maps');
    if (!listing.ok) throw new Error('not listed');
    const copy = await host.saveAs(listing.value.folder, 'copy', new TextEncoder().encode(retitled('Copy')), false);
    expect(copy.ok && copy.value.name).toBe('copy.cjm');
    expect(readFileSync(join(f.work, 'copy.cjm'), 'utf8')).toBe(retitled('Copy'));
    const again = await host.saveAs(listing.value.folder, 'copy', new TextEncoder().encode(retitled('Other')), false);
    expect(again).toMatchObject({ ok: false, error: { code: 'exists' } });

    expect((await host.recentFiles()).map((r) => r.name)).toEqual(['copy.cjm', 'b2b.cjm']);
  });

  it('samples, settings and images', async () => {
    const samples = await host.listSamples();
    expect(samples.length).toBeGreaterThan(0);
    const sample = await host.openSample(samples[0]!.id);
    expect(sample.ok && sample.value.writable).toBe(false);
    await host.saveSettings({ language: 'id' });
    expect(await host.settings()).toEqual({ language: 'id', autoSave: false });
    const images = await host.listFolder!(null, 'images');
    expect(images.ok && images.value.entries.every((e) => e.kind !== 'map')).toBe(true);
  });

  it('a refused call is thrown as a HostRequestError with the server\'s code and message', async () => {
    const error = await host.openFile('made-up').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostRequestError);
    expect(error).toMatchObject({ code: 'unknown-handle', status: 400, message: expect.stringMatching(/not issued by this server/) });
  });

  it('a page with the wrong token is refused on every call', async () => {
    const stranger = createBrowserHost({ origin: new URL(server.url).origin, search: '?token=guessed' });
    await expect(stranger.listSamples()).rejects.toMatchObject({ code: 'no-token', status: 401 });
  });

  it('a page without a token cannot make a host at all', () => {
    expect(() => createBrowserHost({ origin: new URL(server.url).origin, search: '' })).toThrow(HostRequestError);
  });

  it('a server that has stopped is "unreachable", not a crash', async () => {
    await server.close();
    await expect(host.listSamples()).rejects.toMatchObject({ code: 'unreachable' });
    server = await serve(f);
  });

  it('uses the fetch it is given, POSTing JSON with the token header', async () => {
    const calls: { url: string; init: RequestInit }[] = [];
    const recording = createBrowserHost(pageAt(server.url), (url, init) => {
      calls.push({ url, init });
      return fetch(url, init);
    });
    await recording.saveAs('folder-handle', 'name', new Uint8Array([1, 2, 3]), true).catch(() => undefined);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe(`${new URL(server.url).origin}/api/saveAs`);
    expect(calls[0]!.init.method).toBe('POST');
    expect(calls[0]!.init.headers).toEqual({ 'Content-Type': 'application/json', 'X-Jejak-Token': server.token });
    // Bytes travel as base64 in JSON, and come back out as bytes.
    expect(JSON.parse(String(calls[0]!.init.body))).toEqual({ folder: 'folder-handle', name: 'name', bytes: { $bytes: 'AQID' }, replace: true });
    expect(fromWireJson(String(calls[0]!.init.body), NODE_BASE64)).toEqual({ folder: 'folder-handle', name: 'name', bytes: new Uint8Array([1, 2, 3]), replace: true });
  });
});

describe('the system language', () => {
  it('is the first of the browser\'s languages Jejak speaks', () => {
    expect(browserLanguage(['id-ID', 'en'])).toBe('id');
    expect(browserLanguage(['fr-FR', 'in', 'en'])).toBe('id');
    expect(browserLanguage(['de', 'en-GB', 'id'])).toBe('en');
    expect(browserLanguage(['fr', 'de'])).toBe('en');
    expect(browserLanguage([])).toBe('en');
  });

  it('systemLanguage reads navigator.languages where there is a navigator', () => {
    expect(['en', 'id']).toContain(host.systemLanguage());
    const saved = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
    Object.defineProperty(globalThis, 'navigator', { value: { languages: ['id-ID', 'en-US'] }, configurable: true });
    try {
      expect(host.systemLanguage()).toBe('id');
    } finally {
      if (saved) Object.defineProperty(globalThis, 'navigator', saved);
      else delete (globalThis as { navigator?: unknown }).navigator;
    }
  });
});

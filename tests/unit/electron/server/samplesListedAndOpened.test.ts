// The sample maps shipped in shared/samples: listed by title and language,
// opened read-only, never saved over, and named only by their listed ids.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HostResult, OpenedFile, SampleMap } from '../../../../shared/host/host';
import { readCjm } from '../../../../shared/format/reader';
import { findPackageRoot } from '../../../../electron/services/packageRoot';
import { folders, ROOT, SAMPLES, serve, type Folders, type TestServer, utf8 } from './support/server';

let f: Folders;
let server: TestServer;

beforeAll(async () => {
  f = folders();
  server = await serve(f);
});
afterAll(async () => {
  await server.close();
  f.remove();
});

describe('samples', () => {
  it('the package root is found from the server\'s own location', () => {
    expect(findPackageRoot()).toBe(ROOT);
  });

  it('lists every sample with its title and language', async () => {
    const samples = await server.call<SampleMap[]>('listSamples');
    const files = readdirSync(SAMPLES).filter((name) => name.endsWith('.cjm')).sort();
    expect(samples.map((s) => `${s.id}.cjm`)).toEqual(files);
    expect(samples.find((s) => s.id === 'hotel-check-in.id')).toEqual({
      id: 'hotel-check-in.id',
      title: 'Check-in tamu Hotel Arunika Yogyakarta: cetak biru layanan',
      locale: 'id',
    });
    for (const sample of samples) expect(sample.title.length).toBeGreaterThan(0);
  });

  it('opens each read-only, with its bytes as shipped', async () => {
    for (const sample of await server.call<SampleMap[]>('listSamples')) {
      const result = await server.call<HostResult<OpenedFile>>('openSample', { id: sample.id });
      if (!result.ok) throw new Error(`sample ${sample.id} did not open`);
      const bytes = Buffer.from(result.value.bytes);
      expect(bytes.equals(readFileSync(join(SAMPLES, `${sample.id}.cjm`)))).toBe(true);
      expect(readCjm(bytes).ok).toBe(true);
      expect(result.value).toMatchObject({ name: `${sample.id}.cjm`, writable: false });
    }
  });

  it('a sample is never saved over, even by its own handle', async () => {
    const [first] = await server.call<SampleMap[]>('listSamples');
    const path = join(SAMPLES, `${first!.id}.cjm`);
    const before = readFileSync(path);
    const opened = await server.call<HostResult<OpenedFile>>('openSample', { id: first!.id });
    if (!opened.ok) throw new Error('not opened');
    const saved = await server.call('save', { handle: opened.value.handle, bytes: utf8('overwritten') });
    expect(saved).toEqual({ ok: false, error: { code: 'read-only', path: `${first!.id}.cjm` } });
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readdirSync(SAMPLES).filter((name) => name.includes('.tmp-'))).toEqual([]);
  });

  it.each(['no-such-sample', '../package', '../../package.json', 'hotel-check-in.id.cjm', ''])('the id %j is refused', async (id) => {
    const reply = await server.api('openSample', { id });
    expect(reply.status).toBe(400);
    expect(reply.json()).toMatchObject({ error: { code: 'unknown-sample' } });
  });

  it('an id that is not even a text is a bad request', async () => {
    const reply = await server.api('openSample', { id: 42 });
    expect(reply.status).toBe(400);
    expect(reply.json()).toMatchObject({ error: { code: 'bad-request', message: '"id" must be a text.' } });
  });
});

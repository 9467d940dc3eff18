// The in-app file dialog's view of a folder: folders first, then by name as
// people sort them; maps (with the pictures Jejak exports, which carry one),
// images, or sheets to import only; no hidden files; home, Documents and
// Desktop as places where they exist; a folder out of reach said so.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FolderListing, HostResult } from '../../../../shared/host/host';
import { folders, serve, type Folders, type TestServer } from './support/server';

let f: Folders;
let server: TestServer;

beforeEach(async () => {
  f = folders();
  for (const name of ['b.cjm', 'A.cjm', 'workshop 10.cjm', 'workshop 2.cjm', 'notes.txt', 'photo.PNG', 'face.jpg', 'pic.jpeg', 'art.webp', 'anim.gif', '.hidden.cjm', 'readme', 'map.cjm.bak', 'poster.svg', 'sheet.CSV', 'actions.xlsx', 'wall.md']) {
    writeFileSync(join(f.work, name), 'x');
  }
  for (const name of ['Zeta', 'alpha', '.git', 'Maps 2', 'Maps 10']) mkdirSync(join(f.work, name));
  symlinkSync(join(f.work, 'alpha'), join(f.work, 'link to alpha'));
  symlinkSync(join(f.work, 'nowhere'), join(f.work, 'broken.cjm'));
  server = await serve(f, { file: join(f.work, 'b.cjm') });
});
afterEach(async () => {
  await server.close();
  f.remove();
});

async function list(folder: string | null, show: 'maps' | 'images' | 'sheets' = 'maps'): Promise<FolderListing> {
  const result = await server.call<HostResult<FolderListing>>('listFolder', { folder, show });
  if (!result.ok) throw new Error(`not listed: ${JSON.stringify(result.error)}`);
  return result.value;
}
const names = (listing: FolderListing) => listing.entries.map((e) => `${e.kind}:${e.name}`);

describe('listFolder', () => {
  it('starts in the start-up file\'s folder: folders first, then maps and exported pictures, by name, numbers in order', async () => {
    const listing = await list(null);
    expect(listing.path).toBe(f.work);
    expect(names(listing)).toEqual([
      'folder:alpha',
      'folder:link to alpha',
      'folder:Maps 2',
      'folder:Maps 10',
      'folder:Zeta',
      'map:A.cjm',
      'map:b.cjm',
      'image:photo.PNG',
      'image:poster.svg',
      'map:workshop 2.cjm',
      'map:workshop 10.cjm',
    ]);
  });

  it('in sheets mode: folders, and the CSV and XLSX sheets and text lists an import reads', async () => {
    const listing = await list(null, 'sheets');
    expect(names(listing).filter((n) => !n.startsWith('folder:'))).toEqual(['sheet:actions.xlsx', 'sheet:notes.txt', 'sheet:sheet.CSV', 'sheet:wall.md']);
  });

  it('in images mode: folders and PNG, JPEG and WebP pictures, whatever the case of the extension', async () => {
    const listing = await list(null, 'images');
    expect(names(listing).filter((n) => n.startsWith('image:'))).toEqual(['image:art.webp', 'image:face.jpg', 'image:photo.PNG', 'image:pic.jpeg']);
    expect(names(listing).filter((n) => n.startsWith('folder:'))).toHaveLength(5);
  });

  it('leaves out hidden files and folders, and links that lead nowhere', async () => {
    const all = [...names(await list(null)), ...names(await list(null, 'images'))];
    expect(all.some((n) => n.includes('.hidden') || n.includes('.git') || n.includes('broken'))).toBe(false);
  });

  it('every entry has a handle and its modification time', async () => {
    for (const entry of (await list(null)).entries) {
      expect(entry.handle).toMatch(/^[A-Za-z0-9_-]{16,}$/);
      expect(entry.modifiedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    }
  });

  it('goes into a folder by its handle, and back up by the parent\'s', async () => {
    writeFileSync(join(f.work, 'alpha', 'inside.cjm'), 'x');
    const top = await list(null);
    const alpha = await list(top.entries.find((e) => e.name === 'alpha')!.handle);
    expect(alpha.path).toBe(join(f.work, 'alpha'));
    expect(names(alpha)).toEqual(['map:inside.cjm']);
    expect(alpha.parent).toBe(top.folder);
    expect((await list(alpha.parent)).path).toBe(f.work);
  });

  it('the top of the file system has no parent', async () => {
    let listing = await list(null);
    while (listing.parent !== null) listing = await list(listing.parent);
    expect(listing.path).toBe('/');
  });

  it('places: home, Documents and Desktop, only those that exist', async () => {
    const before = (await list(null)).places;
    expect(before.map((p) => p.name)).toEqual(['home']);
    mkdirSync(join(f.home, 'Documents'));
    mkdirSync(join(f.home, 'Desktop'));
    const places = (await list(null)).places;
    expect(places.map((p) => p.name)).toEqual(['home', 'Documents', 'Desktop']);
    expect((await list(places[1]!.handle)).path).toBe(join(f.home, 'Documents'));
  });

  it('without a start-up file, starts at home; after an open, beside the file opened', async () => {
    const other = await serve(f);
    const fromHome = await other.call<HostResult<FolderListing>>('listFolder', { folder: null, show: 'maps' });
    expect(fromHome.ok && fromHome.value.path).toBe(f.home);
    if (!fromHome.ok) return;
    const work = fromHome.value.entries.find((e) => e.name === 'work')!;
    const inWork = await other.call<HostResult<FolderListing>>('listFolder', { folder: work.handle, show: 'maps' });
    const map = inWork.ok ? inWork.value.entries.find((e) => e.name === 'A.cjm')! : null;
    await other.call('openFile', { handle: map!.handle });
    const after = await other.call<HostResult<FolderListing>>('listFolder', { folder: null, show: 'maps' });
    expect(after.ok && after.value.path).toBe(f.work);
    await other.close();
  });

  it('a folder that has gone (a dropped share) is folder-unreachable, never not-found', async () => {
    const zeta = (await list(null)).entries.find((e) => e.name === 'Zeta')!;
    rmSync(join(f.work, 'Zeta'), { recursive: true });
    const result = await server.call<HostResult<FolderListing>>('listFolder', { folder: zeta.handle, show: 'maps' });
    expect(result).toEqual({ ok: false, error: { code: 'folder-unreachable', path: join(f.work, 'Zeta'), errno: 'ENOENT' } });
  });

  it('when the start folder has gone, it starts at home instead', async () => {
    rmSync(f.work, { recursive: true });
    expect((await list(null)).path).toBe(f.home);
  });

  it('show must be maps or images', async () => {
    expect((await server.api('listFolder', { folder: null, show: 'everything' })).status).toBe(400);
  });
});

// The Host's version and compare methods, for browser mode's server and the
// desktop app's IPC alike: save a version beside the open map, list the
// versions in its folder, and read any map only to compare it.
import { basename, dirname, extname } from 'node:path';
import { readCjm } from '../../shared/format/reader';
import { versionLabel } from '../../shared/versions/versionFileName';
import { embeddedMapOf } from '../export/embeddedMap';
import { listVersionsBeside, saveVersionBeside } from '../services/versions';
import { ApiError } from './apiError';
import { modifiedAt, openPath } from './fileMethods';
import { MAP_EXTENSIONS, PICTURE_MAP_EXTENSIONS } from './folders';
import type { Method } from './methods';

function bad(message: string): never {
  throw new ApiError(400, 'bad-request', message);
}

const MAP_ID = /^[A-Za-z0-9_-]{1,64}$/;

export const VERSION_METHODS: { saveVersion: Method<'saveVersion'>; listVersions: Method<'listVersions'>; readMap: Method<'readMap'> } = {
  saveVersion: async (ctx, { handle, label: asked, bytes }) => {
    const target = ctx.handles.resolve(handle, 'file');
    // A sample or a picture has no folder of the user's to keep versions in.
    if (target.readOnly) return { ok: false, error: { code: 'read-only', path: basename(target.path) } };
    const label = versionLabel(asked);
    if (!label.ok) throw new ApiError(400, 'bad-name', `The version name is ${label.length} characters long; at most ${label.max} fit in a file name. Shorten it.`);
    const read = readCjm(bytes);
    if (!read.ok) return { ok: false, error: { code: 'not-a-map', path: basename(target.path) } };
    const saved = await saveVersionBeside(target.path, label.label, bytes, new Date());
    if (!saved.ok) return saved;
    const { title, notes } = read.map;
    const savedAt = (await modifiedAt(saved.path)) ?? new Date().toISOString();
    return { ok: true, value: { handle: ctx.handles.issue(saved.path, 'file'), name: basename(saved.path), title, savedAt, notes: notes.length } };
  },

  listVersions: async (ctx, { handle, mapId }) => {
    const target = ctx.handles.resolve(handle, 'file');
    if (!MAP_ID.test(mapId)) bad('"mapId" must be a map id: 1–64 letters, digits, "-" or "_".');
    const listed = await listVersionsBeside(target.path, mapId);
    if (!listed.ok) return listed;
    return {
      ok: true,
      value: listed.versions.map((v) => ({ handle: ctx.handles.issue(v.path, 'file'), name: basename(v.path), title: v.title, savedAt: v.savedAt, notes: v.notes })),
    };
  },

  readMap: async (ctx, { handle }) => {
    const path = ctx.handles.resolve(handle, 'file').path;
    const extension = extname(path).toLowerCase();
    const picture = PICTURE_MAP_EXTENSIONS.has(extension);
    if (!picture && !MAP_EXTENSIONS.has(extension)) throw new ApiError(400, 'bad-request', 'Only .cjm maps (or PNG and SVG pictures Jejak exported) can be compared.');
    const opened = await openPath(ctx.handles, path, true);
    if (!opened.ok) return opened;
    const { name, folder, modifiedAt: written } = opened.value;
    if (!picture) return { ok: true, value: { name, folder, bytes: opened.value.bytes, modifiedAt: written } };
    // A picture Jejak exported carries its map: that map is compared.
    const map = embeddedMapOf(opened.value.bytes);
    if (map === null) return { ok: false, error: { code: 'no-map-inside', path: name } };
    return { ok: true, value: { name, folder: dirname(path), bytes: map, modifiedAt: written } };
  },
};

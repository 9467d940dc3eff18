// The Host's version and compare methods, for browser mode's server and the
// desktop app's IPC alike: save a version beside the open map, list the
// versions in its folder, and read any map only to compare it.
import { basename, dirname, extname } from 'node:path';
import { readCjm } from '../../shared/format/reader';
import { LIMITS } from '../../shared/format/schema';
import type { HostResult, MapToCompare, MapVersion } from '../../shared/host/host';
import { versionLabel } from '../../shared/versions/versionFileName';
import { embeddedMapOf } from '../export/embeddedMap';
import { encodeMap } from '../services/mapFile';
import { listVersionsBeside, saveVersionBeside } from '../services/versions';
import type { ApiContext, Args } from './api';
import { ApiError } from './apiError';
import { openPath } from './fileMethods';
import { MAP_EXTENSIONS, PICTURE_MAP_EXTENSIONS } from './folders';

function bad(message: string): never {
  throw new ApiError(400, 'bad-request', message);
}

const MAP_ID = /^[A-Za-z0-9_-]{1,64}$/;

export const VERSION_METHODS = {
  saveVersion: async (ctx: ApiContext, args: Args): Promise<HostResult<MapVersion>> => {
    const target = ctx.handles.resolve(args.handle, 'file');
    // A sample or a picture has no folder of the user's to keep versions in.
    if (target.readOnly) return { ok: false, error: { code: 'read-only', path: basename(target.path) } };
    if (typeof args.label !== 'string') bad('"label" must be a text (it may be empty).');
    const label = versionLabel(args.label);
    if (!label.ok) throw new ApiError(400, 'bad-name', `The version name is ${label.length} characters long; at most ${label.max} fit in a file name. Shorten it.`);
    if (typeof args.text !== 'string') bad('"text" must be the map as a string.');
    const bytes = encodeMap(args.text);
    if (bytes.length > LIMITS.maxFileBytes) return { ok: false, error: { code: 'unknown', path: basename(target.path), errno: 'EFBIG' } };
    const read = readCjm(bytes);
    if (!read.ok) bad('"text" is not a map Jejak can read.');
    const saved = await saveVersionBeside(target.path, label.label, bytes, new Date());
    if (!saved.ok) return saved;
    const { title, updatedAt, notes } = read.map;
    return { ok: true, value: { handle: ctx.handles.issue(saved.path, 'file'), name: basename(saved.path), title, updatedAt, notes: notes.length } };
  },

  listVersions: async (ctx: ApiContext, args: Args): Promise<HostResult<MapVersion[]>> => {
    const target = ctx.handles.resolve(args.handle, 'file');
    if (typeof args.mapId !== 'string' || !MAP_ID.test(args.mapId)) bad('"mapId" must be a map id: 1–64 letters, digits, "-" or "_".');
    const listed = await listVersionsBeside(target.path, args.mapId);
    if (!listed.ok) return listed;
    return {
      ok: true,
      value: listed.versions.map((v) => ({ handle: ctx.handles.issue(v.path, 'file'), name: basename(v.path), title: v.title, updatedAt: v.updatedAt, notes: v.notes })),
    };
  },

  readMap: async (ctx: ApiContext, args: Args): Promise<HostResult<MapToCompare>> => {
    const path = ctx.handles.resolve(args.handle, 'file').path;
    const extension = extname(path).toLowerCase();
    const picture = PICTURE_MAP_EXTENSIONS.has(extension);
    if (!picture && !MAP_EXTENSIONS.has(extension)) throw new ApiError(400, 'bad-request', 'Only .cjm maps (or PNG and SVG pictures Jejak exported) can be compared.');
    const opened = await openPath(ctx.handles, path, true);
    if (!opened.ok) return opened;
    const { name, folder } = opened.value;
    if (!picture) return { ok: true, value: { name, folder, bytesBase64: opened.value.bytesBase64 } };
    // A picture Jejak exported carries its map: that map is compared.
    const map = embeddedMapOf(Buffer.from(opened.value.bytesBase64, 'base64'));
    if (map === null) return { ok: false, error: { code: 'no-map-inside', path: name } };
    return { ok: true, value: { name, folder: dirname(path), bytesBase64: Buffer.from(map).toString('base64') } };
  },
};

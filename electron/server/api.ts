// The API: one POST /api/<method> per Host method, its arguments as a JSON
// object of named fields, its reply the method's own return value as JSON.
// The method table is typed against the Host interface, so the two cannot
// drift apart.
import { basename, dirname, join } from 'node:path';
import type { Host, RecentFile } from '../../shared/host/host';
import { ApiError } from './apiError';
import { openPath, readImageAt, saveAsIn, saveOver } from './fileMethods';
import { listFolder } from './folders';
import type { HandleTable } from './handles';
import type { RecentFiles } from './recentFiles';
import type { SampleShelf } from './samples';
import type { SettingsStore } from './settingsStore';

export interface ApiContext {
  handles: HandleTable;
  recent: RecentFiles;
  settings: SettingsStore;
  samples: SampleShelf;
  home: string;
  startupPath: string | null;
  /** Where the user last opened or saved a map this run: where the file dialog starts. */
  lastFolder: string | null;
}

/** The Host methods the page reaches over HTTP (the rest are answered in the page itself). */
export type ApiMethod = Exclude<keyof Host, 'kind' | 'dialogs' | 'systemLanguage' | 'showOpenDialog' | 'showSaveDialog' | 'documentChanged' | 'onMenuAction'>;
export type Args = Record<string, unknown>;

function flag(args: Args, key: string): boolean {
  if (typeof args[key] !== 'boolean') throw new ApiError(400, 'bad-request', `"${key}" must be true or false.`);
  return args[key];
}

/** Opens a real file (not a sample): it joins the recent list and the dialog starts beside it next time. */
async function openAndRemember(ctx: ApiContext, path: string) {
  const opened = await openPath(ctx.handles, path, false);
  if (opened.ok) await remember(ctx, path);
  return opened;
}

async function remember(ctx: ApiContext, path: string): Promise<void> {
  ctx.lastFolder = dirname(path);
  await ctx.recent.touch(path);
}

export const METHODS: Record<ApiMethod, (ctx: ApiContext, args: Args) => Promise<unknown>> = {
  startupFile: async (ctx) => (ctx.startupPath === null ? null : openAndRemember(ctx, ctx.startupPath)),

  openFile: async (ctx, args) => {
    const target = ctx.handles.resolve(args.handle, 'file');
    return target.readOnly ? openPath(ctx.handles, target.path, true) : openAndRemember(ctx, target.path);
  },

  openSample: async (ctx, args) => {
    const path = await ctx.samples.pathOf(args.id);
    if (path === null) throw new ApiError(400, 'unknown-sample', `There is no sample map "${String(args.id)}".`);
    return openPath(ctx.handles, path, true);
  },

  listSamples: async (ctx) => ctx.samples.list(),

  recentFiles: async (ctx): Promise<RecentFile[]> =>
    (await ctx.recent.list()).map((r) => ({
      handle: ctx.handles.issue(r.path, 'file'),
      name: basename(r.path),
      folder: dirname(r.path),
      modifiedAt: r.modifiedAt,
      missing: r.missing,
      reviewBy: r.reviewBy,
    })),

  save: async (ctx, args) => {
    const target = ctx.handles.resolve(args.handle, 'file');
    // A sample is never saved over: the page must ask where to save a copy.
    if (target.readOnly) return { ok: false, error: { code: 'read-only', path: basename(target.path) } };
    const saved = await saveOver(target.path, args.text);
    if (saved.ok) await remember(ctx, target.path);
    return saved;
  },

  saveAs: async (ctx, args) => {
    const folder = ctx.handles.resolve(args.folder, 'folder').path;
    const saved = await saveAsIn(ctx.handles, folder, args.name, args.text, flag(args, 'replace'));
    if (saved.ok) await remember(ctx, join(folder, saved.value.name));
    return saved;
  },

  listFolder: async (ctx, args) => {
    const show = args.show;
    if (show !== 'maps' && show !== 'images') throw new ApiError(400, 'bad-request', '"show" must be "maps" or "images".');
    if (args.folder !== null && args.folder !== undefined) {
      return listFolder(ctx.handles.resolve(args.folder, 'folder').path, show, ctx.home, ctx.handles);
    }
    const start = ctx.lastFolder ?? (ctx.startupPath === null ? ctx.home : dirname(ctx.startupPath));
    const listed = await listFolder(start, show, ctx.home, ctx.handles);
    // The last folder may have gone offline since; home is always a place to start.
    return listed.ok || start === ctx.home ? listed : listFolder(ctx.home, show, ctx.home, ctx.handles);
  },

  readImage: async (ctx, args) => readImageAt(ctx.handles.resolve(args.handle, 'file').path),

  settings: async (ctx) => ctx.settings.get(),

  saveSettings: async (ctx, args) => {
    await ctx.settings.set(args.settings);
    return null;
  },
};

export function isApiMethod(name: string): name is ApiMethod {
  return Object.hasOwn(METHODS, name);
}

// The API: one POST /api/<method> per Host method, its arguments as a JSON
// object of named fields, its reply the method's own return value as JSON.
// The method table is typed against the Host interface, so the two cannot
// drift apart.
import { basename, dirname, extname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { readCjm } from '../../shared/format/reader';
import type { Host, HostResult, OpenedFile, PendingRecovery, RecentFile, RestoredRecovery } from '../../shared/host/host';
import { ApiError } from './apiError';
import { openPath, readImageAt, saveAsIn, saveOver } from './fileMethods';
import { contentHash, type OpenFiles } from './openFiles';
import { nodeFileSystem } from '../services/fileSystem';
import { listFolder } from './folders';
import type { HandleTable } from './handles';
import type { RecentFiles } from './recentFiles';
import type { SampleShelf } from './samples';
import type { SettingsStore } from './settingsStore';
import type { ExportJobs } from '../export/exportJobs';
import { embeddedMapOf } from '../export/embeddedMap';
import { EXPORT_METHODS } from './exportMethods';
import { PICTURE_MAP_EXTENSIONS } from './folders';
import { VERSION_METHODS } from './versionMethods';

export interface ApiContext {
  handles: HandleTable;
  recent: RecentFiles;
  settings: SettingsStore;
  samples: SampleShelf;
  /** The maps open in the page: locks, what the page last loaded or saved, backups and the recovery journal. */
  open: OpenFiles;
  home: string;
  startupPath: string | null;
  /** Where the user last opened or saved a map this run: where the file dialog starts. */
  lastFolder: string | null;
  /** Exports running and finished this run. */
  exports: ExportJobs;
  /** Shows a file in the system's file manager (an export just written). */
  showInFolder(path: string): void;
}

/** The Host methods the page reaches over HTTP (the rest are answered in the page itself). */
export type ApiMethod = Exclude<keyof Host, 'kind' | 'dialogs' | 'systemLanguage' | 'showOpenDialog' | 'showSaveDialog' | 'documentChanged' | 'onMenuAction' | 'openDroppedFile' | 'presentation' | 'actionStates'>;
export type Args = Record<string, unknown>;

function flag(args: Args, key: string): boolean {
  if (typeof args[key] !== 'boolean') throw new ApiError(400, 'bad-request', `"${key}" must be true or false.`);
  return args[key];
}

/**
 * Opens a real file (not a sample): it joins the recent list, the dialog
 * starts beside it next time, and a writable one is locked for editing
 * (`lockedBy` says who holds it when another copy does).
 */
async function openAndRemember(ctx: ApiContext, path: string): Promise<HostResult<OpenedFile>> {
  const opened = await openPath(ctx.handles, path, false);
  if (!opened.ok) return opened;
  await remember(ctx, path);
  const file = opened.value;
  const bytes = Buffer.from(file.bytesBase64, 'base64');
  // A map that cannot be opened as it is (refused, or repaired into a copy) is not being edited: no lock.
  const read = readCjm(bytes);
  const editable = file.writable && read.ok && read.repairs.length === 0;
  const lockedBy = await ctx.open.opened(file.handle, path, bytes, editable);
  return { ok: true, value: lockedBy === null ? file : { ...file, lockedBy } };
}

/**
 * A PNG or SVG that Jejak exported opens as the map inside it: a copy, not
 * that file (Save asks where), neither locked nor watched, named after it.
 */
async function openPicture(ctx: ApiContext, path: string): Promise<HostResult<OpenedFile>> {
  const opened = await openPath(ctx.handles, path, true);
  if (!opened.ok) return opened;
  const map = embeddedMapOf(Buffer.from(opened.value.bytesBase64, 'base64'));
  if (map === null) return { ok: false, error: { code: 'no-map-inside', path: basename(path) } };
  ctx.lastFolder = dirname(path);
  const name = `${basename(path, extname(path))}.cjm`;
  return { ok: true, value: { ...opened.value, name, bytesBase64: Buffer.from(map).toString('base64'), writable: false } };
}

/** Opens a file only to look at: no lock, but its changes are still reported. */
async function openToRead(ctx: ApiContext, path: string): Promise<HostResult<OpenedFile>> {
  const opened = await openPath(ctx.handles, path, true);
  if (opened.ok) await ctx.open.opened(opened.value.handle, path, Buffer.from(opened.value.bytesBase64, 'base64'), false);
  return opened;
}

const RECOVERY_KEY = /^[A-Za-z0-9_-]{1,64}$/;

function recoveryKey(args: Args): string {
  if (typeof args.key !== 'string' || !RECOVERY_KEY.test(args.key)) throw new ApiError(400, 'bad-request', '"key" must be 1–64 letters, digits, "-" or "_".');
  return args.key;
}

async function remember(ctx: ApiContext, path: string): Promise<void> {
  ctx.lastFolder = dirname(path);
  await ctx.recent.touch(path);
}

export const METHODS: Record<ApiMethod, (ctx: ApiContext, args: Args) => Promise<unknown>> = {
  startupFile: async (ctx) => (ctx.startupPath === null ? null : openAndRemember(ctx, ctx.startupPath)),

  openFile: async (ctx, args) => {
    const target = ctx.handles.resolve(args.handle, 'file');
    if (PICTURE_MAP_EXTENSIONS.has(extname(target.path).toLowerCase())) return openPicture(ctx, target.path);
    return target.readOnly ? openToRead(ctx, target.path) : openAndRemember(ctx, target.path);
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
    if (target.readOnly || ctx.open.readOnly(args.handle as string)) return { ok: false, error: { code: 'read-only', path: basename(target.path) } };
    const handle = args.handle as string;
    // Right before replacing: is the file still what this page last loaded or saved?
    const known = ctx.open.knownHash(handle);
    if (known !== null) {
      let onDisk: Uint8Array | null = null;
      try {
        onDisk = await nodeFileSystem.readFile(target.path);
      } catch {
        // Gone or out of reach: the save itself says which.
      }
      if (onDisk !== null && contentHash(onDisk) !== known) {
        ctx.open.know(handle, onDisk);
        return { ok: false, error: { code: 'changed-on-disk', path: basename(target.path) }, onDiskBase64: Buffer.from(onDisk).toString('base64') };
      }
    }
    const saved = await saveOver(target.path, args.text, ctx.open.backups);
    if (saved.ok) {
      ctx.open.know(handle, Buffer.from(args.text as string, 'utf8'));
      await remember(ctx, target.path);
    }
    return saved;
  },

  saveAs: async (ctx, args) => {
    const folder = ctx.handles.resolve(args.folder, 'folder').path;
    const saved = await saveAsIn(ctx.handles, folder, args.name, args.text, flag(args, 'replace'));
    if (!saved.ok) return saved;
    const path = join(folder, saved.value.name);
    await remember(ctx, path);
    // The map now lives in this file: it is locked and watched like one opened.
    const lockedBy = await ctx.open.opened(saved.value.handle, path, Buffer.from(saved.value.bytesBase64, 'base64'), true);
    if (lockedBy !== null) await ctx.open.editAnyway(saved.value.handle); // saved there by the user's choice: edited without the lock
    return saved;
  },

  listFolder: async (ctx, args) => {
    const show = args.show;
    if (show !== 'maps' && show !== 'images' && show !== 'sheets') throw new ApiError(400, 'bad-request', '"show" must be "maps", "images" or "sheets".');
    if (args.folder !== null && args.folder !== undefined) {
      return listFolder(ctx.handles.resolve(args.folder, 'folder').path, show, ctx.home, ctx.handles);
    }
    const start = ctx.lastFolder ?? (ctx.startupPath === null ? ctx.home : dirname(ctx.startupPath));
    const listed = await listFolder(start, show, ctx.home, ctx.handles);
    // The last folder may have gone offline since; home is always a place to start.
    return listed.ok || start === ctx.home ? listed : listFolder(ctx.home, show, ctx.home, ctx.handles);
  },

  readImage: async (ctx, args) => readImageAt(ctx.handles.resolve(args.handle, 'file').path),

  fileStatus: async (ctx, args) => ctx.open.status(args.handle as string, ctx.handles.resolve(args.handle, 'file').path),

  editAnyway: async (ctx, args) => {
    ctx.handles.resolve(args.handle, 'file');
    return { ok: true, value: { lockedBy: await ctx.open.editAnyway(args.handle as string) } };
  },

  closeFile: async (ctx, args) => {
    ctx.handles.resolve(args.handle, 'file');
    await ctx.open.close(args.handle as string);
    return null;
  },

  listBackups: async (ctx, args) => {
    const path = ctx.handles.resolve(args.handle, 'file').path;
    return (await ctx.open.backups.list(path)).map(({ id, savedAt, title, size }) => ({ id, savedAt, title, size }));
  },

  restoreBackup: async (ctx, args) => {
    const path = ctx.handles.resolve(args.handle, 'file').path;
    if (typeof args.id !== 'string') throw new ApiError(400, 'bad-request', '"id" must be a text.');
    const restored = await ctx.open.backups.restore(path, args.id);
    return restored === null ? { ok: false, error: { code: 'not-found', path } } : { ok: true, value: { bytesBase64: Buffer.from(restored.bytes).toString('base64') } };
  },

  journal: async (ctx, args) => {
    const key = recoveryKey(args);
    const entry = args.entry;
    if (entry === null || entry === undefined) {
      await ctx.open.journal.clear(key);
      return null;
    }
    if (typeof entry !== 'object') throw new ApiError(400, 'bad-request', '"entry" must be an object or null.');
    const { handle, title, text } = entry as Record<string, unknown>;
    if (typeof title !== 'string' || typeof text !== 'string') throw new ApiError(400, 'bad-request', '"entry" needs "title" and "text" strings.');
    const path = handle === null || handle === undefined ? null : ctx.handles.resolve(handle, 'file');
    ctx.open.journal.record({ key, path: path === null || path.readOnly ? null : path.path, title, text });
    await ctx.open.journal.flush(key);
    return null;
  },

  pendingRecoveries: async (ctx): Promise<PendingRecovery[]> =>
    (await ctx.open.journal.pending()).map(({ key, title, path, savedAt }) => ({ key, title, path, savedAt })),

  restoreRecovery: async (ctx, args): Promise<HostResult<RestoredRecovery>> => {
    const key = recoveryKey(args);
    const entry = (await ctx.open.journal.pending()).find((p) => p.key === key);
    const text = entry ? await ctx.open.journal.restore(key) : null;
    if (!entry || text === null) return { ok: false, error: { code: 'not-found', path: key } };
    let file: OpenedFile | null = null;
    if (entry.path !== null && existsSync(entry.path)) {
      const opened = await openAndRemember(ctx, entry.path);
      if (opened.ok) file = opened.value;
    }
    return { ok: true, value: { key, text, file } };
  },

  settings: async (ctx) => ctx.settings.get(),

  saveSettings: async (ctx, args) => {
    await ctx.settings.set(args.settings);
    return null;
  },

  ...EXPORT_METHODS,
  ...VERSION_METHODS,
};

export function isApiMethod(name: string): name is ApiMethod {
  return Object.hasOwn(METHODS, name);
}

// The Host's methods over the services: what each call does once its
// arguments have passed the protocol table's checks (shared/host/protocol.ts).
// Browser mode's server and the desktop app's IPC both dispatch here
// (dispatch.ts), so the two cannot drift apart.
import { basename, dirname, extname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { readCjm } from '../../shared/format/reader';
import { LIMITS } from '../../shared/format/schema';
import type { HostResult, OpenedFile, PendingRecovery, RecentFile, RestoredRecovery, SaveReply } from '../../shared/host/host';
import type { ArgsOf, HostReply, ProtocolMethod } from '../../shared/host/protocol';
import { embeddedMapOf } from '../export/embeddedMap';
import { ApiError } from './apiError';
import type { AppContext } from './context';
import { EXPORT_METHODS } from './exportMethods';
import { fileNameWithExtension, openPath, readFileAt, readImageAt, saveAsIn, saveOver } from './fileMethods';
import { listFolder, MAP_EXTENSIONS, PICTURE_MAP_EXTENSIONS } from './folders';
import { contentHash } from './openFiles';
import { VERSION_METHODS } from './versionMethods';

/** A method of the table: its checked arguments in, the Host's reply out. */
export type Method<M extends ProtocolMethod> = (ctx: AppContext, args: ArgsOf<M>) => Promise<HostReply<M>>;
/** The dialogs are the desktop shell's own (they need Electron); everything else is answered here. */
export type ShellMethod = 'showOpenDialog' | 'showSaveDialog';
export type AppMethods = { [M in Exclude<ProtocolMethod, ShellMethod>]: Method<M> };

/**
 * Opens a real file (not a sample): it joins the recent list, the dialog
 * starts beside it next time, and a writable one is locked for editing
 * (`lockedBy` says who holds it when another copy does).
 */
async function openAndRemember(ctx: AppContext, path: string): Promise<HostResult<OpenedFile>> {
  const opened = await openPath(ctx.handles, path, false);
  if (!opened.ok) return opened;
  await remember(ctx, path);
  const file = opened.value;
  // A map that cannot be opened as it is (refused, or repaired into a copy) is not being edited: no lock.
  const read = readCjm(file.bytes);
  const editable = file.writable && read.ok && read.repairs.length === 0;
  const lockedBy = await ctx.open.opened(file.handle, path, file.bytes, editable);
  return { ok: true, value: lockedBy === null ? file : { ...file, lockedBy } };
}

/**
 * A PNG or SVG that Jejak exported opens as the map inside it: a copy, not
 * that file (Save asks where), neither locked nor watched, named after it.
 */
async function openPicture(ctx: AppContext, path: string): Promise<HostResult<OpenedFile>> {
  const opened = await openPath(ctx.handles, path, true);
  if (!opened.ok) return opened;
  const map = embeddedMapOf(opened.value.bytes);
  if (map === null) return { ok: false, error: { code: 'no-map-inside', path: basename(path) } };
  ctx.lastFolder = dirname(path);
  const name = `${basename(path, extname(path))}.cjm`;
  return { ok: true, value: { ...opened.value, name, bytes: map, writable: false } };
}

/** Opens a file only to look at: no lock, but its changes are still reported. */
async function openToRead(ctx: AppContext, path: string): Promise<HostResult<OpenedFile>> {
  const opened = await openPath(ctx.handles, path, true);
  if (opened.ok) await ctx.open.opened(opened.value.handle, path, opened.value.bytes, false);
  return opened;
}

async function remember(ctx: AppContext, path: string): Promise<void> {
  ctx.lastFolder = dirname(path);
  await ctx.recent.touch(path);
}

/**
 * The rules of a save (docs/architecture.md, "What may be written"): only
 * over a map this page opened for editing (lock held, or "edit anyway"),
 * whose real path is a .cjm, with bytes that read as a map; and not over a
 * file someone else changed since this page last loaded or saved it.
 */
const save: Method<'save'> = async (ctx, { handle, bytes }): Promise<SaveReply> => {
  const target = ctx.handles.resolve(handle, 'file');
  const name = basename(target.path);
  // A sample is never saved over: the page must ask where to save a copy.
  if (target.readOnly) return { ok: false, error: { code: 'read-only', path: name } };
  if (!ctx.open.editing(handle)) return { ok: false, error: { code: 'not-open-for-editing', path: name } };
  let real: string;
  try {
    real = await realpath(target.path);
  } catch {
    real = target.path; // gone or out of reach: the save itself says which
  }
  if (!MAP_EXTENSIONS.has(extname(real).toLowerCase())) return { ok: false, error: { code: 'not-a-map', path: name } };
  if (!readCjm(bytes).ok) return { ok: false, error: { code: 'not-a-map', path: name } };
  // Right before replacing: is the file still what this page last loaded or saved?
  const known = ctx.open.knownHash(handle);
  const onDisk = await readFileAt(target.path, LIMITS.maxFileBytes);
  if (onDisk.ok && known !== null && contentHash(onDisk.value) !== known) {
    ctx.open.know(handle, onDisk.value);
    return { ok: false, error: { code: 'changed-on-disk', path: name }, onDisk: onDisk.value };
  }
  const saved = await saveOver(target.path, bytes, ctx.open.backups);
  if (saved.ok) {
    ctx.open.know(handle, bytes);
    await remember(ctx, target.path);
  }
  return saved;
};

export const APP_METHODS: AppMethods = {
  startupFile: async (ctx) => (ctx.startupPath === null ? null : openAndRemember(ctx, ctx.startupPath)),

  openFile: async (ctx, { handle }) => {
    const target = ctx.handles.resolve(handle, 'file');
    if (PICTURE_MAP_EXTENSIONS.has(extname(target.path).toLowerCase())) return openPicture(ctx, target.path);
    return target.readOnly ? openToRead(ctx, target.path) : openAndRemember(ctx, target.path);
  },

  openSample: async (ctx, { id }) => {
    const path = await ctx.samples.pathOf(id);
    if (path === null) throw new ApiError(400, 'unknown-sample', `There is no sample map "${id}".`);
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

  save,

  saveAs: async (ctx, { folder: folderHandle, name, bytes, replace }) => {
    const folder = ctx.handles.resolve(folderHandle, 'folder').path;
    const fileName = fileNameWithExtension(name);
    if (!readCjm(bytes).ok) return { ok: false, error: { code: 'not-a-map', path: fileName } };
    const saved = await saveAsIn(ctx.handles, folder, fileName, bytes, replace);
    if (!saved.ok) return saved;
    const path = join(folder, saved.value.name);
    await remember(ctx, path);
    // The map now lives in this file: it is locked and watched like one opened.
    const lockedBy = await ctx.open.opened(saved.value.handle, path, bytes, true);
    if (lockedBy !== null) await ctx.open.editAnyway(saved.value.handle); // saved there by the user's choice: edited without the lock
    return saved;
  },

  listFolder: async (ctx, { folder, show }) => {
    if (folder !== null) return listFolder(ctx.handles.resolve(folder, 'folder').path, show, ctx.home, ctx.handles);
    const start = ctx.lastFolder ?? ctx.home;
    const listed = await listFolder(start, show, ctx.home, ctx.handles);
    // The last folder may have gone offline since; home is always a place to start.
    return listed.ok || start === ctx.home ? listed : listFolder(ctx.home, show, ctx.home, ctx.handles);
  },

  readImage: async (ctx, { handle }) => readImageAt(ctx.handles.resolve(handle, 'file').path),

  fileStatus: async (ctx, { handle }) => ctx.open.status(handle, ctx.handles.resolve(handle, 'file').path),

  editAnyway: async (ctx, { handle }) => {
    ctx.handles.resolve(handle, 'file');
    return { ok: true, value: { lockedBy: await ctx.open.editAnyway(handle) } };
  },

  closeFile: async (ctx, { handle }) => {
    ctx.handles.resolve(handle, 'file');
    await ctx.open.close(handle);
  },

  listBackups: async (ctx, { handle }) => {
    const path = ctx.handles.resolve(handle, 'file').path;
    return (await ctx.open.backups.list(path)).map(({ id, savedAt, title, size }) => ({ id, savedAt, title, size }));
  },

  restoreBackup: async (ctx, { handle, id }) => {
    const path = ctx.handles.resolve(handle, 'file').path;
    const restored = await ctx.open.backups.restore(path, id);
    return restored === null ? { ok: false, error: { code: 'not-found', path } } : { ok: true, value: { bytes: restored.bytes } };
  },

  journal: async (ctx, { key, entry }) => {
    if (entry === null) {
      await ctx.open.journal.clear(key);
      return;
    }
    const path = entry.handle === null ? null : ctx.handles.resolve(entry.handle, 'file');
    ctx.open.journal.record({ key, path: path === null || path.readOnly ? null : path.path, title: entry.title, text: entry.text });
    await ctx.open.journal.flush(key);
  },

  pendingRecoveries: async (ctx): Promise<PendingRecovery[]> =>
    (await ctx.open.journal.pending()).map(({ key, title, path, savedAt }) => ({ key, title, path, savedAt })),

  restoreRecovery: async (ctx, { key }): Promise<HostResult<RestoredRecovery>> => {
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

  saveSettings: async (ctx, { settings }) => {
    await ctx.settings.set(settings);
  },

  ...EXPORT_METHODS,
  ...VERSION_METHODS,
};

// The Host's export and import methods, for browser mode's server and the
// desktop app's IPC alike: exports run as jobs in Node (electron/export),
// imports are read here, in a worker thread (readImport), and planned in the page.
import { FORMAT_EXTENSIONS, type ExportOptions } from '../../shared/export/options';
import type { HostResult } from '../../shared/host/host';
import { IMPORT_LIMITS } from '../../shared/import/limits';
import { embeddedMapOf } from '../export/embeddedMap';
import { readImport } from '../import/readImport';
import { ApiError } from './apiError';
import type { AppContext } from './context';
import { fileNameWithExtension, readFileAt } from './fileMethods';
import type { Method } from './methods';

async function importBytes(ctx: AppContext, source: { handle: string } | { name: string; bytes: Uint8Array }): Promise<HostResult<{ name: string; bytes: Uint8Array }>> {
  if (!('handle' in source)) return { ok: true, value: source };
  const path = ctx.handles.resolve(source.handle, 'file').path;
  const read = await readFileAt(path, IMPORT_LIMITS.maxFileBytes);
  return read.ok ? { ok: true, value: { name: path.split(/[\\/]/).pop()!, bytes: read.value } } : read;
}

export const EXPORT_METHODS: {
  startExport: Method<'startExport'>;
  prepareExport: Method<'prepareExport'>;
  exportStatus: Method<'exportStatus'>;
  cancelExport: Method<'cancelExport'>;
  showExported: Method<'showExported'>;
  readImport: Method<'readImport'>;
  mapInPicture: Method<'mapInPicture'>;
} = {
  startExport: async (ctx, { request }) => {
    // The choices were checked field by field by the protocol table; the export is dated now.
    const options: ExportOptions = { ...request.choices, now: new Date() };
    const folder = ctx.handles.resolve(request.folder, 'folder').path;
    const name = fileNameWithExtension(request.name, FORMAT_EXTENSIONS[options.format]);
    // The map is read where the export runs (a worker thread), not here: the main thread parses nothing, and
    // bytes that are not a map fail the job with a reason.
    const started = await ctx.exports.start(request.bytes, options, folder, name, request.replace);
    return started.ok ? { ok: true, value: { job: started.job } } : started;
  },

  prepareExport: async (ctx, { format }) => {
    ctx.exports.prepare(format);
  },

  exportStatus: async (ctx, { job }) => {
    const status = ctx.exports.status(job);
    if (status === null) throw new ApiError(404, 'unknown-job', 'There is no such export.');
    return status;
  },

  cancelExport: async (ctx, { job }) => {
    ctx.exports.cancel(job);
  },

  showExported: async (ctx, { job }) => {
    const path = ctx.exports.pathOf(job);
    return path !== null && (await ctx.showInFolder(path));
  },

  readImport: async (ctx, { source }) => {
    const read = await importBytes(ctx, source);
    if (!read.ok) return read;
    return { ok: true, value: await readImport(read.value.bytes, read.value.name) };
  },

  mapInPicture: async (_ctx, { bytes }) => embeddedMapOf(bytes),
};

// The Host's export and import methods, for browser mode's server and the
// desktop app's IPC alike: exports run as jobs in Node (electron/export),
// imports are read here (a sheet needs exceljs) and planned in the page.
import { isExportFormat, PAPER_SIZES, PDF_PAGES, FORMAT_EXTENSIONS, PNG_SCALES, type ExportOptions } from '../../shared/export/options';
import { readCjm } from '../../shared/format/reader';
import { LIMITS } from '../../shared/format/schema';
import type { ExportChoices, ExportStatus, HostResult, ImportSource } from '../../shared/host/host';
import { isLanguage } from '../../shared/i18n/language';
import { embeddedMapOf } from '../export/embeddedMap';
import { readImportSource } from '../import/readImportSource';
import { toFileErrorChecked } from '../services/fileErrors';
import { nodeFileSystem } from '../services/fileSystem';
import type { ApiContext, Args } from './api';
import { ApiError } from './apiError';
import { fileNameWithExtension } from './fileMethods';

function bad(message: string): never {
  throw new ApiError(400, 'bad-request', message);
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], key: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) bad(`"${key}" must be one of ${allowed.join(', ')}.`);
  return value as T;
}

/** The dialog's choices, checked field by field: the page is not trusted to send a sane request. */
export function exportOptionsOf(value: unknown, now: Date): ExportOptions {
  if (typeof value !== 'object' || value === null) bad('"choices" must be an object.');
  const c = value as Partial<Record<keyof ExportChoices, unknown>>;
  if (!isExportFormat(c.format)) bad('"format" must be svg, png, pdf, csv, xlsx, html or md.');
  if (typeof c.scale !== 'number' || !(c.scale >= PNG_SCALES.min && c.scale <= PNG_SCALES.max)) bad('"scale" must be a number from 1 to 4.');
  if (typeof c.handout !== 'boolean' || typeof c.includeHidden !== 'boolean') bad('"handout" and "includeHidden" must be true or false.');
  if (!isLanguage(c.language)) bad('"language" must be en or id.');
  return {
    format: c.format,
    page: oneOf(c.page, PDF_PAGES, 'page'),
    paper: oneOf(c.paper, PAPER_SIZES, 'paper'),
    orientation: oneOf(c.orientation, ['portrait', 'landscape'] as const, 'orientation'),
    scale: c.scale,
    background: oneOf(c.background, ['white', 'transparent'] as const, 'background'),
    handout: c.handout,
    includeHidden: c.includeHidden,
    language: c.language,
    now,
  };
}

function jobOf(args: Args): string {
  if (typeof args.job !== 'string') bad('"job" must be a text.');
  return args.job;
}

function decodeBase64(value: unknown, key: string, limit: number): Buffer {
  if (typeof value !== 'string') bad(`"${key}" must be base64 text.`);
  const bytes = Buffer.from(value, 'base64');
  if (bytes.length > limit) throw new ApiError(413, 'too-large', 'The file is larger than Jejak can import.');
  return bytes;
}

async function readImportBytes(ctx: ApiContext, source: unknown): Promise<HostResult<{ name: string; bytes: Buffer }>> {
  if (typeof source !== 'object' || source === null) bad('"source" must be an object.');
  const s = source as Record<string, unknown>;
  if (s.handle !== undefined) {
    const path = ctx.handles.resolve(s.handle, 'file').path;
    try {
      const info = await nodeFileSystem.stat(path);
      if (info.size > LIMITS.maxFileBytes) return { ok: false, error: { code: 'unreadable-import', path, errno: 'EFBIG' } };
      return { ok: true, value: { name: path.split(/[\\/]/).pop()!, bytes: Buffer.from(await nodeFileSystem.readFile(path)) } };
    } catch (error) {
      return { ok: false, error: await toFileErrorChecked(error, path, nodeFileSystem) };
    }
  }
  if (typeof s.name !== 'string') bad('"source" needs a handle, or a name and bytes.');
  return { ok: true, value: { name: s.name, bytes: decodeBase64(s.bytesBase64, 'bytesBase64', LIMITS.maxFileBytes) } };
}

export const EXPORT_METHODS = {
  startExport: async (ctx: ApiContext, args: Args): Promise<HostResult<{ job: string }>> => {
    const request = args.request as Record<string, unknown> | undefined;
    if (typeof request !== 'object' || request === null || typeof request.text !== 'string') bad('"request" needs the map as "text".');
    const options = exportOptionsOf(request.choices, new Date());
    const read = readCjm(Buffer.from(request.text, 'utf8'));
    if (!read.ok) bad('"text" is not a map Jejak can read.');
    const folder = ctx.handles.resolve(request.folder, 'folder').path;
    const name = fileNameWithExtension(request.name, FORMAT_EXTENSIONS[options.format]);
    const started = await ctx.exports.start(read.map, options, folder, name, request.replace === true);
    return started.ok ? { ok: true, value: { job: started.job } } : started;
  },

  exportStatus: async (ctx: ApiContext, args: Args): Promise<ExportStatus> => {
    const status = ctx.exports.status(jobOf(args));
    if (status === null) throw new ApiError(404, 'unknown-job', 'There is no such export.');
    return status;
  },

  cancelExport: async (ctx: ApiContext, args: Args): Promise<null> => {
    ctx.exports.cancel(jobOf(args));
    return null;
  },

  showExported: async (ctx: ApiContext, args: Args): Promise<null> => {
    const path = ctx.exports.pathOf(jobOf(args));
    if (path !== null) ctx.showInFolder(path);
    return null;
  },

  readImport: async (ctx: ApiContext, args: Args): Promise<HostResult<ImportSource>> => {
    const read = await readImportBytes(ctx, args.source);
    if (!read.ok) return read;
    return { ok: true, value: await readImportSource(read.value.bytes, read.value.name) };
  },

  mapInPicture: async (_ctx: ApiContext, args: Args): Promise<string | null> => {
    const map = embeddedMapOf(decodeBase64(args.bytesBase64, 'bytesBase64', 4 * LIMITS.maxFileBytes));
    return map === null ? null : Buffer.from(map).toString('base64');
  },
};

// Versions of a map kept beside it on the share: "Save a version" writes a
// dated copy with the same map id next to the map (safely, never over a
// file), and the Versions panel lists the maps in that folder whose id is
// this map's. The folder may hold anything: other maps, broken files, huge
// files, files being written; all of that is passed over silently.
import { basename, dirname, join, resolve } from 'node:path';
import { readCjm } from '../../shared/format/reader';
import { LIMITS } from '../../shared/format/schema';
import type { FileError } from '../../shared/i18n/fileErrors';
import { localDate, versionFileName } from '../../shared/versions/versionFileName';
import { folderError } from './fileErrors';
import { nodeFileSystem, type FileSystem } from './fileSystem';
import { readRegularFileStart } from './regularFile';
import { saveFileSafely } from './safeSave';

/** Enough for any number of versions in one day; past it the folder needs tidying, not a longer loop. */
const MAX_SAME_DAY = 999;

export type SavedVersion = { ok: true; path: string } | { ok: false; error: FileError };

/**
 * Writes `bytes` (a canonical map) as `<map> — <date> <label>.cjm` beside
 * `mapPath`; when that name is taken, " (2)", " (3)", … `label` is already
 * cleaned (versionLabel).
 */
export async function saveVersionBeside(mapPath: string, label: string, bytes: Uint8Array, now: Date, fs: FileSystem = nodeFileSystem): Promise<SavedVersion> {
  const folder = dirname(mapPath);
  const date = localDate(now);
  let last: FileError | null = null;
  for (let copy = 1; copy <= MAX_SAME_DAY; copy++) {
    const path = join(folder, versionFileName(basename(mapPath), date, label, copy));
    // overwrite: false places the file only if the name is free at that moment (no check-then-write race).
    const saved = await saveFileSafely(path, bytes, { fs, overwrite: false });
    if (saved.ok) return { ok: true, path };
    if (saved.error.code !== 'exists') return saved;
    last = saved.error;
  }
  return { ok: false, error: last! };
}

export interface VersionFile {
  path: string;
  title: string;
  /** When the version's file was written: its modification time, else (a system that will not say) the map's `updatedAt`. */
  savedAt: string;
  notes: number;
}

/** The file system a listing reads through: the seam, plus reading a file's first bytes. */
export interface VersionFolderFileSystem extends Pick<FileSystem, 'readdir' | 'stat' | 'readFile'> {
  readStart(path: string, length: number): Promise<Uint8Array>;
}

export const nodeVersionFolderFileSystem: VersionFolderFileSystem = {
  readdir: nodeFileSystem.readdir,
  stat: nodeFileSystem.stat,
  readFile: nodeFileSystem.readFile,
  readStart: readRegularFileStart,
};

/** How many files of the folder are read at once: a share answers a few requests better than a flood. */
const AT_ONCE = 4;
const START_BYTES = 512;

/**
 * The map id a file's first bytes name, when it begins as the canonical
 * writer writes (format, version, id), so that another map's file need not
 * be read whole; null when it begins otherwise (a hand-edited map), and the
 * whole file is read. The reader has the last word either way.
 */
function idAtStart(start: Uint8Array): string | null | 'not-a-map' {
  const text = new TextDecoder().decode(start).replace(/^\uFEFF/, '');
  if (!/^\s*\{/.test(text) && text.trim() !== '') return 'not-a-map';
  const match = /^\s*\{\s*"format"\s*:\s*"cjm"\s*,\s*"version"\s*:\s*\d+\s*,\s*"id"\s*:\s*"([A-Za-z0-9_-]{1,64})"/.exec(text);
  return match ? match[1]! : null;
}

async function readVersion(fs: VersionFolderFileSystem, path: string, mapId: string): Promise<VersionFile | null> {
  try {
    const info = await fs.stat(path);
    if (info.isDirectory || info.isFile === false || info.size > LIMITS.maxFileBytes) return null;
    const atStart = idAtStart(await fs.readStart(path, START_BYTES));
    if (atStart === 'not-a-map' || (atStart !== null && atStart !== mapId)) return null;
    const read = readCjm(await fs.readFile(path, LIMITS.maxFileBytes));
    if (!read.ok || read.map.id !== mapId) return null;
    const savedAt = info.mtimeMs !== undefined ? new Date(info.mtimeMs).toISOString() : read.map.updatedAt;
    return { path, title: read.map.title, savedAt, notes: read.map.notes.length };
  } catch {
    return null; // unreadable, gone since the folder was listed, a broken link: not a version
  }
}

export type VersionListing = { ok: true; versions: VersionFile[] } | { ok: false; error: FileError };

/** The maps beside `mapPath` whose id is `mapId`, that file itself left out, newest first. */
export async function listVersionsBeside(mapPath: string, mapId: string, fs: VersionFolderFileSystem = nodeVersionFolderFileSystem): Promise<VersionListing> {
  const folder = dirname(mapPath);
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch (error) {
    return { ok: false, error: folderError(error, folder) };
  }
  const self = resolve(mapPath);
  // Hidden files (lock files among them) are not maps; temporary files do not end in .cjm.
  const candidates = names.filter((name) => !name.startsWith('.') && name.toLowerCase().endsWith('.cjm')).map((name) => join(folder, name)).filter((path) => resolve(path) !== self);
  const found: VersionFile[] = [];
  for (let i = 0; i < candidates.length; i += AT_ONCE) {
    const batch = await Promise.all(candidates.slice(i, i + AT_ONCE).map((path) => readVersion(fs, path, mapId)));
    for (const version of batch) if (version) found.push(version);
  }
  found.sort((a, b) => Date.parse(b.savedAt) - Date.parse(a.savedAt) || (a.path < b.path ? 1 : a.path > b.path ? -1 : 0));
  return { ok: true, versions: found };
}

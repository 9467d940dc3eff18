// What went wrong with a file or folder (shared/i18n/fileErrors.ts), in English.
import type { FileError, FileErrorCode } from '../fileErrors';
import { mebibytes } from '../phrasing';
import { language } from './language';

export const files: { [C in FileErrorCode]: (e: FileError) => string } = {
  'not-found': (e) => `${e.path}: there is no such file; check the name and the folder`,
  'folder-unreachable': (e) =>
    `${e.path}: can't reach the folder (${e.errno ?? 'no answer'}); if it is on a shared drive, check the connection and try again, or save a copy elsewhere`,
  permission: (e) => `${e.path}: you do not have permission for this file or its folder; ask its owner, or save a copy elsewhere`,
  'read-only': (e) => `${e.path}: the drive or file is read-only; save a copy elsewhere`,
  'no-space': (e) => `${e.path}: the drive is full, so nothing was saved and the file is as it was; free some space or save a copy elsewhere`,
  'is-folder': (e) => `${e.path}: this is a folder, not a map file`,
  'not-a-file': (e) => `${e.path}: this is not an ordinary file (it is a device, a pipe or a socket), so Jejak does not read it; choose a file`,
  'too-large': (e) => `${e.path}: the file is larger than Jejak reads here (at most ${mebibytes(e.limit ?? 0, language.locale)} MB), so it was not read; check that it is the right file`,
  'not-a-map': (e) => `${e.path}: what was to be saved does not read as a map, so the file was left as it was; save a copy with Save as, and report this`,
  'not-open-for-editing': (e) => `${e.path}: this map is not open for editing here, so it was not replaced; open it first, or save a copy elsewhere`,
  'outside-folder': (e) => `${e.path}: this name is a link to a file in another folder, and Jejak does not write through it; choose another name`,
  'same-file': (e) => `${e.path}: this is the file being read (under another name or through a link), so it was not replaced; choose another file to write`,
  exists: (e) => `${e.path}: a file with this name already exists; choose another name, or add --force to replace it`,
  busy: (e) => `${e.path}: another program is holding the file (often antivirus or a sync tool); try again in a moment`,
  'backup-exists': (e) => `${e.path}: a backup with this name already exists; move it away first, or write the repair with --out`,
  'verify-failed': (e) => `${e.path}: the saved copy did not read back the same, so the map was not replaced; try again, or save a copy elsewhere`,
  'changed-on-disk': (e) => `${e.path}: someone else changed the file since it was opened here, so it was not replaced; their changes are being merged with yours, then save again`,
  'export-failed': (e) => `${e.path}: the export could not be made (${e.errno ?? 'unknown error'}), so nothing was written; try again, or choose another format`,
  'export-out-of-memory': (e) =>
    `${e.path}: the export needed more memory than Jejak allows one (${mebibytes(e.limit ?? 0, language.locale)} MB), so it was stopped and nothing was written; try a smaller scale, fewer notes, or another format`,
  'no-map-inside': (e) => `${e.path}: this picture carries no map; only PNG and SVG pictures exported by Jejak open as maps`,
  'unreadable-import': (e) => `${e.path}: this file cannot be read for an import (${e.errno ?? 'unknown format'}); save it as CSV or XLSX with the export's columns, or as a plain list, and try again`,
  unknown: (e) => `${e.path}: the file could not be used (${e.errno ?? 'unknown error'})`,
};

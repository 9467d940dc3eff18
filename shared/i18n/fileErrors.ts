// What went wrong with a file or folder, as the machine reports it (errno),
// in words that say what to do. Services turn errno codes into these; each
// language says them in its folder (shared/i18n/<code>/files.ts).
import { words, type Language } from './languages';

export type FileErrorCode =
  | 'not-found'
  | 'folder-unreachable'
  | 'permission'
  | 'read-only'
  | 'no-space'
  | 'is-folder'
  /** A device, pipe or socket where a file was expected: refused before anything is read. */
  | 'not-a-file'
  /** Larger than Jejak reads for this purpose (`limit` bytes). */
  | 'too-large'
  /** Bytes offered as a map to save that do not read as one: the file is left as it was. */
  | 'not-a-map'
  /** A save to a file this window has not opened for editing (listed, or opened read-only). */
  | 'not-open-for-editing'
  /** A link whose target lies outside the chosen folder: nothing is written through it. */
  | 'outside-folder'
  /** The file to write is the one being read (by another name or a link). */
  | 'same-file'
  | 'exists'
  | 'busy'
  | 'backup-exists'
  | 'verify-failed'
  | 'changed-on-disk'
  /** An export stopped by something other than the file system: nothing was written. */
  | 'export-failed'
  /** An export that needed more memory than Jejak gives one (`limit` bytes): stopped, nothing written. */
  | 'export-out-of-memory'
  /** A picture opened as a map that Jejak did not export (it carries no map). */
  | 'no-map-inside'
  /** A sheet or list to import that cannot be read as one. */
  | 'unreadable-import'
  | 'unknown';

export interface FileError {
  code: FileErrorCode;
  path: string;
  /** The system's own code (ENOENT, EACCES, …), for support and logs. */
  errno?: string;
  /** For `too-large`: the most bytes taken; for `export-out-of-memory`: the memory an export may use, in bytes. */
  limit?: number;
}

/** What went wrong, in the words of the language asked for. */
export function fileErrorMessage(error: FileError, language: Language): string {
  return words(language).files[error.code](error);
}

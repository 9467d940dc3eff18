// What went wrong with a file or folder, as the machine reports it (errno),
// in words that say what to do. Services turn errno codes into these.
export type FileErrorCode =
  | 'not-found'
  | 'folder-unreachable'
  | 'permission'
  | 'read-only'
  | 'no-space'
  | 'is-folder'
  | 'exists'
  | 'busy'
  | 'backup-exists'
  | 'verify-failed'
  | 'changed-on-disk'
  /** An export stopped by something other than the file system: nothing was written. */
  | 'export-failed'
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
}

export type FileErrorCatalogue = { [C in FileErrorCode]: (e: FileError) => string };

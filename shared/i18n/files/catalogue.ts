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
  | 'unknown';

export interface FileError {
  code: FileErrorCode;
  path: string;
  /** The system's own code (ENOENT, EACCES, …), for support and logs. */
  errno?: string;
}

export type FileErrorCatalogue = { [C in FileErrorCode]: (e: FileError) => string };

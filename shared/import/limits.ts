// How much an import reads: a file above this is refused before it is read
// (a sheet of a map's notes is a few megabytes; 20,000 notes of typical
// length are some 6 MB of CSV).
export const IMPORT_LIMITS = {
  /** The largest sheet or list file an import opens. */
  maxFileBytes: 128 * 1024 * 1024,
} as const;

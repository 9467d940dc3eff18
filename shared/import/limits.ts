// How much an import reads: a file above this is refused before it is read
// (a sheet of a map's notes is a few megabytes; 20,000 notes of typical
// length are some 6 MB of CSV), and a sheet is read only as far as these
// budgets, so a hostile one stops early instead of filling the memory.
export const IMPORT_LIMITS = {
  /** The largest sheet or list file an import opens. */
  maxFileBytes: 128 * 1024 * 1024,
  /** Rows under the header a sheet may have: a workshop's wall, many times over. */
  maxRows: 20_000,
  /** Cells a workbook's sheet may hold (its shared strings too): 20,000 rows of 50 columns. */
  maxCells: 1_000_000,
} as const;

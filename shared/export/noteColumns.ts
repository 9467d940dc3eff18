// The note columns of a CSV and of the workbook's Notes sheet, in the order
// they are written. Their headers are words (each language's sheets.ts);
// an import knows a column by its header in any language. Author comes last,
// and only when a note has one (noteColumnsOf): a map from a room that never
// joined in keeps the columns it always had.
export const NOTE_COLUMNS = [
  'id',
  'stage',
  'lane',
  'laneKind',
  'text',
  'emotion',
  'votes',
  'tags',
  'evidence',
  'source',
  'owner',
  'priority',
  'due',
  'metricName',
  'metricValue',
  'metricUnit',
  'author',
] as const;
export type NoteColumn = (typeof NOTE_COLUMNS)[number];

// The note columns of a CSV and of the workbook's Notes sheet, in the order
// they are written. Their headers are words (each language's sheets.ts);
// an import knows a column by its header in any language.
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
] as const;
export type NoteColumn = (typeof NOTE_COLUMNS)[number];

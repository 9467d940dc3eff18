// Which of a sheet's columns is which, by the header above it, never by
// position: people reorder, delete and add columns. Headers are known in
// English and Indonesian whatever the interface language (a sheet exported
// in Jakarta may come back through an English laptop), compared without
// regard to case, spaces, "-" or "_".
import { NOTE_COLUMNS, type NoteColumn } from '../export/noteColumns';
import { LANGUAGES, words } from '../i18n/languages';

function normaliseHeader(header: string): string {
  return header.normalize('NFC').toLowerCase().replace(/[\s_\-:]+/g, '');
}

const KNOWN: ReadonlyMap<string, NoteColumn> = (() => {
  const known = new Map<string, NoteColumn>();
  const add = (word: string, column: NoteColumn) => {
    const key = normaliseHeader(word);
    if (!known.has(key)) known.set(key, column);
  };
  // Jejak's own headers first, so that an alias never shadows one.
  for (const language of LANGUAGES) for (const column of NOTE_COLUMNS) add(words(language).sheets.noteHeaders[column], column);
  for (const column of NOTE_COLUMNS) add(column, column);
  for (const language of LANGUAGES) for (const column of NOTE_COLUMNS) for (const alias of words(language).sheets.headerAliases[column]) add(alias, column);
  return known;
})();

export function columnOfHeader(header: string): NoteColumn | undefined {
  return KNOWN.get(normaliseHeader(header));
}

export interface ColumnMatch {
  /** Each known column and the header it is read from (the first, if two headers name it). */
  columns: Map<NoteColumn, string>;
  /** Headers that name none of the columns, or a column already taken. */
  ignored: string[];
}

export function matchColumns(headers: readonly string[]): ColumnMatch {
  const columns = new Map<NoteColumn, string>();
  const ignored: string[] = [];
  for (const header of headers) {
    if (header.trim() === '') continue;
    const column = columnOfHeader(header);
    if (column === undefined || columns.has(column)) ignored.push(header);
    else columns.set(column, header);
  }
  return { columns, ignored };
}

// What an import says, in English: why a row (or a line) was not imported,
// why a file could not be read at all, and what the import will do; the
// shape every language's imports.ts follows (shared/i18n/importMessages.ts
// puts them together). Problems name the row as the spreadsheet numbers it,
// the field as the column header says it, and the text that was found, so
// the person can go straight to the cell:
//   row 7: emotion must be a whole number from -2 to 2, found 'happy'
import type { NoteColumn } from '../../export/noteColumns';
import { LIMITS } from '../../format/schema';
import type { ImportReason } from '../../import/types';
import type { SheetFailure } from '../importMessages';
import { integer, quotedCell as q } from '../phrasing';
import { language } from './language';

export interface ImportWords {
  row: (n: number) => string;
  line: (n: number) => string;
  field: Record<NoteColumn, string>;
  /** What a column's cell must hold, as a phrase after the field's name. */
  must: Record<NoteColumn, string>;
  found: (text: string) => string;
  reasons: { [C in Exclude<ImportReason['code'], 'invalid'>]: (r: Extract<ImportReason, { code: C }>) => string };
  failures: { [C in SheetFailure['code']]: (f: Extract<SheetFailure, { code: C }>) => string };
  summary: (s: { updated: number; added: number; deleted: number; notImported: number; unchanged: number }) => string;
}

const int = (value: number) => integer(value, language.locale);

export const imports: ImportWords = {
  row: (n) => `row ${int(n)}`,
  line: (n) => `line ${int(n)}`,
  field: {
    id: 'id',
    stage: 'stage',
    lane: 'lane',
    laneKind: 'lane kind',
    text: 'text',
    emotion: 'emotion',
    votes: 'votes',
    tags: 'tags',
    evidence: 'evidence',
    source: 'source',
    owner: 'owner',
    priority: 'priority',
    due: 'due date',
    metricName: 'metric name',
    metricValue: 'metric value',
    metricUnit: 'metric unit',
    author: 'author',
  },
  must: {
    id: 'must be an id of 1 to 64 letters, digits, "-" or "_"',
    stage: "must be a stage's name",
    lane: "must be a lane's name",
    laneKind: 'must be a kind of lane',
    text: 'must be at most 10,000 characters',
    emotion: 'must be a whole number from -2 to 2',
    votes: 'must be a whole number from 0 to 9,999',
    tags: `must be at most ${LIMITS.maxTags} different tags of 1 to 40 characters, separated by commas`,
    evidence: 'must be Assumption, Observed or Measured',
    source: 'must be at most 500 characters',
    owner: 'must be at most 100 characters',
    priority: 'must be High, Medium or Low',
    due: 'must be a date written YYYY-MM-DD, such as 2027-03-31',
    metricName: 'must be at most 100 characters',
    metricValue: 'must be a number, such as 42 or 3.5',
    metricUnit: 'must be at most 16 characters',
    author: 'must be a name of 1 to 40 characters',
  },
  found: (text) => (text.trim() === '' ? 'found nothing' : Array.from(text).length > 200 ? `found a text of ${int(Array.from(text).length)} characters` : `found ${q(text)}`),
  reasons: {
    'metric-incomplete': () => 'a metric needs both a name and a value',
    'unknown-stage': (r) => `no stage is called ${q(r.name)}; use a stage's name as the map has it`,
    'unknown-lane': (r) => `no lane is called ${q(r.name)}; use a lane's name as the map has it`,
    'ambiguous-stage': (r) => `more than one stage is called ${q(r.name)}; write the stage's id instead`,
    'ambiguous-lane': (r) => `more than one lane is called ${q(r.name)}; write the lane's id instead`,
    'missing-stage': () => 'a new note needs a stage',
    'missing-lane': () => 'a new note needs a lane',
    'duplicate-id': (r) => `the id ${q(r.id)} is already on row ${int(r.firstAt)}; a note can be in the sheet only once`,
    'lane-locked': (r) => `the lane ${q(r.lane)} is locked; unlock it on the board first`,
    'map-full': (r) => `the map already holds ${int(r.limit)} notes, the most it can`,
    'no-columns': () => "the first row names none of Jejak's columns (Id, Stage, Lane, Text, …); export a map to a sheet to see them",
    'no-id-column': () => 'the sheet has no Id column, so Jejak cannot tell which notes are missing from it; nothing was deleted',
    'unknown-heading': (r) =>
      `no stage is called ${q(r.name)}; ${r.skipped === 1 ? 'the line under it was' : `the ${int(r.skipped)} lines under it were`} not imported`,
    'no-lane': () => 'every lane is hidden or locked, so there is no lane to put the notes in',
  },
  failures: {
    empty: () => 'the file is empty',
    'not-text': () => 'the file is not text; save the sheet as CSV or XLSX and try again',
    'bad-csv': (f) => `the CSV cannot be read at line ${int(f.line)}: ${f.detail}`,
    'bad-xlsx': () => 'the file is not an Excel workbook Jejak can read (it may be damaged, or another kind of file)',
    'too-large': (f) =>
      !('part' in f)
        ? `the file is larger than ${int(Math.round(f.limit / 1024 / 1024))} MB, more than a map's notes need`
        : 'ratio' in f
          ? `the workbook is packed more than ${int(f.ratio)} to 1 (in ${f.part}), as no sheet of notes is, so Jejak did not unpack it; it may be damaged or made to fill the memory`
          : `the workbook unpacks to more than ${int(Math.round(f.limit / 1024 / 1024))} MB (in ${f.part}), far more than a map's notes need, so Jejak did not unpack it; check that it is the right file`,
    'too-many-rows': (f) => `this sheet has more than ${int(f.limit)} rows; Jejak imports at most ${int(f.limit)}`,
    'too-many-cells': (f) => `this sheet has more than ${int(f.limit)} cells; Jejak imports at most ${int(f.limit)} (delete the columns Jejak does not use and try again)`,
    'too-many-lines': (f) => `this list has more than ${int(f.limit)} lines; Jejak imports at most ${int(f.limit)}`,
    'too-much-memory': (f) =>
      `reading the file needed more memory than Jejak allows an import (${int(Math.round(f.limit / 1024 / 1024))} MB), so it was stopped; check that it is the right file, or save the sheet as CSV and try again`,
    'read-stopped': (f) => `reading the file stopped unexpectedly (${f.detail}); try again, or save the sheet as CSV`,
    'unknown-type': () => 'Jejak imports CSV, XLSX and plain lists (.txt, .md)',
  },
  summary: ({ updated, added, deleted, notImported, unchanged }) => {
    const n = (count: number, one: string, many: string) => `${int(count)} ${count === 1 ? one : many}`;
    const parts = [n(updated, 'note changed', 'notes changed'), n(added, 'new note', 'new notes'), n(deleted, 'note deleted', 'notes deleted')];
    if (unchanged > 0) parts.push(n(unchanged, 'unchanged', 'unchanged'));
    if (notImported > 0) parts.push(n(notImported, 'row not imported', 'rows not imported'));
    return parts.join(', ');
  },
};

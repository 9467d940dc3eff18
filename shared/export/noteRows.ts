// One row per note, the columns CSV and the Notes sheet both write, in the
// order a reader scans a wall: stage by stage, lane by lane, and within a
// cell in the notes' own order. Values are typed (numbers stay numbers,
// the due date is marked as a date) so that each writer can store them the
// way its format wants; `cellText` is the one way a value becomes text, and
// the importer compares against it to tell an untouched cell from an edit.
import type { JourneyMap, Lane, Note, Stage } from '../format/types';
import { words, type Language } from '../i18n/languages';
import { sceneLabels } from '../i18n/sceneLabels';
import { NOTE_COLUMNS, type NoteColumn } from './noteColumns';

export { NOTE_COLUMNS, type NoteColumn };

/** A cell: text, a number, or nothing. A `date` column holds `YYYY-MM-DD` text. */
export type CellValue = string | number | null;

export type NoteRow = Record<NoteColumn, CellValue>;

export type ColumnType = 'text' | 'number' | 'date';

export const COLUMN_TYPES: Record<NoteColumn, ColumnType> = {
  id: 'text',
  stage: 'text',
  lane: 'text',
  laneKind: 'text',
  text: 'text',
  emotion: 'number',
  votes: 'number',
  tags: 'text',
  evidence: 'text',
  source: 'text',
  owner: 'text',
  priority: 'text',
  due: 'date',
  metricName: 'text',
  metricValue: 'number',
  metricUnit: 'text',
  author: 'text',
};

/** Tags share one cell, comma-separated: how people list tags by hand, and what the importer splits on. */
const TAG_SEPARATOR = ', ';

/**
 * The columns an export of `map` writes: every one, but Author only when a
 * note has an author (none has once an export leaves authors out).
 */
export function noteColumnsOf(map: JourneyMap): readonly NoteColumn[] {
  return map.notes.some((note) => note.author !== undefined) ? NOTE_COLUMNS : NOTE_COLUMNS.filter((column) => column !== 'author');
}

export function noteHeaders(language: Language, columns: readonly NoteColumn[] = NOTE_COLUMNS): string[] {
  return columns.map((column) => words(language).sheets.noteHeaders[column]);
}

/** A value as the text of a cell: the exact form the importer compares with. */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  return typeof value === 'number' ? String(value) : value;
}

/** Writes the row of any note of `map`: the stage and lane looked up once, the words in `language`. */
export class NoteRowWriter {
  private readonly stages: Map<string, Stage>;
  private readonly lanes: Map<string, Lane>;
  private readonly labels: ReturnType<typeof sceneLabels>;

  constructor(
    map: JourneyMap,
    private readonly language: Language,
  ) {
    this.stages = new Map(map.stages.map((s) => [s.id, s]));
    this.lanes = new Map(map.lanes.map((l) => [l.id, l]));
    this.labels = sceneLabels(language);
  }

  row(note: Note): NoteRow {
    const lane = this.lanes.get(note.lane);
    return {
      id: note.id,
      stage: this.stages.get(note.stage)?.title ?? note.stage,
      lane: lane?.title ?? note.lane,
      laneKind: lane ? words(this.language).laneKinds[lane.kind] : null,
      text: note.text,
      emotion: note.emotion ?? null,
      votes: note.votes ?? null,
      tags: note.tags && note.tags.length > 0 ? note.tags.join(TAG_SEPARATOR) : null,
      evidence: note.evidence ? this.labels.evidence[note.evidence] : null,
      source: note.source ?? null,
      owner: note.owner ?? null,
      priority: note.priority ? this.labels.priority[note.priority] : null,
      due: note.due ?? null,
      metricName: note.metric?.name ?? null,
      metricValue: note.metric?.value ?? null,
      metricUnit: note.metric?.unit ?? null,
      author: note.author ?? null,
    };
  }
}

/**
 * The notes of `map` in reading order: by stage, then lane, then their order
 * in the cell. Pass the map as exported (mapForExport): hidden notes are
 * whatever that left in.
 */
function notesInReadingOrder(map: JourneyMap): Note[] {
  const stageOrder = new Map(map.stages.map((s, i) => [s.id, i]));
  const laneOrder = new Map(map.lanes.map((l, i) => [l.id, i]));
  const keyed = map.notes.map((note, i) => ({ note, stage: stageOrder.get(note.stage) ?? -1, lane: laneOrder.get(note.lane) ?? -1, i }));
  keyed.sort((a, b) => a.stage - b.stage || a.lane - b.lane || a.i - b.i);
  return keyed.map((k) => k.note);
}

/** One row per note of the exported map, in reading order. */
export function noteRows(map: JourneyMap, language: Language): NoteRow[] {
  const writer = new NoteRowWriter(map, language);
  return notesInReadingOrder(map).map((note) => writer.row(note));
}

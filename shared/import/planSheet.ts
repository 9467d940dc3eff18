// A sheet (CSV or XLSX, read into rows by header) turned into an import
// plan against a map:
// - a row whose id is a note of the map updates that note, in the fields
//   whose cell says something other than the note does now (a cell left as
//   exported changes nothing, even where a spreadsheet re-spelt it);
// - a row with no id, or an id the map does not have, becomes a new note at
//   the end of its cell (an unknown id is kept, so importing the same sheet
//   twice does not add the notes twice);
// - a row that cannot be read is listed by its number with every reason,
//   and none of it is imported;
// - nothing is deleted unless `deleteMissing` is asked for.
//
// An unknown stage or lane name is a reason to list the row, not to create
// the stage or lane: a typo in a sheet ("Awarness") would otherwise grow
// the map a new column that nobody asked for. Stages and lanes are made on
// the board; a sheet fills them.
import { isId } from '../format/rules';
import { LIMITS } from '../format/schema';
import type { JourneyMap, Lane, Metric, Note, Stage } from '../format/types';
import { cellText, NoteRowWriter, type NoteRow } from '../export/noteRows';
import type { NoteColumn } from '../export/noteColumns';
import { newId as randomId } from '../ids';
import {
  normaliseText,
  parseDue,
  parseEmotion,
  parseEvidence,
  parseNumber,
  parseOptionalText,
  parsePriority,
  parseTags,
  parseVotes,
  parseText,
  TEXT_LIMITS,
  type Parsed,
} from './cellValues';
import { matchColumns } from './columns';
import { NameIndex } from './names';
import { emptyPlan, type ImportPlan, type ImportProblem, type ImportReason, type NoteChanges, type SheetRow } from './types';

export interface SheetImportOptions {
  /** The sheet's headers, in order; by default every header any row has. */
  headers?: readonly string[];
  /** Delete the notes no row names (never private notes, nor notes in locked lanes). */
  deleteMissing?: boolean;
  /** The sheet writes decimals with a comma (a semicolon-separated CSV from Excel in such a locale). */
  decimalComma?: boolean;
  /** Ids for new notes; random by default. */
  newId?: () => string;
}

/** The fields a row sets, read from its cells; `undefined` where the sheet has no such column. */
type RowFields = { [K in Exclude<keyof NoteChanges, 'stage' | 'lane'>]?: NoteChanges[K] };

export function planSheetImport(map: JourneyMap, rows: readonly SheetRow[], options: SheetImportOptions = {}): ImportPlan {
  const plan = emptyPlan('row');
  const { columns, ignored } = matchColumns(options.headers ?? headersOf(rows));
  plan.ignoredColumns = ignored;
  if (!columns.has('id') && !columns.has('text')) {
    plan.problems.push({ at: 1, reason: { code: 'no-columns' } });
    return plan;
  }
  const reader = new RowReader(map, columns, options.decimalComma ?? false);
  const notes = new Map(map.notes.map((n) => [n.id, n]));
  const lanes = new Map(map.lanes.map((l) => [l.id, l]));
  const seen = new Map<string, number>();
  const used = new Set(notes.keys());
  const makeId = options.newId ?? (() => randomId('note'));
  let room = LIMITS.maxNotes - map.notes.length;

  for (const row of rows) {
    // A row with nothing in Jejak's columns is a blank row (a note in a column of one's own is no note).
    if ([...columns.values()].every((header) => (row.cells[header] ?? '').trim() === '')) continue;
    const problems: ImportProblem[] = [];
    const problem = (reason: ImportReason, column?: NoteColumn) => problems.push(column ? { at: row.row, column, reason } : { at: row.row, reason });
    const id = reader.cell(row, 'id')?.trim() ?? '';
    if (id !== '') {
      const first = seen.get(id);
      if (!isId(id)) problem({ code: 'invalid', field: 'id', found: id }, 'id');
      else if (first !== undefined) problem({ code: 'duplicate-id', id, firstAt: first }, 'id');
      else seen.set(id, row.row);
    }
    if (problems.length > 0) {
      plan.problems.push(...problems);
      continue;
    }
    const existing = id === '' ? undefined : notes.get(id);
    if (existing) {
      const changes = reader.changes(row, existing, problem);
      if (problems.length === 0 && Object.keys(changes).length > 0) {
        const from = lanes.get(existing.lane)!;
        const to = changes.lane !== undefined ? lanes.get(changes.lane)! : from;
        if (from.locked) problem({ code: 'lane-locked', lane: from.title });
        else if (to.locked) problem({ code: 'lane-locked', lane: to.title }, 'lane');
      }
      if (problems.length > 0) plan.problems.push(...problems);
      else if (Object.keys(changes).length > 0) plan.updates.push({ id, at: row.row, changes });
      else plan.unchanged++;
      continue;
    }
    const note = reader.newNote(row, problem);
    if (note && problems.length === 0) {
      if (lanes.get(note.lane)!.locked) problem({ code: 'lane-locked', lane: lanes.get(note.lane)!.title }, 'lane');
      else if (room <= 0) problem({ code: 'map-full', limit: LIMITS.maxNotes });
    }
    if (!note || problems.length > 0) {
      plan.problems.push(...problems);
      continue;
    }
    note.id = id !== '' ? id : freshId(makeId, used);
    used.add(note.id);
    room--;
    plan.additions.push({ at: row.row, note });
  }

  if (options.deleteMissing) {
    if (!columns.has('id')) plan.problems.push({ at: 1, reason: { code: 'no-id-column' } });
    else {
      for (const note of map.notes) {
        if (seen.has(note.id)) continue;
        const lane = lanes.get(note.lane)!;
        if (note.hidden || lane.hidden || lane.locked) plan.keptMissing.push(note.id);
        else plan.deletions.push(note.id);
      }
    }
  }
  return plan;
}

function headersOf(rows: readonly SheetRow[]): string[] {
  const headers = new Set<string>();
  for (const row of rows) for (const header of Object.keys(row.cells)) headers.add(header);
  return [...headers];
}

function freshId(make: () => string, used: Set<string>): string {
  for (;;) {
    const id = make();
    if (!used.has(id)) return id;
  }
}

type Problem = (reason: ImportReason, column?: NoteColumn) => void;

const METRIC_COLUMNS = ['metricName', 'metricValue', 'metricUnit'] as const;

/** Reads the cells of rows against one map: its stages, lanes, and each note as it would be exported. */
class RowReader {
  private readonly stages: NameIndex<Stage>;
  private readonly lanes: NameIndex<Lane>;
  private readonly writer: NoteRowWriter;

  constructor(
    map: JourneyMap,
    private readonly columns: Map<NoteColumn, string>,
    private readonly decimalComma: boolean,
  ) {
    this.stages = new NameIndex(map.stages);
    this.lanes = new NameIndex(map.lanes);
    this.writer = new NoteRowWriter(map, 'en');
    this.stageById = new Map(map.stages.map((s) => [s.id, s]));
    this.laneById = new Map(map.lanes.map((l) => [l.id, l]));
  }

  private readonly stageById: Map<string, Stage>;
  private readonly laneById: Map<string, Lane>;

  /** The cell of `column` in `row`; undefined when the sheet has no such column. */
  cell(row: SheetRow, column: NoteColumn): string | undefined {
    const header = this.columns.get(column);
    if (header === undefined) return undefined;
    return Object.hasOwn(row.cells, header) ? row.cells[header]! : '';
  }

  /** What the row says differently about `note`. */
  changes(row: SheetRow, note: Note, problem: Problem): NoteChanges {
    const exported = this.writer.row(note);
    // A cell that still reads exactly as exported is no edit, however its value would parse.
    const edited = (column: NoteColumn): string | undefined => {
      const cell = this.cell(row, column);
      return cell === undefined || cell === cellText(exported[column]) ? undefined : cell;
    };
    const changes: NoteChanges = {};
    const stageCell = edited('stage');
    if (stageCell !== undefined && stageCell.trim() !== '' && !this.stages.names(stageCell, this.stageById.get(note.stage)!)) {
      const stage = this.place(this.stages, stageCell, 'stage', problem);
      if (stage && stage.id !== note.stage) changes.stage = stage.id;
    }
    const laneCell = edited('lane');
    if (laneCell !== undefined && laneCell.trim() !== '' && !this.lanes.names(laneCell, this.laneById.get(note.lane)!)) {
      const lane = this.place(this.lanes, laneCell, 'lane', problem);
      if (lane && lane.id !== note.lane) changes.lane = lane.id;
    }
    const fields = this.fields(row, problem, exported);
    const current: Record<string, unknown> = { ...note, text: normaliseText(note.text) };
    if (note.source !== undefined) current.source = normaliseText(note.source);
    if (note.owner !== undefined) current.owner = normaliseText(note.owner);
    for (const [key, value] of Object.entries(fields) as [keyof RowFields, unknown][]) {
      if (value === undefined) continue;
      if (key === 'metric') {
        // A changed metric keeps the old one's extensions (x- keys), which no column shows.
        if (!sameMetric(note.metric, value as Metric | null)) changes.metric = value === null ? null : { ...(value as Metric), ...extensionsOf(note.metric) };
        continue;
      }
      if (!sameValue(current[key], value)) (changes as Record<string, unknown>)[key] = value;
    }
    return changes;
  }

  /** A new note from the row (its id still to be given), or null with the problems reported. */
  newNote(row: SheetRow, problem: Problem): Note | null {
    const stageCell = this.cell(row, 'stage')?.trim() ?? '';
    const laneCell = this.cell(row, 'lane')?.trim() ?? '';
    const stage = stageCell === '' ? (problem({ code: 'missing-stage' }, 'stage'), undefined) : this.place(this.stages, stageCell, 'stage', problem);
    const lane = laneCell === '' ? (problem({ code: 'missing-lane' }, 'lane'), undefined) : this.place(this.lanes, laneCell, 'lane', problem);
    const fields = this.fields(row, problem);
    if (!stage || !lane) return null;
    const note: Note = { id: '', lane: lane.id, stage: stage.id, text: fields.text ?? '' };
    for (const [key, value] of Object.entries(fields)) {
      if (key !== 'text' && value !== undefined && value !== null) (note as unknown as Record<string, unknown>)[key] = value;
    }
    return note;
  }

  private place<T extends Stage | Lane>(index: NameIndex<T>, name: string, column: 'stage' | 'lane', problem: Problem): T | undefined {
    const found = index.find(name);
    if (found.ok) return found.item;
    const shown = name.trim();
    if (column === 'stage') problem(found.code === 'ambiguous' ? { code: 'ambiguous-stage', name: shown } : { code: 'unknown-stage', name: shown }, 'stage');
    else problem(found.code === 'ambiguous' ? { code: 'ambiguous-lane', name: shown } : { code: 'unknown-lane', name: shown }, 'lane');
    return undefined;
  }

  /**
   * The fields the row's cells set. With `exported` (an update), cells that
   * still read as exported are skipped; so are the columns the sheet lacks.
   */
  private fields(row: SheetRow, problem: Problem, exported?: NoteRow): RowFields {
    const cellOf = (column: NoteColumn): string | undefined => {
      const cell = this.cell(row, column);
      return cell === undefined || (exported && cell === cellText(exported[column])) ? undefined : cell;
    };
    const fields: RowFields = {};
    const read = <T>(column: NoteColumn, parse: (cell: string) => Parsed<T>): T | undefined => {
      const cell = cellOf(column);
      if (cell === undefined) return undefined;
      const parsed = parse(cell);
      if (!parsed.ok) {
        problem({ code: 'invalid', field: column, found: cell }, column);
        return undefined;
      }
      // A cell a spreadsheet re-spelt (CR LF as LF, a tag's spaces trimmed) reads as what was exported: no edit.
      if (exported) {
        const before = parse(cellText(exported[column]));
        if (before.ok && sameValue(before.value, parsed.value)) return undefined;
      }
      return parsed.value;
    };
    fields.text = read('text', (c) => parseText(c, TEXT_LIMITS.text));
    fields.emotion = read('emotion', parseEmotion);
    fields.votes = read('votes', parseVotes);
    fields.tags = read('tags', parseTags);
    fields.evidence = read('evidence', parseEvidence);
    fields.source = read('source', (c) => parseOptionalText(c, TEXT_LIMITS.source));
    fields.owner = read('owner', (c) => parseOptionalText(c, TEXT_LIMITS.owner));
    fields.priority = read('priority', parsePriority);
    fields.due = read('due', parseDue);
    const metric = this.metric(row, problem, exported);
    if (metric !== undefined) fields.metric = metric;
    return fields;
  }

  /** The metric of three columns; undefined when none of them is there or (an update) none is edited. */
  private metric(row: SheetRow, problem: Problem, exported?: NoteRow): Metric | null | undefined {
    const cells = METRIC_COLUMNS.map((c) => this.cell(row, c));
    if (cells.every((c) => c === undefined)) return undefined;
    const exportedCells = exported ? METRIC_COLUMNS.map((c) => cellText(exported[c])) : ['', '', ''];
    // A column the sheet lacks reads as exported: the note keeps that part of its metric.
    const given = cells.map((c, i) => c ?? exportedCells[i]!);
    if (exported && given.every((c, i) => c === exportedCells[i])) return undefined;
    const parse = (texts: readonly string[]) =>
      [parseOptionalText(texts[0]!, TEXT_LIMITS.metricName), parseNumber(texts[1]!, this.decimalComma), parseOptionalText(texts[2]!, TEXT_LIMITS.metricUnit)] as const;
    const parsed = parse(given);
    if (exported) {
      const before = parse(exportedCells);
      if (before.every((b, i) => b.ok && parsed[i]!.ok && sameValue(b.value, (parsed[i] as { value: unknown }).value))) return undefined;
    }
    const [name, value, unit] = parsed;
    parsed.forEach((p, i) => {
      if (!p.ok) problem({ code: 'invalid', field: METRIC_COLUMNS[i]!, found: given[i]! }, METRIC_COLUMNS[i]!);
    });
    if (!name.ok || !value.ok || !unit.ok) return undefined;
    if (name.value === null && value.value === null && unit.value === null) return null;
    if (name.value === null || value.value === null) {
      problem({ code: 'metric-incomplete' }, name.value === null ? 'metricName' : 'metricValue');
      return undefined;
    }
    const metric: Metric = { name: name.value, value: value.value };
    if (unit.value !== null) metric.unit = unit.value;
    return metric;
  }
}

/** Field values compared as the map holds them: an absent key and a cleared cell (null) are the same. */
function sameValue(a: unknown, b: unknown): boolean {
  if ((a === undefined || a === null) && (b === undefined || b === null)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => item === b[i]);
  return a === b;
}

function sameMetric(a: Metric | undefined, b: Metric | null): boolean {
  if (a === undefined || b === null) return a === undefined && b === null;
  return normaliseText(a.name) === b.name && a.value === b.value && normaliseText(a.unit ?? '') === (b.unit ?? '');
}

function extensionsOf(metric: Metric | undefined): Partial<Metric> {
  const extensions: Record<string, unknown> = {};
  if (metric) for (const key of Object.keys(metric)) if (key.startsWith('x-')) extensions[key] = metric[key as `x-${string}`];
  return extensions as Partial<Metric>;
}

// The map as an Excel workbook: Notes first (the same columns as CSV, the
// sheet an import reads back), then Actions (the action list, most urgent
// first, with the votes each was made from), Personas, Stages, Emotions
// (mean per stage per persona) and Metrics (the metric fields and the notes
// of metrics lanes, shared/analysis/noteMetric.ts). Sheet
// names and headers in the export's language; every header row frozen and
// filterable; due dates stored as real dates, numbers as numbers.
//
// No cell is ever written as a formula: every value is a typed string,
// number or date (exceljs writes a string beginning with "=" as a string),
// so the formula escaping CSV needs does not apply and the text is stored
// exactly as typed.
import ExcelJS from 'exceljs';
import { sourceNotes, votesBehind } from '../../shared/analysis/madeFrom';
import { metricEntries } from '../../shared/analysis/noteMetric';
import { actionList } from '../../shared/export/actionList';
import { emotionTable } from '../../shared/export/emotionTable';
import { faceDownByStage, mapForExport } from '../../shared/export/mapForExport';
import { COLUMN_TYPES, noteColumnsOf, noteHeaders, noteRows, type CellValue, type NoteColumn } from '../../shared/export/noteRows';
import type { ExportOptions } from '../../shared/export/options';
import { stageTable } from '../../shared/export/stageTable';
import type { JourneyMap } from '../../shared/format/types';
import { words as wordsOf } from '../../shared/i18n/languages';
import { sceneLabels } from '../../shared/i18n/sceneLabels';
import { xlsxText } from './xlsxText';

type Cell = string | number | Date | null;

const DATE_FORMAT = 'yyyy-mm-dd';
const MEAN_FORMAT = '0.00';

/** Column widths in characters, chosen for what each column usually holds. */
const NOTE_WIDTHS: Record<NoteColumn, number> = {
  id: 16,
  stage: 22,
  lane: 26,
  laneKind: 16,
  text: 60,
  emotion: 9,
  votes: 8,
  tags: 22,
  evidence: 13,
  source: 30,
  owner: 22,
  priority: 11,
  due: 12,
  metricName: 18,
  metricValue: 13,
  metricUnit: 10,
  author: 20,
};

export async function exportXlsx(map: JourneyMap, options: Pick<ExportOptions, 'language' | 'includeHidden' | 'now'>): Promise<Uint8Array> {
  const exported = mapForExport(map, options.includeHidden);
  const language = options.language;
  const names = wordsOf(language).sheets.sheetNames;
  const words = wordsOf(language).sheets.workbook;
  const labels = sceneLabels(language);

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Jejak';
  workbook.title = xlsxText(exported.title);
  workbook.created = options.now;
  workbook.modified = options.now;

  // Notes: the sheet an import reads back, so its columns are the CSV's.
  const columns = noteColumnsOf(exported);
  const headers = noteHeaders(language, columns);
  addTable(
    workbook,
    names.notes,
    columns.map((column, i) => ({ header: headers[i]!, width: NOTE_WIDTHS[column], wrap: column === 'text' || column === 'source', date: column === 'due' })),
    noteRows(exported, language).map((row) => columns.map((column) => noteCell(column, row[column]))),
  );

  const a = words.actions;
  const sourceOf = sourceNotes(exported);
  addTable(
    workbook,
    names.actions,
    [
      { header: a.priority, width: 11 },
      { header: a.action, width: 60, wrap: true },
      { header: a.stage, width: 22 },
      { header: a.lane, width: 24 },
      { header: a.owner, width: 22 },
      { header: a.due, width: 12, date: true },
      { header: a.votes, width: 8 },
      { header: a.madeFrom, width: 40, wrap: true },
      { header: a.evidence, width: 13 },
      { header: a.id, width: 16 },
    ],
    actionList(exported).map(({ note, stage, lane }) => [
      note.priority ? labels.priority[note.priority] : null,
      note.text,
      stage.title,
      lane.title,
      note.owner ?? null,
      note.due ? excelDate(note.due) : null,
      votesBehind(note),
      sourceOf(note)?.text ?? null,
      note.evidence ? labels.evidence[note.evidence] : null,
      note.id,
    ]),
  );

  const p = words.personas;
  const list = (items: string[] | undefined) => (items && items.length > 0 ? items.join('\n') : null);
  addTable(
    workbook,
    names.personas,
    [
      { header: p.name, width: 22 },
      { header: p.role, width: 30, wrap: true },
      { header: p.age, width: 7 },
      { header: p.primary, width: 10 },
      { header: p.bio, width: 40, wrap: true },
      { header: p.goals, width: 36, wrap: true },
      { header: p.frustrations, width: 36, wrap: true },
      { header: p.motivations, width: 36, wrap: true },
      { header: p.channels, width: 28, wrap: true },
      { header: p.quote, width: 40, wrap: true },
    ],
    exported.personas.map((persona) => [
      persona.name,
      persona.role ?? null,
      persona.age ?? null,
      exported.primaryPersona === persona.id ? p.yes : null,
      persona.bio ?? null,
      list(persona.goals),
      list(persona.frustrations),
      list(persona.motivations),
      list(persona.channels),
      persona.quote ?? null,
    ]),
  );

  const s = words.stages;
  // The room sees how many notes are still face down, never their words (left out of every other sheet).
  const faceDown = options.includeHidden ? new Map<string, number>() : faceDownByStage(map);
  addTable(
    workbook,
    names.stages,
    [
      { header: s.order, width: 5 },
      { header: s.stage, width: 26 },
      { header: s.notes, width: 9 },
      { header: s.faceDown, width: 13 },
      { header: s.painPoints, width: 13 },
      { header: s.opportunities, width: 13 },
      { header: s.assumptions, width: 11 },
      { header: s.meanEmotion, width: 14, format: MEAN_FORMAT },
      { header: s.id, width: 16 },
    ],
    stageTable(exported).map((row, i) => [i + 1, row.stage.title, row.notes, faceDown.get(row.stage.id) ?? 0, row.painPoints, row.opportunities, row.assumptions, row.meanEmotion, row.stage.id]),
  );

  const emotions = emotionTable(exported);
  addTable(
    workbook,
    names.emotions,
    [{ header: words.emotions.stage, width: 26 }, ...emotions.columns.map((c) => ({ header: c.heading, width: Math.max(12, Math.min(30, c.heading.length + 2)), format: MEAN_FORMAT }))],
    emotions.rows.map((row) => [row.stage.title, ...row.means]),
  );

  const m = words.metrics;
  addTable(
    workbook,
    names.metrics,
    [
      { header: m.metric, width: 24 },
      { header: m.value, width: 30, wrap: true },
      { header: m.unit, width: 10 },
      { header: m.stage, width: 22 },
      { header: m.lane, width: 22 },
      { header: m.note, width: 40, wrap: true },
      { header: m.evidence, width: 13 },
      { header: m.source, width: 30, wrap: true },
      { header: m.id, width: 16 },
    ],
    metricEntries(exported).map(({ note, stage, lane, metric }) => [
      metric.name,
      // A metric field's value is a number; a metrics lane's note is its own figure, as written.
      metric.from === 'field' ? metric.value : metric.text,
      metric.from === 'field' ? metric.unit : null,
      stage.title,
      lane.title,
      metric.from === 'field' ? note.text : null,
      note.evidence ? labels.evidence[note.evidence] : null,
      note.source ?? null,
      note.id,
    ]),
  );

  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

interface ColumnSpec {
  header: string;
  width: number;
  wrap?: boolean;
  date?: boolean;
  format?: string;
}

/** A sheet with a bold, frozen, filterable header row and the columns' widths and formats. */
function addTable(workbook: ExcelJS.Workbook, name: string, columns: ColumnSpec[], rows: Cell[][]): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  sheet.columns = columns.map((c) => ({
    width: c.width,
    style: {
      ...(c.date ? { numFmt: DATE_FORMAT } : c.format ? { numFmt: c.format } : {}),
      ...(c.wrap ? { alignment: { wrapText: true, vertical: 'top' as const } } : { alignment: { vertical: 'top' as const } }),
    },
  }));
  const header = sheet.addRow(columns.map((c) => xlsxText(c.header)));
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  for (const row of rows) sheet.addRow(row.map((value) => (typeof value === 'string' ? xlsxText(value) : value)));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: columns.length } };
}

function noteCell(column: NoteColumn, value: CellValue): Cell {
  if (value !== null && COLUMN_TYPES[column] === 'date') return excelDate(value as string);
  return value;
}

/** A `YYYY-MM-DD` date as the Date exceljs stores as that day's serial number (midnight UTC, so no time zone moves it). */
function excelDate(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}

// The words a PDF export adds around the map (page furniture, legend, tile
// assembly, the handout's headings), in English: the shape every language's
// pdf.ts follows. The map's own words (titles, notes, the marks on notes)
// stay in the map's language; the legend quotes those marks as the notes
// show them.
import type { EvidenceLevel, MapType, Priority } from '../../format/types';

export interface PdfWords {
  /** "Exported 23 November 2026". */
  exported(date: string): string;
  page(n: number, total: number): string;
  /** A poster shrunk to fit PDF's largest page. */
  scaledToFit(percent: string): string;

  legend: string;
  /** The legend's key to a blank grey card. */
  faceDownNote: string;
  evidence: string;
  evidenceLevels: Record<EvidenceLevel, string>;
  /** After "● 3" in the legend. */
  votes: string;
  emotion: string;
  veryNegative: string;
  veryPositive: string;
  lanes: string;

  tile(label: string): string;
  /** "Row B, column 3". */
  tilePlace(row: string, column: number): string;
  /** `sheets` may be fewer than columns × rows: places with nothing on them are left out. */
  overviewTitle(columns: number, rows: number, sheets: number): string;
  /** A grid fitted to so many sheets, larger or smaller than full size. */
  printedAtScale(percent: number): string;
  /** The places left blank: their labels ("B2, B3") and how many. */
  leftOut(labels: string, count: number): string;
  /** Under a blank place's label on the overview. */
  notPrinted: string;
  /** How to put the wall together, a few short sentences. */
  assembly: readonly string[];

  mapTypes: Record<MapType, string>;
  mapType: string;
  goal: string;
  scenario: string;
  personas: string;
  age(years: number): string;
  personaGoals: string;
  emotionCurve: string;
  noScoredEmotion: string;
  stage(n: number, total: number): string;
  continued(title: string): string;
  noNotes: string;
  owner: string;
  due: string;
  priority: string;
  priorities: Record<Priority, string>;
  source: string;
  votesCount(n: number): string;
  emotionValue(value: string): string;
}

export const pdf: PdfWords = {
  exported: (date) => `Exported ${date}`,
  page: (n, total) => `Page ${n} of ${total}`,
  scaledToFit: (percent) => `Printed at ${percent} of full size: PDF pages can be at most 200 inches (5.08 m) a side.`,

  legend: 'Legend',
  faceDownNote: 'note face down, not yet revealed',
  evidence: 'Evidence',
  evidenceLevels: { assumption: 'assumption', observed: 'observed', measured: 'measured' },
  votes: 'votes',
  emotion: 'Emotion',
  veryNegative: 'very negative',
  veryPositive: 'very positive',
  lanes: 'Lanes',

  tile: (label) => `Page ${label}`,
  tilePlace: (row, column) => `Row ${row}, column ${column}`,
  overviewTitle: (columns, rows, sheets) => `How the ${sheets === 1 ? 'sheet fits' : `${sheets} sheets fit`} together (${columns} across, ${rows} down)`,
  printedAtScale: (percent) => `The map is printed at ${percent}% of full size.`,
  leftOut: (labels, count) => `Not printed, nothing is drawn there: ${labels}. ${count === 1 ? 'Leave its place empty.' : 'Leave their places empty.'}`,
  notPrinted: 'not printed',
  assembly: [
    'Print every page at 100% (actual size), not "fit to page".',
    'Lay the pages out as shown: A1 at the top left, numbers run across, letters run down.',
    'On each page, cut off the left and top margins at the cut marks (not on column 1 or row A).',
    'Lay it over its neighbour so the picture lines up with the overlap ticks, 10 mm in, and glue.',
  ],

  mapTypes: { 'current-state': 'Current state', 'future-state': 'Future state', 'day-in-the-life': 'Day in the life', 'service-blueprint': 'Service blueprint' },
  mapType: 'Map type',
  goal: 'Goal',
  scenario: 'Scenario',
  personas: 'Personas',
  age: (years) => `age ${years}`,
  personaGoals: 'Goals',
  emotionCurve: 'Emotion curve',
  noScoredEmotion: 'No emotion scored yet.',
  stage: (n, total) => `Stage ${n} of ${total}`,
  continued: (title) => `${title} (continued)`,
  noNotes: 'No notes in this stage.',
  owner: 'Owner',
  due: 'Due',
  priority: 'Priority',
  priorities: { low: 'low', medium: 'medium', high: 'high' },
  source: 'Source',
  votesCount: (n) => (n === 1 ? '1 vote' : `${n} votes`),
  emotionValue: (value) => `Emotion ${value}`,
};

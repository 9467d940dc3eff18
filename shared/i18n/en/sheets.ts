// The words a spreadsheet export writes (column headers, sheet names), in
// English: the shape every language's sheets.ts follows. The note columns'
// headers are also what an import reads: a sheet exported in Indonesian and
// edited in Jakarta comes back in through an English interface, so the
// importer knows the headers and aliases of every language.
import type { NoteColumn } from '../../export/noteColumns';

export interface SheetWords {
  noteHeaders: Record<NoteColumn, string>;
  /**
   * Other headers an importer also takes for a column: the way people write
   * them by hand ("Due date", "Batas waktu", "PIC" for whoever owns an action
   * in an Indonesian office).
   */
  headerAliases: Record<NoteColumn, readonly string[]>;
  sheetNames: { notes: string; actions: string; personas: string; stages: string; emotions: string; metrics: string };
  workbook: {
    actions: { priority: string; action: string; stage: string; lane: string; owner: string; due: string; votes: string; madeFrom: string; evidence: string; id: string };
    personas: {
      name: string;
      role: string;
      age: string;
      primary: string;
      bio: string;
      goals: string;
      frustrations: string;
      motivations: string;
      channels: string;
      quote: string;
      yes: string;
    };
    stages: { order: string; stage: string; notes: string; faceDown: string; painPoints: string; opportunities: string; assumptions: string; meanEmotion: string; id: string };
    emotions: { stage: string };
    metrics: { metric: string; value: string; unit: string; stage: string; lane: string; note: string; evidence: string; source: string; id: string };
  };
}

export const sheets: SheetWords = {
  noteHeaders: {
    id: 'Id',
    stage: 'Stage',
    lane: 'Lane',
    laneKind: 'Lane kind',
    text: 'Text',
    emotion: 'Emotion',
    votes: 'Votes',
    tags: 'Tags',
    evidence: 'Evidence',
    source: 'Source',
    owner: 'Owner',
    priority: 'Priority',
    due: 'Due',
    metricName: 'Metric name',
    metricValue: 'Metric value',
    metricUnit: 'Metric unit',
    author: 'Author',
  },
  headerAliases: {
    id: ['note id'],
    stage: [],
    lane: ['lane title'],
    laneKind: ['kind'],
    text: ['note'],
    emotion: ['emotion score'],
    votes: ['vote'],
    tags: ['tag', 'label'],
    evidence: [],
    source: ['evidence source'],
    owner: [],
    priority: [],
    due: ['due date'],
    metricName: ['metric'],
    metricValue: ['value'],
    metricUnit: ['unit'],
    author: ['written by'],
  },
  sheetNames: { notes: 'Notes', actions: 'Actions', personas: 'Personas', stages: 'Stages', emotions: 'Emotions', metrics: 'Metrics' },
  workbook: {
    actions: {
      priority: 'Priority',
      action: 'Action',
      stage: 'Stage',
      lane: 'Lane',
      owner: 'Owner',
      due: 'Due',
      votes: 'Votes',
      madeFrom: 'Made from',
      evidence: 'Evidence',
      id: 'Id',
    },
    personas: {
      name: 'Name',
      role: 'Role',
      age: 'Age',
      primary: 'Primary persona',
      bio: 'About',
      goals: 'Goals',
      frustrations: 'Frustrations',
      motivations: 'Motivations',
      channels: 'Channels',
      quote: 'Quote',
      yes: 'Yes',
    },
    stages: {
      order: 'No.',
      stage: 'Stage',
      notes: 'Notes',
      faceDown: 'Face down (not revealed)',
      painPoints: 'Pain points',
      opportunities: 'Opportunities',
      assumptions: 'Assumptions',
      meanEmotion: 'Mean emotion',
      id: 'Id',
    },
    emotions: { stage: 'Stage' },
    metrics: { metric: 'Metric', value: 'Value', unit: 'Unit', stage: 'Stage', lane: 'Lane', note: 'Note', evidence: 'Evidence', source: 'Source', id: 'Id' },
  },
};

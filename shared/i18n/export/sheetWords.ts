// The words a spreadsheet export writes (column headers, sheet names) in
// both languages. The note columns' headers are also what an import reads:
// a sheet exported in Indonesian and edited in Jakarta comes back in
// through an English interface, so the importer knows both sets.
import type { Language } from '../language';

/** The note columns, in the order CSV and the Notes sheet write them. */
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

export const NOTE_HEADERS: Record<Language, Record<NoteColumn, string>> = {
  en: {
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
  },
  id: {
    id: 'Id',
    stage: 'Tahapan',
    lane: 'Lajur',
    laneKind: 'Jenis lajur',
    text: 'Teks',
    emotion: 'Emosi',
    votes: 'Suara',
    tags: 'Tag',
    evidence: 'Bukti',
    source: 'Sumber',
    owner: 'Penanggung jawab',
    priority: 'Prioritas',
    due: 'Tenggat',
    metricName: 'Nama metrik',
    metricValue: 'Nilai metrik',
    metricUnit: 'Satuan metrik',
  },
};

/**
 * Other headers an importer also takes for a column: the way people write
 * them by hand ("Due date", "Batas waktu", "PIC" for whoever owns an action
 * in an Indonesian office).
 */
export const NOTE_HEADER_ALIASES: Record<NoteColumn, readonly string[]> = {
  id: ['note id', 'id catatan'],
  stage: ['tahap'],
  lane: ['lane title', 'judul lajur'],
  laneKind: ['kind', 'jenis'],
  text: ['note', 'catatan', 'isi'],
  emotion: ['emotion score', 'skor emosi'],
  votes: ['vote', 'voting'],
  tags: ['tag', 'label'],
  evidence: [],
  source: ['sumber bukti', 'evidence source'],
  owner: ['pic', 'pemilik'],
  priority: [],
  due: ['due date', 'batas waktu', 'tanggal tenggat'],
  metricName: ['metric', 'metrik'],
  metricValue: ['value', 'nilai'],
  metricUnit: ['unit', 'satuan'],
};

export const SHEET_NAMES: Record<Language, { notes: string; actions: string; personas: string; stages: string; emotions: string }> = {
  en: { notes: 'Notes', actions: 'Actions', personas: 'Personas', stages: 'Stages', emotions: 'Emotions' },
  id: { notes: 'Catatan', actions: 'Tindak lanjut', personas: 'Persona', stages: 'Tahapan', emotions: 'Emosi' },
};

export interface WorkbookWords {
  actions: { priority: string; action: string; stage: string; lane: string; owner: string; due: string; votes: string; evidence: string; id: string };
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
}

export const WORKBOOK_WORDS: Record<Language, WorkbookWords> = {
  en: {
    actions: {
      priority: 'Priority',
      action: 'Action',
      stage: 'Stage',
      lane: 'Lane',
      owner: 'Owner',
      due: 'Due',
      votes: 'Votes',
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
  },
  id: {
    actions: {
      priority: 'Prioritas',
      action: 'Tindakan',
      stage: 'Tahapan',
      lane: 'Lajur',
      owner: 'Penanggung jawab',
      due: 'Tenggat',
      votes: 'Suara',
      evidence: 'Bukti',
      id: 'Id',
    },
    personas: {
      name: 'Nama',
      role: 'Peran',
      age: 'Usia',
      primary: 'Persona utama',
      bio: 'Tentang',
      goals: 'Tujuan',
      frustrations: 'Frustrasi',
      motivations: 'Motivasi',
      channels: 'Saluran',
      quote: 'Kutipan',
      yes: 'Ya',
    },
    stages: {
      order: 'No.',
      stage: 'Tahapan',
      notes: 'Catatan',
      faceDown: 'Tertutup (belum dibuka)',
      painPoints: 'Poin hambatan',
      opportunities: 'Peluang',
      assumptions: 'Asumsi',
      meanEmotion: 'Rata-rata emosi',
      id: 'Id',
    },
    emotions: { stage: 'Tahapan' },
  },
};

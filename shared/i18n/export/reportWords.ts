// The words a report adds around the map's own content (headings, column
// names, sentences), in the language the user exports in; the map's notes
// stay in the language they were written in. Both reports, HTML and
// Markdown, say the same things in the same words.
import type { MapType, Priority } from '../../format/types';
import type { EvidenceKind } from '../../analysis/reportData';
import type { Language } from '../language';

export interface ReportWords {
  /** The BCP 47 tag for dates and numbers. */
  tag: string;
  reportKind: string;
  documentTitle: (title: string) => string;
  contents: string;
  mapTypes: Record<MapType, string>;
  priorities: Record<Priority, string>;
  facts: { type: string; goal: string; scenario: string; reviewBy: string; exported: string; size: string };
  size: (counts: { stages: number; lanes: number; notes: number; votes: number }, n: (value: number) => string) => string;
  privateLeftOut: string;
  privateIncluded: string;
  /** How many notes are still face down, and where ("Awareness 3, Purchase 1"). */
  faceDown: (count: number, formatted: string, where: string) => string;
  sections: { map: string; emotions: string; painPoints: string; actions: string; personas: string; metrics: string; evidence: string; review: string };
  map: { caption: string; alt: (title: string) => string };
  emotions: {
    intro: string;
    chartTitle: string;
    stage: string;
    noScore: string;
    none: string;
    range: (label: string, lowest: { stage: string; mean: string }, highest: { stage: string; mean: string }) => string;
    single: (label: string, point: { stage: string; mean: string }) => string;
    average: string;
  };
  painPoints: { intro: string; rank: string; votes: string; painPoint: string; stage: string; evidence: string; none: string };
  actions: { intro: string; action: string; stage: string; owner: string; priority: string; due: string; noOwner: string; noPriority: string; noDue: string; overdue: string; none: string };
  personas: {
    primary: string;
    role: string;
    age: string;
    years: (age: string) => string;
    bio: string;
    goals: string;
    frustrations: string;
    motivations: string;
    channels: string;
    quote: string;
    none: string;
  };
  metrics: { intro: string; metric: string; value: string; stage: string; note: string; source: string; none: string };
  evidence: {
    intro: string;
    kinds: Record<EvidenceKind, string>;
    stage: string;
    notes: string;
    wholeMap: string;
    summary: (percents: { data: string; assumption: string; unstated: string }) => string;
    noNotes: string;
  };
  review: {
    none: string;
    overdue: (date: string, days: number) => string;
    today: (date: string) => string;
    due: (date: string, days: number) => string;
    scheduled: (date: string, days: number) => string;
    before: (assumptions: number, actions: number) => string;
    cadence: string;
    badge: { overdue: string; due: string; scheduled: string; none: string };
  };
  emptyNote: string;
  footer: (date: string) => string;
}

const EN: ReportWords = {
  tag: 'en-GB',
  reportKind: 'Journey map report',
  documentTitle: (title) => `${title}: journey map report`,
  contents: 'Contents',
  mapTypes: {
    'current-state': 'Current state',
    'future-state': 'Future state',
    'day-in-the-life': 'Day in the life',
    'service-blueprint': 'Service blueprint',
  },
  priorities: { high: 'High', medium: 'Medium', low: 'Low' },
  facts: { type: 'Type of map', goal: 'Goal', scenario: 'Scenario', reviewBy: 'Review by', exported: 'Exported', size: 'On the map' },
  size: (c, n) => `${n(c.stages)} ${c.stages === 1 ? 'stage' : 'stages'}, ${n(c.lanes)} ${c.lanes === 1 ? 'lane' : 'lanes'}, ${n(c.notes)} ${c.notes === 1 ? 'note' : 'notes'}, ${n(c.votes)} ${c.votes === 1 ? 'vote' : 'votes'}`,
  privateLeftOut: 'Notes not yet revealed to the room and hidden lanes are left out of this report.',
  privateIncluded: 'This report includes notes not yet revealed to the room and hidden lanes, as the person exporting it asked.',
  faceDown: (count, formatted, where) =>
    `${formatted} ${count === 1 ? 'note is' : 'notes are'} still face down, not yet revealed (${where}); the map shows ${count === 1 ? 'it as a blank card' : 'them as blank cards'}.`,
  sections: {
    map: 'The map',
    emotions: 'Emotion curve',
    painPoints: 'Pain points by votes',
    actions: 'Actions',
    personas: 'Personas',
    metrics: 'Metrics',
    evidence: 'Data or assumption?',
    review: 'Next review',
  },
  map: { caption: 'The whole board as the room saw it. The sections that follow list its content in detail.', alt: (title) => `The journey map "${title}"` },
  emotions: {
    intro: 'How each persona feels at each stage: the mean of the scored notes, from −2 (very negative) to +2 (very positive). A gap means no note at that stage has a score. The lows are the places to look first.',
    chartTitle: 'Emotion curve per persona',
    stage: 'Stage',
    noScore: 'no score',
    none: 'No note on this map has an emotion score yet.',
    range: (label, low, high) => `${label}: lowest at ${low.stage} (${low.mean}), highest at ${high.stage} (${high.mean}).`,
    single: (label, point) => `${label}: scored only at ${point.stage} (${point.mean}).`,
    average: 'Mean',
  },
  painPoints: {
    intro: 'What stops the customer moving on, most votes first; equal votes keep the order of the stages.',
    rank: 'Rank',
    votes: 'Votes',
    painPoint: 'Pain point',
    stage: 'Stage',
    evidence: 'Evidence',
    none: 'This map has no pain points.',
  },
  actions: {
    intro: 'The opportunities on the map as work to do: who owns each one and by when, highest priority first, then the earliest due date.',
    action: 'Action',
    stage: 'Stage',
    owner: 'Owner',
    priority: 'Priority',
    due: 'Due',
    noOwner: 'no owner yet',
    noPriority: 'not set',
    noDue: 'no date',
    overdue: 'overdue',
    none: 'This map has no opportunities yet.',
  },
  personas: {
    primary: 'Primary persona',
    role: 'Role',
    age: 'Age',
    years: (age) => `${age} years old`,
    bio: 'About',
    goals: 'Goals',
    frustrations: 'Frustrations',
    motivations: 'Motivations',
    channels: 'Channels',
    quote: 'In their words',
    none: 'This map has no personas.',
  },
  metrics: {
    intro: 'The figures the map carries, stage by stage, with where each one comes from.',
    metric: 'Metric',
    value: 'Value',
    stage: 'Stage',
    note: 'Note',
    source: 'Source',
    none: 'No note on this map carries a metric.',
  },
  evidence: {
    intro: 'A map should rest on data, not assumptions. This is how many notes are backed by a measurement or an observation, how many are still assumptions, and how many do not say.',
    kinds: { measured: 'Measured', observed: 'Observed', assumption: 'Assumption', unstated: 'Not stated' },
    stage: 'Stage',
    notes: 'Notes',
    wholeMap: 'Whole map',
    summary: (p) => `${p.data} of the notes rest on data (measured or observed), ${p.assumption} are assumptions and ${p.unstated} do not say.`,
    noNotes: 'The map has no notes yet.',
  },
  review: {
    none: 'This map has no review date.',
    overdue: (date, days) => `The review was due on ${date}, ${days} ${days === 1 ? 'day' : 'days'} ago.`,
    today: (date) => `The review is due today, ${date}.`,
    due: (date, days) => `The review is due by ${date}, in ${days} ${days === 1 ? 'day' : 'days'}.`,
    scheduled: (date, days) => `The next review is due by ${date}, in ${days} days.`,
    before: (assumptions, actions) =>
      `Before the review: ${assumptions} ${assumptions === 1 ? 'note is' : 'notes are'} still ${assumptions === 1 ? 'an assumption' : 'assumptions'} to check against data, and ${actions} ${actions === 1 ? 'action is' : 'actions are'} due by then.`,
    cadence: 'Customers change, and a map nobody updates stops being true. Review it with the team every three to six months, and sooner when behaviour shifts.',
    badge: { overdue: 'overdue', due: 'due soon', scheduled: 'scheduled', none: 'not set' },
  },
  emptyNote: '(empty note)',
  footer: (date) => `Made with Jejak on ${date}.`,
};

const ID: ReportWords = {
  tag: 'id-ID',
  reportKind: 'Laporan peta perjalanan pelanggan',
  documentTitle: (title) => `${title}: laporan peta perjalanan pelanggan`,
  contents: 'Daftar isi',
  mapTypes: {
    'current-state': 'Kondisi saat ini',
    'future-state': 'Kondisi masa depan',
    'day-in-the-life': 'Sehari-hari',
    'service-blueprint': 'Cetak biru layanan',
  },
  priorities: { high: 'Tinggi', medium: 'Sedang', low: 'Rendah' },
  facts: { type: 'Jenis peta', goal: 'Tujuan', scenario: 'Skenario', reviewBy: 'Tinjau paling lambat', exported: 'Diekspor', size: 'Isi peta' },
  size: (c, n) => `${n(c.stages)} tahapan, ${n(c.lanes)} lajur, ${n(c.notes)} catatan, ${n(c.votes)} suara`,
  privateLeftOut: 'Catatan yang belum dibuka untuk ruangan dan lajur yang disembunyikan tidak dimuat dalam laporan ini.',
  privateIncluded: 'Laporan ini memuat catatan yang belum dibuka untuk ruangan dan lajur yang disembunyikan, atas permintaan orang yang mengekspornya.',
  faceDown: (_count, formatted, where) => `${formatted} catatan masih tertutup, belum dibuka (${where}); peta menampilkannya sebagai kartu kosong.`,
  sections: {
    map: 'Peta',
    emotions: 'Grafik emosi',
    painPoints: 'Poin hambatan menurut suara',
    actions: 'Rencana tindakan',
    personas: 'Persona',
    metrics: 'Metrik',
    evidence: 'Data atau asumsi?',
    review: 'Tinjauan berikutnya',
  },
  map: { caption: 'Seluruh papan seperti yang dilihat peserta di ruangan. Bagian-bagian berikutnya merinci isinya.', alt: (title) => `Peta perjalanan "${title}"` },
  emotions: {
    intro: 'Perasaan setiap persona di tiap tahapan: rata-rata catatan yang diberi nilai, dari −2 (sangat negatif) sampai +2 (sangat positif). Garis yang terputus berarti tidak ada catatan bernilai di tahapan itu. Titik terendah adalah tempat pertama yang perlu dicermati.',
    chartTitle: 'Grafik emosi per persona',
    stage: 'Tahapan',
    noScore: 'belum ada nilai',
    none: 'Belum ada catatan di peta ini yang diberi nilai emosi.',
    range: (label, low, high) => `${label}: terendah di ${low.stage} (${low.mean}), tertinggi di ${high.stage} (${high.mean}).`,
    single: (label, point) => `${label}: hanya diberi nilai di ${point.stage} (${point.mean}).`,
    average: 'Rata-rata',
  },
  painPoints: {
    intro: 'Hal yang membuat pelanggan tertahan, diurutkan dari suara terbanyak; jika suaranya sama, mengikuti urutan tahapan.',
    rank: 'Peringkat',
    votes: 'Suara',
    painPoint: 'Poin hambatan',
    stage: 'Tahapan',
    evidence: 'Bukti',
    none: 'Peta ini tidak memiliki poin hambatan.',
  },
  actions: {
    intro: 'Peluang di peta sebagai pekerjaan yang harus dikerjakan: siapa penanggung jawabnya dan kapan tenggatnya, mulai dari prioritas tertinggi lalu tenggat terdekat.',
    action: 'Tindakan',
    stage: 'Tahapan',
    owner: 'Penanggung jawab',
    priority: 'Prioritas',
    due: 'Tenggat',
    noOwner: 'belum ada',
    noPriority: 'belum ditentukan',
    noDue: 'belum ada tanggal',
    overdue: 'lewat tenggat',
    none: 'Peta ini belum memiliki peluang.',
  },
  personas: {
    primary: 'Persona utama',
    role: 'Peran',
    age: 'Usia',
    years: (age) => `${age} tahun`,
    bio: 'Tentang',
    goals: 'Tujuan',
    frustrations: 'Frustrasi',
    motivations: 'Motivasi',
    channels: 'Saluran',
    quote: 'Dalam kata-katanya sendiri',
    none: 'Peta ini tidak memiliki persona.',
  },
  metrics: {
    intro: 'Angka-angka yang tercatat di peta, per tahapan, beserta asal datanya.',
    metric: 'Metrik',
    value: 'Nilai',
    stage: 'Tahapan',
    note: 'Catatan',
    source: 'Sumber',
    none: 'Tidak ada catatan di peta ini yang memuat metrik.',
  },
  evidence: {
    intro: 'Peta yang baik berpijak pada data, bukan asumsi. Berikut jumlah catatan yang didukung hasil pengukuran atau pengamatan, yang masih berupa asumsi, dan yang tidak menyebutkan dasarnya.',
    kinds: { measured: 'Terukur', observed: 'Diamati', assumption: 'Asumsi', unstated: 'Tidak disebutkan' },
    stage: 'Tahapan',
    notes: 'Catatan',
    wholeMap: 'Seluruh peta',
    summary: (p) => `${p.data} catatan berpijak pada data (terukur atau diamati), ${p.assumption} masih asumsi, dan ${p.unstated} tidak menyebutkan dasarnya.`,
    noNotes: 'Peta ini belum memiliki catatan.',
  },
  review: {
    none: 'Peta ini belum memiliki tanggal tinjauan.',
    overdue: (date, days) => `Tinjauan seharusnya dilakukan paling lambat ${date}, ${days} hari yang lalu.`,
    today: (date) => `Tinjauan harus dilakukan hari ini, ${date}.`,
    due: (date, days) => `Tinjauan harus dilakukan paling lambat ${date}, ${days} hari lagi.`,
    scheduled: (date, days) => `Tinjauan berikutnya paling lambat ${date}, ${days} hari lagi.`,
    before: (assumptions, actions) =>
      `Sebelum tinjauan: ${assumptions} catatan masih berupa asumsi yang perlu dicek dengan data, dan ${actions} tindakan bertenggat sampai tanggal itu.`,
    cadence: 'Pelanggan berubah, dan peta yang tidak pernah diperbarui lama-lama tidak lagi sesuai kenyataan. Tinjau bersama tim setiap tiga sampai enam bulan, atau lebih cepat bila perilaku pelanggan bergeser.',
    badge: { overdue: 'terlambat', due: 'segera', scheduled: 'terjadwal', none: 'belum diatur' },
  },
  emptyNote: '(catatan kosong)',
  footer: (date) => `Dibuat dengan Jejak pada ${date}.`,
};

export const REPORT_WORDS: Record<Language, ReportWords> = { en: EN, id: ID };

export function reportWords(language: Language): ReportWords {
  return REPORT_WORDS[language];
}

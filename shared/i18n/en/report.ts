// The words a report adds around the map's own content (headings, column
// names, sentences), in English: the shape every language's report.ts
// follows. The map's notes stay in the language they were written in. Both
// reports, HTML and Markdown, say the same things in the same words.
import type { EvidenceKind } from '../../analysis/reportData';
import type { MapType, Priority } from '../../format/types';

export interface ReportWords {
  reportKind: string;
  documentTitle: (title: string) => string;
  contents: string;
  mapTypes: Record<MapType, string>;
  priorities: Record<Priority, string>;
  facts: { type: string; goal: string; scenario: string; reviewBy: string; exported: string; size: string };
  size: (counts: { stages: number; lanes: number; notes: number; votes: number }, n: (value: number) => string) => string;
  privateLeftOut: string;
  privateIncluded: string;
  /** Under a note a participant wrote from their phone: who wrote it. */
  writtenBy: (name: string) => string;
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
  actions: { intro: string; action: string; stage: string; owner: string; priority: string; due: string; votes: string; madeFrom: (text: string) => string; noOwner: string; noPriority: string; noDue: string; overdue: string; none: string };
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

export const report: ReportWords = {
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
  writtenBy: (name) => `Written by ${name}`,
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
    intro: 'The opportunities on the map as work to do: who owns each one and by when, highest priority first, then the earliest due date. Votes are those of the note an opportunity was made from, and any it was given itself.',
    action: 'Action',
    stage: 'Stage',
    owner: 'Owner',
    priority: 'Priority',
    due: 'Due',
    votes: 'Votes',
    madeFrom: (text) => `Made from “${text}”`,
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
    intro: 'The figures the map carries, stage by stage, with where each one comes from: the metrics set on notes, and the notes of its metrics lanes as they were written.',
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

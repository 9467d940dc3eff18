// Words drawn on the map itself (blueprint lines, evidence marks), in the
// map's content language: an Indonesian map reads in Indonesian on the wall
// whatever the interface language is.
import type { SceneLabels } from '../layout/sceneTypes';
import { languageOf } from './language';

const EN: Omit<SceneLabels, 'formatDate' | 'formatNumber'> = {
  lineOfInteraction: 'Line of interaction',
  lineOfVisibility: 'Line of visibility',
  lineOfInternalInteraction: 'Line of internal interaction',
  evidence: { assumption: 'Assumption', observed: 'Observed', measured: 'Measured' },
  priority: { low: 'Low', medium: 'Medium', high: 'High' },
  noScore: 'no score',
  laneKinds: {
    actions: 'Actions',
    touchpoints: 'Touchpoints',
    thoughts: 'Thoughts',
    emotions: 'Emotions',
    'pain-points': 'Pain points',
    opportunities: 'Opportunities',
    frontstage: 'Frontstage',
    backstage: 'Backstage',
    support: 'Support',
    evidence: 'Physical evidence',
    metrics: 'Metrics',
    text: 'Notes',
  },
};

const ID: Omit<SceneLabels, 'formatDate' | 'formatNumber'> = {
  lineOfInteraction: 'Garis interaksi',
  lineOfVisibility: 'Garis visibilitas',
  lineOfInternalInteraction: 'Garis interaksi internal',
  evidence: { assumption: 'Asumsi', observed: 'Diamati', measured: 'Terukur' },
  priority: { low: 'Rendah', medium: 'Sedang', high: 'Tinggi' },
  noScore: 'belum ada nilai',
  laneKinds: {
    actions: 'Aktivitas',
    touchpoints: 'Titik kontak',
    thoughts: 'Pikiran',
    emotions: 'Emosi',
    'pain-points': 'Poin hambatan',
    opportunities: 'Peluang',
    frontstage: 'Frontstage',
    backstage: 'Backstage',
    support: 'Pendukung',
    evidence: 'Bukti fisik',
    metrics: 'Metrik',
    text: 'Catatan',
  },
};

export function sceneLabels(locale: string): SceneLabels {
  const language = languageOf(locale);
  const tag = language === 'id' ? 'id-ID' : 'en-GB';
  const dates = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const numbers = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  return {
    ...(language === 'id' ? ID : EN),
    formatDate: (date) => dates.format(new Date(`${date}T00:00:00Z`)),
    formatNumber: (value) => numbers.format(value),
  };
}

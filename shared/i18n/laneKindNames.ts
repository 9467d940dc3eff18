// The name of each kind of lane in both languages: the lane headers drawn
// on the map and the interface's lists say the same.
import type { LaneKind } from '../format/types';
import type { Language } from './language';

export const LANE_KIND_NAMES: Record<Language, Record<LaneKind, string>> = {
  en: {
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
  id: {
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

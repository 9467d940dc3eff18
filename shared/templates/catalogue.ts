// The four kinds of journey map, each a starting board of stages and lanes
// in English and Indonesian.
import type { MapType } from '../format/types';
import { lane, PURCHASE_STAGES } from './parts';
import type { Template } from './types';

const currentState: Template = {
  type: 'current-state',
  name: { en: 'Current state', id: 'Kondisi saat ini' },
  description: {
    en: 'How the journey is today, warts and all. Map this first, from real data.',
    id: 'Perjalanan pelanggan apa adanya saat ini, termasuk bagian yang belum beres. Petakan kondisi ini lebih dulu, berdasarkan data nyata.',
  },
  defaultTitle: { en: 'Current-state journey map', id: 'Peta perjalanan kondisi saat ini' },
  stages: PURCHASE_STAGES,
  lanes: [lane.actions, lane.touchpoints, lane.thoughts, lane.emotions, lane.painPoints, lane.opportunities, lane.metrics],
};

const futureState: Template = {
  type: 'future-state',
  name: { en: 'Future state', id: 'Kondisi masa depan' },
  description: {
    en: 'The journey you want to build toward, and the changes that get you there.',
    id: 'Perjalanan ideal yang ingin dituju, beserta perubahan yang perlu dilakukan untuk mewujudkannya.',
  },
  defaultTitle: { en: 'Future-state journey map', id: 'Peta perjalanan kondisi masa depan' },
  stages: PURCHASE_STAGES,
  lanes: [
    { ...lane.actions, title: { en: 'Ideal actions', id: 'Aktivitas ideal' } },
    lane.touchpoints,
    lane.thoughts,
    { ...lane.emotions, title: { en: 'Target emotions', id: 'Emosi yang dituju' } },
    { ...lane.painPoints, title: { en: 'Pain points removed', id: 'Poin hambatan yang dihilangkan' } },
    { ...lane.opportunities, title: { en: 'Changes to make', id: 'Perubahan yang perlu dilakukan' } },
    { ...lane.metrics, title: { en: 'Target metrics', id: 'Target metrik' } },
  ],
};

const dayInTheLife: Template = {
  type: 'day-in-the-life',
  name: { en: 'Day in the life', id: 'Sehari bersama pelanggan' },
  description: {
    en: "The customer's whole day, product or not, to find the moments your product must fit.",
    id: 'Seluruh hari pelanggan dari pagi sampai malam, baik yang berkaitan dengan produk maupun tidak, untuk menemukan momen yang pas bagi produk Anda.',
  },
  defaultTitle: { en: 'A day in the life', id: 'Sehari bersama pelanggan' },
  stages: [
    { id: 'st-morning', title: { en: 'Morning', id: 'Pagi' } },
    { id: 'st-commute', title: { en: 'Commute', id: 'Berangkat kerja' } },
    { id: 'st-work', title: { en: 'Work', id: 'Bekerja' } },
    { id: 'st-lunch', title: { en: 'Lunch break', id: 'Istirahat siang' } },
    { id: 'st-afternoon', title: { en: 'Afternoon', id: 'Sore' } },
    { id: 'st-evening', title: { en: 'Evening', id: 'Malam' } },
  ],
  lanes: [
    { ...lane.actions, title: { en: 'What they do', id: 'Yang dilakukan' } },
    { id: 'ln-context', kind: 'text', title: { en: 'Where & with whom', id: 'Di mana & dengan siapa' } },
    { ...lane.touchpoints, title: { en: 'Devices & channels', id: 'Perangkat & saluran' } },
    lane.thoughts,
    { ...lane.emotions, title: { en: 'Mood', id: 'Suasana hati' } },
    { ...lane.painPoints, title: { en: 'Frictions', id: 'Hambatan' } },
    { ...lane.opportunities, title: { en: 'Moments for us', id: 'Momen untuk produk kita' } },
  ],
};

const serviceBlueprint: Template = {
  type: 'service-blueprint',
  name: { en: 'Service blueprint', id: 'Cetak biru layanan' },
  description: {
    en: 'The customer journey plus everything behind it: frontstage staff, backstage processes and support systems.',
    id: 'Perjalanan pelanggan beserta semua yang ada di baliknya: staf garis depan, proses di balik layar, dan sistem pendukung.',
  },
  defaultTitle: { en: 'Service blueprint', id: 'Cetak biru layanan' },
  stages: [
    PURCHASE_STAGES[0]!,
    PURCHASE_STAGES[1]!,
    PURCHASE_STAGES[2]!,
    { id: 'st-usage', title: { en: 'Usage', id: 'Penggunaan' } },
    PURCHASE_STAGES[3]!,
    PURCHASE_STAGES[4]!,
  ],
  lanes: [
    { id: 'ln-evidence', kind: 'evidence', title: { en: 'Physical evidence', id: 'Bukti fisik' } },
    { ...lane.actions, title: { en: 'Customer actions', id: 'Aktivitas pelanggan' } },
    lane.touchpoints,
    lane.thoughts,
    lane.emotions,
    lane.painPoints,
    { id: 'ln-frontstage', kind: 'frontstage', title: { en: 'Frontstage: staff the customer sees', id: 'Frontstage: staf yang berhadapan dengan pelanggan' } },
    { id: 'ln-backstage', kind: 'backstage', title: { en: 'Backstage: work behind the scenes', id: 'Backstage: pekerjaan di balik layar' } },
    { id: 'ln-support', kind: 'support', title: { en: 'Support processes & systems', id: 'Proses & sistem pendukung' } },
    lane.opportunities,
    lane.metrics,
  ],
};

export const TEMPLATES: Record<MapType, Template> = {
  'current-state': currentState,
  'future-state': futureState,
  'day-in-the-life': dayInTheLife,
  'service-blueprint': serviceBlueprint,
};

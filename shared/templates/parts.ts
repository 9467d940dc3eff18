// Stages and lanes the templates share. Stage words follow the Indonesian
// CJM literature the product grew from: Kesadaran, Pertimbangan, Pembelian,
// Retensi, Advokasi.
import type { TemplateLane, TemplateStage } from './types';

export const PURCHASE_STAGES: TemplateStage[] = [
  { id: 'st-awareness', title: { en: 'Awareness', id: 'Kesadaran' } },
  { id: 'st-consideration', title: { en: 'Consideration', id: 'Pertimbangan' } },
  { id: 'st-purchase', title: { en: 'Purchase', id: 'Pembelian' } },
  { id: 'st-retention', title: { en: 'Retention', id: 'Retensi' } },
  { id: 'st-advocacy', title: { en: 'Advocacy', id: 'Advokasi' } },
];

export const lane = {
  actions: { id: 'ln-actions', kind: 'actions', title: { en: 'Actions', id: 'Aktivitas' } },
  touchpoints: { id: 'ln-touchpoints', kind: 'touchpoints', title: { en: 'Touchpoints & channels', id: 'Titik kontak & saluran' } },
  thoughts: { id: 'ln-thoughts', kind: 'thoughts', title: { en: 'Thoughts', id: 'Pikiran' } },
  emotions: { id: 'ln-emotions', kind: 'emotions', title: { en: 'Emotions', id: 'Emosi' } },
  painPoints: { id: 'ln-pain-points', kind: 'pain-points', title: { en: 'Pain points', id: 'Poin hambatan' } },
  opportunities: { id: 'ln-opportunities', kind: 'opportunities', title: { en: 'Opportunities', id: 'Peluang' } },
  metrics: { id: 'ln-metrics', kind: 'metrics', title: { en: 'Metrics', id: 'Metrik' } },
} satisfies Record<string, TemplateLane>;

/** A map type's lanes, some retitled for one journey (by lane id); kinds and ids stay, so maps of the type still compare. */
export function retitled(lanes: readonly TemplateLane[], titles: Record<string, TemplateLane['title']>): TemplateLane[] {
  return lanes.map((l) => (titles[l.id] ? { ...l, title: titles[l.id]! } : l));
}

// The facilitator's five-stage map from issue 13: the current-state template
// with a morning's notes, most of them in the first three stages. Tiled on A3
// landscape at full size it needs two sheets across and two down, and the
// lower row holds only the bottom of the last lanes: under Retention and
// Advocacy there is nothing at all.
import type { JourneyMap, Note } from '../../shared/format/types';
import { createMap } from '../../shared/templates';

const NOTES: [stage: string, lane: string, text: string, emotion?: Note['emotion']][] = [
  ['st-awareness', 'ln-actions', 'Sees a friend post about the new savings account'],
  ['st-awareness', 'ln-actions', 'Searches "tabungan tanpa biaya admin"'],
  ['st-awareness', 'ln-touchpoints', 'Instagram ad'],
  ['st-awareness', 'ln-thoughts', 'Is this bank safe?'],
  ['st-awareness', 'ln-emotions', 'Curious', 1],
  ['st-awareness', 'ln-pain-points', 'The ad does not say the monthly fee'],
  ['st-awareness', 'ln-pain-points', 'The landing page is slow on mobile data'],
  ['st-awareness', 'ln-pain-points', 'Two different rates on the website and in the app'],
  ['st-awareness', 'ln-opportunities', 'Put the fee in the ad itself'],
  ['st-awareness', 'ln-opportunities', 'One page for rates, the same in the app'],
  ['st-awareness', 'ln-opportunities', 'A lighter landing page'],
  ['st-awareness', 'ln-metrics', 'Ad click-through'],
  ['st-consideration', 'ln-actions', 'Compares three banks in a spreadsheet'],
  ['st-consideration', 'ln-actions', 'Asks the branch by WhatsApp'],
  ['st-consideration', 'ln-thoughts', 'Which one has the most ATMs near the office?'],
  ['st-consideration', 'ln-emotions', 'Unsure', -1],
  ['st-consideration', 'ln-pain-points', 'No reply on WhatsApp for two days'],
  ['st-consideration', 'ln-opportunities', 'A reply within the hour, by the branch'],
  ['st-purchase', 'ln-actions', 'Opens the account in the app'],
  ['st-purchase', 'ln-touchpoints', 'Mobile app, video call for KYC'],
  ['st-purchase', 'ln-emotions', 'Relieved', 2],
  ['st-purchase', 'ln-pain-points', 'The video call drops twice'],
  ['st-retention', 'ln-actions', 'Pays bills from the app'],
  ['st-advocacy', 'ln-actions', 'Tells a colleague'],
];

export function fiveStageMap(): JourneyMap {
  const map = createMap({ type: 'current-state', locale: 'en', now: '2026-12-07T09:00:00Z', id: 'five-stages' });
  const notes: Note[] = NOTES.map(([stage, lane, text, emotion], i) => (emotion === undefined ? { id: `nt-${i}`, stage, lane, text } : { id: `nt-${i}`, stage, lane, text, emotion }));
  return { ...map, title: 'Savings account opening', notes };
}

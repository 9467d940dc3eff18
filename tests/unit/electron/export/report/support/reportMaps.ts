// Maps for the report tests: the two samples, and a small Indonesian map
// crafted so every figure in a report can be checked by hand, with private
// notes that must stay out, markup and a pipe that must stay text, emoji and
// a line break that must survive.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCjm, type JourneyMap } from '../../../../../../shared/format';

export const SAMPLES = ['b2b-software-purchase.en', 'hotel-check-in.id'] as const;

export function sample(name: (typeof SAMPLES)[number]): JourneyMap {
  const read = readCjm(new Uint8Array(readFileSync(join(import.meta.dirname, `../../../../../../shared/samples/${name}.cjm`))));
  if (!read.ok) throw new Error(`${name} does not open`);
  return read.map;
}

/** Local noon on 1 March 2027: the same calendar day in any time zone. */
export const NOW = new Date(2027, 2, 1, 12);

export const SCRIPT_NOTE = '<script>alert("x")</script> | pipa';
export const SECRET_NOTE = 'CATATAN RAHASIA';
export const SECRET_LANE_NOTE = 'LAJUR RAHASIA';

/**
 * Nine notes in view: pain points with 2, 7 and 4 votes; actions owned by
 * Budi (high, made from the 7-vote pain point), Tim Ops (low, overdue on NOW)
 * and nobody (made from a note deleted since, which had 3); a CSAT figure; two
 * emotion scores. Evidence: 2 measured, 1 observed, 3 assumptions, 3 unstated
 * (22%, 11%, 34%, 33%). Two more notes are private: one not yet revealed
 * (99 votes, measured) and one in a hidden lane.
 */
export function craftedMap(reviewBy: string | null = '2027-03-20'): JourneyMap {
  return {
    format: 'cjm',
    version: 1,
    id: 'report-test',
    title: 'Peta uji 🚀 <b>&amp;',
    type: 'current-state',
    locale: 'id',
    goal: 'Mengurangi antrean di lobi',
    createdAt: '2027-01-01T00:00:00Z',
    updatedAt: '2027-01-01T00:00:00Z',
    reviewBy,
    personas: [{ id: 'ps-sari', name: 'Sari 👩‍👧', role: 'Guru SMP', age: 41, goals: ['Kamar siap saat tiba'], quote: 'Bilang dari awal.' }],
    primaryPersona: 'ps-sari',
    stages: [
      { id: 'st-1', title: 'Kesadaran' },
      { id: 'st-2', title: 'Pertimbangan' },
      { id: 'st-3', title: 'Pembelian' },
    ],
    lanes: [
      { id: 'ln-pain', kind: 'pain-points', title: 'Poin hambatan' },
      { id: 'ln-opp', kind: 'opportunities', title: 'Peluang' },
      { id: 'ln-metrics', kind: 'metrics', title: 'Metrik' },
      { id: 'ln-emo', kind: 'emotions', title: 'Emosi: Sari', persona: 'ps-sari' },
      { id: 'ln-secret', kind: 'text', title: 'Lajur tersembunyi', hidden: true },
    ],
    notes: [
      { id: 'n1', lane: 'ln-pain', stage: 'st-1', text: 'Antre lama 😤🙏', votes: 2, evidence: 'measured' },
      { id: 'n2', lane: 'ln-pain', stage: 'st-2', text: SCRIPT_NOTE, votes: 7, evidence: 'assumption' },
      { id: 'n3', lane: 'ln-pain', stage: 'st-3', text: 'Baris satu\nBaris dua', votes: 4, evidence: 'observed', source: 'Wawancara 12 tamu' },
      { id: 'n4', lane: 'ln-opp', stage: 'st-1', text: 'Papan antrean digital', owner: 'Tim Ops', priority: 'low', due: '2027-01-15', evidence: 'assumption' },
      { id: 'n5', lane: 'ln-opp', stage: 'st-2', text: 'Pre-check-in online', owner: 'Budi 👷', priority: 'high', due: '2027-04-30', evidence: 'assumption', madeFrom: { note: 'n2', votes: 7 } },
      { id: 'n6', lane: 'ln-opp', stage: 'st-3', text: 'Pojok anak', madeFrom: { note: 'n-gone', votes: 3 } },
      { id: 'n7', lane: 'ln-metrics', stage: 'st-2', text: 'Kepuasan check-in', metric: { name: 'CSAT', value: 4.25, unit: '/5' }, evidence: 'measured' },
      { id: 'n8', lane: 'ln-emo', stage: 'st-1', text: 'Kesal', emotion: -2 },
      { id: 'n9', lane: 'ln-emo', stage: 'st-3', text: 'Lega', emotion: 1 },
      { id: 'n10', lane: 'ln-pain', stage: 'st-2', text: SECRET_NOTE, votes: 99, evidence: 'measured', hidden: true },
      { id: 'n11', lane: 'ln-secret', stage: 'st-1', text: SECRET_LANE_NOTE, evidence: 'measured' },
    ],
  };
}

// A large, realistic map for benchmarks and load tests: deterministic for a
// seed, notes of workshop-like length spread over the cells, emotions,
// votes, tags, evidence and metrics where a real wall has them.
import type { JourneyMap, LaneKind, Note } from '../../shared/format/types';
import { LANE_KINDS } from '../../shared/format/types';
import { seededRandom } from './random';

export { seededRandom };

const WORDS = (
  'customer checks price compares vendors asks sales demo approval budget invoice onboarding training import data ' +
  'pelanggan membandingkan harga menunggu konfirmasi pembayaran antrean lobi kamar sarapan wifi keluhan ulasan ' +
  'email WhatsApp website app login form shipping cost hidden slow fast helpful confused relieved frustrated'
).split(' ');

export interface BigMapOptions {
  notes: number;
  stages?: number;
  seed?: number;
}

export function bigMap({ notes, stages = 8, seed = 1 }: BigMapOptions): JourneyMap {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const lanes = LANE_KINDS.map((kind: LaneKind, i) => ({ id: `ln-${i}`, kind, title: `${kind} lane` }));
  const stageList = Array.from({ length: stages }, (_, i) => ({ id: `st-${i}`, title: `Stage ${i + 1}` }));
  const list: Note[] = [];
  for (let i = 0; i < notes; i++) {
    const lane = pick(lanes);
    const words = Array.from({ length: 4 + Math.floor(random() * 16) }, () => pick(WORDS));
    const note: Note = { id: `nt-${i.toString(36)}`, lane: lane.id, stage: pick(stageList).id, text: words.join(' ') };
    if (lane.kind === 'emotions') note.emotion = (Math.floor(random() * 5) - 2) as Note['emotion'];
    if (random() < 0.3) note.votes = Math.floor(random() * 9) + 1;
    if (random() < 0.2) note.tags = [pick(WORDS)];
    if (random() < 0.4) note.evidence = pick(['assumption', 'observed', 'measured'] as const);
    if (lane.kind === 'metrics') note.metric = { name: 'CSAT', value: Math.round(random() * 1000) / 10, unit: '%' };
    if (lane.kind === 'opportunities') Object.assign(note, { owner: 'Customer Success', priority: 'high', due: '2027-03-31' });
    list.push(note);
  }
  return {
    format: 'cjm',
    version: 1,
    id: `bench-${seed}`,
    title: `Benchmark map, ${notes} notes`,
    type: 'current-state',
    locale: 'en',
    createdAt: '2026-11-01T09:00:00Z',
    updatedAt: '2026-11-20T09:00:00Z',
    personas: [{ id: 'ps-1', name: 'Rina', role: 'Procurement manager' }],
    stages: stageList,
    lanes,
    notes: list,
  };
}

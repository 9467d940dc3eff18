// Maps for the persona-curve tests: the samples (two personas, an emotions
// lane each), the samples cut down to one emotions lane (what the board drew
// before curves were overlaid must not change), and small maps built on purpose.
import type { JourneyMap, Lane, Note } from '../../../../../shared/format';
import { buildMap, loadSample } from '../layoutMaps';

/** A sample without one of its lanes (and that lane's notes). */
export function withoutLane(map: JourneyMap, laneId: string): JourneyMap {
  return { ...map, lanes: map.lanes.filter((l) => l.id !== laneId), notes: map.notes.filter((n) => n.lane !== laneId) };
}

export function withLane(map: JourneyMap, laneId: string, change: Partial<Lane>): JourneyMap {
  return { ...map, lanes: map.lanes.map((l) => (l.id === laneId ? { ...l, ...change } : l)) };
}

/** Two personas, Ayu and Budi, and an emotions lane for each (plus an actions lane between). */
export function twoPersonaMap(notes: readonly Partial<Note>[] = TWO_PERSONA_NOTES): JourneyMap {
  const map = buildMap([{ kind: 'emotions', title: 'Emosi: Ayu', persona: 'ps-ayu' }, 'actions', { kind: 'emotions', title: 'Emosi: Budi', persona: 'ps-budi' }], 4, notes);
  return {
    ...map,
    personas: [
      { id: 'ps-ayu', name: 'Ayu Lestari', role: 'Tamu bisnis' },
      { id: 'ps-budi', name: 'Budi Santoso', role: 'Tamu keluarga' },
    ],
  };
}

export const TWO_PERSONA_NOTES: readonly Partial<Note>[] = [
  { lane: 'l0', stage: 's0', emotion: 1 },
  { lane: 'l0', stage: 's1', emotion: -2 },
  { lane: 'l0', stage: 's3', emotion: 2 },
  { lane: 'l2', stage: 's0', emotion: -1 },
  { lane: 'l2', stage: 's1', emotion: 0 },
  { lane: 'l2', stage: 's2', emotion: 1 },
  { lane: 'l2', stage: 's3', emotion: -2 },
];

/** Maps with one visible emotions lane, by name: their scenes are kept in tests/fixtures/scenes. */
export function oneEmotionsLaneMaps(): Record<string, JourneyMap> {
  const b2b = loadSample('b2b-software-purchase.en.cjm');
  const hotel = loadSample('hotel-check-in.id.cjm');
  const single = twoPersonaMap();
  return {
    'b2b without David': withoutLane(b2b, 'ln-emotions-david'),
    'hotel without Andi': withoutLane(hotel, 'ln-emotions-andi'),
    'b2b with Maya hidden': withLane(b2b, 'ln-emotions-maya', { hidden: true }),
    'one lane of nobody, bridged': withoutLane(withLane(single, 'l0', { persona: undefined, title: 'Emosi tamu' }), 'l2'),
  };
}

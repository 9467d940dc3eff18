// A map written out by hand for a test: the required fields filled with
// plain values, the parts the test is about given. Valid as docs/format.md asks
// when the given parts are.
import type { JourneyMap } from '../../shared/format/types';

export function craftedMap(parts: Partial<JourneyMap> & Pick<JourneyMap, 'stages' | 'lanes'>): JourneyMap {
  return {
    format: 'cjm',
    version: 1,
    id: 'crafted',
    title: 'Crafted',
    type: 'current-state',
    locale: 'en',
    createdAt: '2027-01-01T00:00:00Z',
    updatedAt: '2027-01-01T00:00:00Z',
    personas: [],
    notes: [],
    ...parts,
  };
}

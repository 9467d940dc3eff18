// Maps for present mode's fit to the screen (issue 13, point 2): the samples,
// a facilitator's eight-lane map (the current-state template's seven lanes
// plus physical evidence, filled with the B2B sample's notes) and that map
// with four lanes hidden, short enough for every lane to show at 18 px.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCjm } from '../../shared/format/reader';
import type { JourneyMap } from '../../shared/format/types';
import { TEMPLATES } from '../../shared/templates/catalogue';

export const SAMPLES = join(import.meta.dirname, '../../shared/samples');

export function sampleMap(name: string): JourneyMap {
  const read = readCjm(readFileSync(join(SAMPLES, name)));
  if (!read.ok) throw new Error(`${name} does not read`);
  return read.map;
}

export function eightLaneMap(): JourneyMap {
  const map = sampleMap('b2b-software-purchase.en.cjm');
  const kinds = new Set<string>(TEMPLATES['current-state'].lanes.map((l) => l.kind));
  const lanes = map.lanes.filter((l, i) => l.kind === 'evidence' || (kinds.has(l.kind) && map.lanes.findIndex((o) => o.kind === l.kind) === i));
  const ids = new Set(lanes.map((l) => l.id));
  return { ...map, lanes, notes: map.notes.filter((n) => ids.has(n.lane)) };
}

/** The eight lanes with four hidden, as a facilitator does to fit a stage: actions, thoughts, emotions and metrics show. */
export function fourOfEightLanesMap(): JourneyMap {
  const map = eightLaneMap();
  const hide = new Set(['evidence', 'touchpoints', 'pain-points', 'opportunities']);
  return { ...map, lanes: map.lanes.map((l) => (hide.has(l.kind) ? { ...l, hidden: true } : l)) };
}

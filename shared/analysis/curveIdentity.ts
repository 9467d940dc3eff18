// Who an emotion curve belongs to and how it is told apart: its name (the
// persona's, else the lane's title) and its place in the theme's palette.
// The board, its overlay legend, the persona strip, the PDF and the reports
// all ask here, so Maya's curve is the same colour on the wall and on paper.
import type { JourneyMap, Lane } from '../format/types';

/**
 * A curve's place in the palette: its persona's place among the map's
 * personas (the persona strip paints the persona in that colour too); a lane
 * of no persona takes the first places no persona's curve uses, in lane
 * order, so it never wears the colour of a persona's curve beside it.
 */
export function curvePaletteIndex(map: JourneyMap, lane: Lane): number {
  const personaIndex = (l: Lane) => (l.persona ? map.personas.findIndex((p) => p.id === l.persona) : -1);
  const own = personaIndex(lane);
  if (own >= 0) return own;
  const emotionLanes = map.lanes.filter((l) => l.kind === 'emotions');
  const taken = new Set(emotionLanes.map(personaIndex).filter((i) => i >= 0));
  let index = 0;
  for (const other of emotionLanes) {
    if (personaIndex(other) >= 0) continue;
    while (taken.has(index)) index++;
    if (other.id === lane.id) return index;
    index++;
  }
  return 0;
}

/** A curve's name: its persona's, with the lane's title when that persona has several lanes; else the lane's title. */
export function curveLabel(map: JourneyMap, lane: Lane): string {
  const persona = lane.persona ? map.personas.find((p) => p.id === lane.persona) : undefined;
  if (!persona) return lane.title;
  const lanesOfPersona = map.lanes.filter((l) => l.kind === 'emotions' && l.persona === persona.id).length;
  return lanesOfPersona > 1 ? `${persona.name} (${lane.title})` : persona.name;
}

// The emotion curves a board shows, one per visible emotions lane (docs/format.md:
// an emotions lane per persona draws one curve per persona), each with its
// colour, its style and its name. With two or more, the first emotions
// lane's band overlays them all under a legend, so the room compares the
// personas at a glance; every lane keeps its own curve over its own notes.
import { curveLabel, curvePaletteIndex } from '../analysis/curveIdentity';
import { curveStyle, type CurveStyle } from './curveStyles';
import type { BoardLayout, RowLayout } from './layout';
import type { Theme } from './theme';

export interface PersonaCurve {
  /** The emotions lane the curve runs through. */
  laneId: string;
  row: RowLayout;
  /** The persona whose curve it is, if the lane names one. */
  personaId: string | undefined;
  label: string;
  color: string;
  style: CurveStyle;
}

/** The colour of a lane's curve (curveIdentity.ts says which). */
export function paletteColor(theme: Theme, index: number): string {
  return theme.curve[index % theme.curve.length]!;
}

/** One curve per visible emotions lane, top to bottom; the n-th wears the n-th style. */
export function personaCurves(layout: BoardLayout, theme: Theme): PersonaCurve[] {
  const { map } = layout;
  const personaIds = new Set(map.personas.map((p) => p.id));
  return layout.rows
    .filter((row) => row.lane.kind === 'emotions')
    .map((row, index) => ({
      laneId: row.lane.id,
      row,
      personaId: row.lane.persona && personaIds.has(row.lane.persona) ? row.lane.persona : undefined,
      label: curveLabel(map, row.lane),
      color: paletteColor(theme, curvePaletteIndex(map, row.lane)),
      style: curveStyle(index),
    }));
}

/** How many visible emotions lanes the rows hold: the overlay needs two. */
function emotionRowCount(rows: readonly { lane: { kind: string } }[]): number {
  return rows.filter((row) => row.lane.kind === 'emotions').length;
}

/** The row whose band overlays every curve: the first emotions lane's, when there are two or more. */
export function overlayRow(layout: BoardLayout): RowLayout | null {
  if (emotionRowCount(layout.rows) < 2) return null;
  return layout.rows.find((row) => row.lane.kind === 'emotions') ?? null;
}

/** Each persona's curve, for the key beside it in the persona strip; none while the board has one curve or none. */
export function curvesByPersona(layout: BoardLayout, theme: Theme): Map<string, PersonaCurve> {
  const byPersona = new Map<string, PersonaCurve>();
  if (!overlayRow(layout)) return byPersona;
  for (const curve of personaCurves(layout, theme)) if (curve.personaId && !byPersona.has(curve.personaId)) byPersona.set(curve.personaId, curve);
  return byPersona;
}

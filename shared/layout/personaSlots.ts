// Where each persona sits in the strip above the stage titles: one slot per
// persona, left to right, as many as fit the board's width. The strip's
// drawing (scene.ts, personaStripItems) and the board's hit-testing (a photo
// dropped onto a persona) both place personas by these.
import { GEOMETRY } from './geometry';
import type { BoardLayout } from './layout';

export const PERSONA_SLOT = {
  /** Board x of the first slot. */
  left: GEOMETRY.laneHeaderWidth + 16,
  width: 280,
} as const;

export function personaSlotX(index: number): number {
  return PERSONA_SLOT.left + index * PERSONA_SLOT.width;
}

/** Whether slot `index` fits on a board this wide (the strip leaves out personas past the last stage). */
export function personaSlotShown(layout: BoardLayout, index: number): boolean {
  return personaSlotX(index) + PERSONA_SLOT.width <= layout.width;
}

/** The persona whose slot is at board x (anywhere in the strip's height), or null. */
export function personaAtStripX(layout: BoardLayout, x: number): string | null {
  if (layout.personaStripHeight === 0 || x < PERSONA_SLOT.left) return null;
  const index = Math.floor((x - PERSONA_SLOT.left) / PERSONA_SLOT.width);
  const persona = layout.map.personas[index];
  return persona && personaSlotShown(layout, index) ? persona.id : null;
}

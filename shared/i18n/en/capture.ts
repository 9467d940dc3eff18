// Quick capture: the bar at the foot of the board where the facilitator types
// what the room says, and where it goes.

export const capture = {
  title: 'Quick capture',
  note: 'Note',
  notePlaceholder: 'Type what the room says, then Enter',
  where: 'Where',
  wherePlaceholder: 'stage lane, e.g. aw pa',
  stage: 'Stage',
  lane: 'Lane',
  hint: 'Enter adds · Tab switches field · paste many lines for many notes · Esc closes',
  close: 'Close quick capture',
  noPlace: 'Type where the note goes: the first letters of a stage, then of a lane.',
  noStage: (p: { typed: string; options: string }) => `No stage has a word starting "${p.typed}". Stages: ${p.options}.`,
  noLane: (p: { typed: string; options: string }) => `No lane has a word starting "${p.typed}". Lanes: ${p.options}.`,
  manyStages: (p: { typed: string; count: number; options: string }) => `"${p.typed}" fits ${p.count} stages: ${p.options}. Type more letters.`,
  manyLanes: (p: { typed: string; count: number; options: string }) => `"${p.typed}" fits ${p.count} lanes: ${p.options}. Type more letters.`,
  manyCells: (p: { typed: string; options: string }) => `"${p.typed}" can be read as ${p.options}. Put a / between the stage and the lane.`,
  emptyNote: 'Type the note first, then Enter.',
  added: (p: { count: number; stage: string; lane: string }) => (p.count === 1 ? `Added ${p.count} note to ${p.stage} · ${p.lane}` : `Added ${p.count} notes to ${p.stage} · ${p.lane}`),
};

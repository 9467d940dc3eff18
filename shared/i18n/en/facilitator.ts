// The facilitator's locks and rounds: silent writing, reveal, the structure
// lock, review mode.

export const facilitator = {
  silentRound: 'Silent round',
  silentHint: 'New notes are written face down',
  faceDown: (p: { count: number }) => (p.count === 1 ? `${p.count} note face down` : `${p.count} notes face down`),
  reveal: 'Reveal',
  endSilent: 'End the round',
  revealed: (p: { count: number }) => (p.count === 1 ? `Revealed ${p.count} note. Undo turns it back over.` : `Revealed ${p.count} notes. Undo turns them back over.`),
  nothingToReveal: 'No notes are face down.',
  silentOn: 'Silent round: new notes are written face down until you reveal them.',
  silentOff: 'Silent round ended. Notes already face down stay so until Reveal.',
  structureLocked: 'Structure locked',
  structureHint: 'Stages and lanes cannot be added, moved or deleted',
  unlock: 'Unlock',
  structureOn: 'Structure locked: stages and lanes cannot be added, moved or deleted.',
  structureOff: 'Structure unlocked.',
  reviewMode: 'Review mode: read-only',
  reviewHint: 'Nothing on the map can be changed until you leave review mode',
  leaveReview: 'Leave review mode',
  reviewOn: 'Review mode: the map is read-only.',
  reviewOff: 'Review mode ended: the map can be edited again.',
  lockedLanes: (p: { count: number }) => (p.count === 1 ? `${p.count} lane locked` : `${p.count} lanes locked`),
  lockedLanesHint: (p: { lanes: string }) => `Notes in locked lanes cannot be moved or edited: ${p.lanes}`,
  unlockLanes: 'Unlock all lanes',
  workshopMenu: 'Workshop',
};

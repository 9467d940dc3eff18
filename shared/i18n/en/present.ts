// Present mode: the stage tour, its aids and the keys that drive them.

export const present = {
  label: (p: { title: string }) => `Presentation of ${p.title}`,
  stageOf: (p: { index: number; count: number }) => `Stage ${p.index} of ${p.count}`,
  overview: 'Overview: the whole map',
  spotlightStage: 'Spotlight on this stage',
  spotlightLane: (p: { lane: string }) => `Spotlight on the lane ${p.lane}`,
  pointerOn: 'Pointer highlight on',
  blank: 'Screen blanked. Press B to show the map again.',
  hints: '→ / Page Down / Space next stage · ← / Page Up back · ↑ ↓ scroll · O overview · S spotlight stage · L spotlight lane · H pointer · B blank · Esc leave',
  secondDisplay: 'Presenting on the second display. Press Esc there or here to stop.',
  leave: 'Leave present mode',
};

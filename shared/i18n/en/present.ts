// Present mode: the stage tour, its aids and the keys that drive them.

export const present = {
  label: (p: { title: string }) => `Presentation of ${p.title}`,
  stageOf: (p: { index: number; count: number }) => `Stage ${p.index} of ${p.count}`,
  overview: 'Overview: the whole map',
  spotlightStage: 'Spotlight on this stage',
  spotlightLane: (p: { lane: string }) => `Spotlight on the lane ${p.lane}`,
  pointerOn: 'Pointer highlight on',
  blank: 'Screen blanked. Press B to show the map again.',
  /** The presenter's keys, shown beside the map for the first seconds (and on ?): keys, then what they do. */
  hints: [
    ['→ Space Page\u00a0Down', 'next stage'],
    ['← Page\u00a0Up', 'previous stage'],
    ['1–9', 'go to a stage'],
    ['↑ ↓', 'scroll, or move the lane spotlight'],
    ['+ − 0', 'zoom in, out, back'],
    ['O', 'overview'],
    ['S', 'spotlight the stage'],
    ['L', 'spotlight a lane, again to switch off'],
    ['H', 'pointer'],
    ['B', 'blank the screen'],
    ['?', 'these keys'],
    ['Esc', 'leave'],
  ] as [keys: string, what: string][],
  keysHeading: 'Keys',
  /** The lanes of the stage below the screen's foot, named so the room knows what is still to come. */
  moreBelow: (p: { lanes: readonly string[] }) =>
    `More below: ${p.lanes.length <= 2 ? p.lanes.join(', ') : `${p.lanes[0]} and ${p.lanes.length - 1} more lanes`}`,
  moreBelowKey: 'Press ↓ to scroll',
  secondDisplay: 'Presenting on the second display. Press Esc there or here to stop.',
  leave: 'Leave present mode',
};

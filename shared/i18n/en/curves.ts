// Several personas' emotion curves: the title bar's Curves control that
// switches each overlaid curve off and on (the board's legend does too).

export const curves = {
  button: 'Curves',
  open: 'Show or hide emotion curves',
  title: 'Emotion curves',
  hint: 'Overlaid in the first emotions lane. Click a name in the board’s legend to switch it too.',
  showAll: 'Show all',
  close: 'Close',
  hiddenCount: (p: { count: number }) => `${p.count} hidden`,
  lanePersona: 'Whose experience',
  nobody: 'No one persona',
};

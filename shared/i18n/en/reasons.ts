// Why an action cannot run now, in English: shown beside the greyed item in
// the menu bar and the palette (and the native menu's tooltip on macOS), and
// said when its key is pressed anyway. An action's `enabled` names one of
// these (shared/actions/reasons.ts).
export const reasons = {
  noMap: 'Open a map first.',
  noSelection: 'Select a note first.',
  nothingToUndo: 'There is nothing to undo.',
  nothingToRedo: 'There is nothing to redo.',
  noCurves: 'This map has no emotions lane, so it has no emotion curve. Add a lane of the kind Emotions and score its notes from −2 to +2.',
  oneCurve:
    'There is only one emotion curve, so there is nothing to overlay. Add an emotions lane for another persona (Add a lane below…, then choose whose experience it records in the lane’s menu) to compare their curves.',
};

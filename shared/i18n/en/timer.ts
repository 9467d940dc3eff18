// The workshop timer: its button and popover in the title bar, its display
// (also shown in present mode) and what it says about a length it cannot read.

export const timer = {
  title: 'Timer',
  open: 'Timer (T)',
  presets: 'Quick lengths',
  minutes: (p: { count: number }) => `${p.count} min`,
  startMinutes: (p: { count: number }) => `Start a ${p.count}-minute timer`,
  customLabel: 'Any length',
  customPlaceholder: 'e.g. 7, 7:30, 90s',
  start: 'Start',
  pause: 'Pause',
  resume: 'Resume',
  addMinute: '+1 min',
  addMinuteLabel: 'Add a minute',
  reset: 'Reset',
  close: 'Close',
  paused: 'Paused',
  left: (p: { time: string }) => `${p.time} left`,
  timesUp: "Time's up",
  dismiss: 'Click or press Esc to dismiss',
  dismissButton: 'Dismiss',
  restart: 'Restart',
  restartLabel: (p: { time: string }) => `Start ${p.time} again`,
  // All functions, so that the timer says whichever it is given what was typed.
  problems: {
    empty: () => 'Type a length: 7 for seven minutes, 7:30, or 90s.',
    unreadable: (p: { typed: string }) => `"${p.typed}" is not a length. Type minutes (7), minutes and seconds (7:30) or seconds (90s).`,
    'over-59': (p: { typed: string }) => `"${p.typed}": the seconds after the colon go up to 59. For 90 seconds type 1:30 or 90s.`,
    zero: () => 'The timer needs at least one second.',
    'too-long': () => 'The timer runs for up to 10 hours. Type a shorter length.',
  },
};

// What the end-to-end tests read of the timer through window.__jejak.timer()
// (only with ?test=1): its stored state, the page's clock at that moment, and
// the chimes played, so a test can compare times on the page's own clock.
import { chimesPlayed } from './chime';
import { remainingMs, timerPhase, type TimerPhase, type TimerState } from './timerModel';
import { timerStore } from './timerStore';

export interface TimerTestView {
  state: TimerState;
  phase: TimerPhase;
  remainingMs: number;
  now: number;
  chimes: number;
}

export function timerTestView(): TimerTestView {
  const state = timerStore().get();
  const now = Date.now();
  return { state, phase: timerPhase(state, now), remainingMs: remainingMs(state, now), now, chimes: chimesPlayed() };
}

// The timer for a component: its state, "now" refreshed four times a second
// while it counts (only the components that show the timer re-render, never
// the board), and what follows from the two.
import { useEffect, useReducer, useSyncExternalStore } from 'react';
import { elapsedFraction, remainingMs, timerPhase, type TimerPhase, type TimerState } from './timerModel';
import { timerStore } from './timerStore';

export interface TimerView {
  state: TimerState;
  phase: TimerPhase;
  remainingMs: number;
  /** 0 at the start, 1 at the end. */
  elapsed: number;
}

export function useTimer(): TimerView {
  const store = timerStore();
  const state = useSyncExternalStore(store.subscribe, store.get);
  const [, tick] = useReducer((n: number) => n + 1, 0);
  const counting = state.status === 'running';
  useEffect(() => {
    if (!counting) return;
    const interval = window.setInterval(tick, 250);
    return () => window.clearInterval(interval);
  }, [counting]);
  const now = Date.now();
  return { state, phase: timerPhase(state, now), remainingMs: remainingMs(state, now), elapsed: elapsedFraction(state, now) };
}

// The one workshop timer of the app. It belongs to the app, not to a map: a
// facilitator times an exercise whichever map is open, and closing or
// switching maps does not stop it. Every window of the app shares it (they
// share localStorage, and the storage event keeps them in step), so a second
// window showing the board on the projector counts down with the first.
//
// It survives a reload: the state is saved to localStorage on every change, a
// running timer as the wall-clock moment it ends, a paused one as what was
// left, so a reload mid-countdown shows the right time, and a timer that ran
// out while the page was closed shows "time's up" once, until dismissed.
import { playChime, prepareChime, prepareChimeOnNextGesture } from './chime';
import {
  addMinute,
  INITIAL_TIMER,
  parseStoredTimer,
  pauseTimer,
  resetTimer,
  resumeTimer,
  startTimer,
  type TimerState,
} from './timerModel';

const TIMER_STORAGE_KEY = 'jejak.timer';

/** A chime later than this after the end (the laptop slept, the tab was frozen) is not played. */
const LATE_CHIME_MS = 3000;

function readStored(): TimerState | null {
  try {
    return parseStoredTimer(window.localStorage.getItem(TIMER_STORAGE_KEY));
  } catch {
    return null;
  }
}

class TimerStore {
  private state: TimerState;
  private readonly listeners = new Set<() => void>();
  private endTimer: number | undefined;

  constructor() {
    this.state = readStored() ?? INITIAL_TIMER;
    // Running across a reload: the first gesture lets the chime play at the end.
    if (this.state.status === 'running' && this.state.endsAt > Date.now()) prepareChimeOnNextGesture();
    this.schedule();
    window.addEventListener('storage', (event) => {
      if (event.key !== TIMER_STORAGE_KEY) return;
      this.state = parseStoredTimer(event.newValue) ?? INITIAL_TIMER;
      this.schedule();
      this.emit();
    });
  }

  get = (): TimerState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  start(durationMs: number): void {
    prepareChime();
    this.set(startTimer(durationMs, Date.now()));
  }

  pause(): void {
    this.set(pauseTimer(this.state, Date.now()));
  }

  resume(): void {
    prepareChime();
    this.set(resumeTimer(this.state, Date.now()));
  }

  addMinute(): void {
    prepareChime();
    this.set(addMinute(this.state, Date.now()));
  }

  /** Stops the countdown, or dismisses "time's up": idle, ready to start again with the same length. */
  reset(): void {
    this.set(resetTimer(this.state));
  }

  private set(next: TimerState): void {
    if (next === this.state) return;
    this.state = next;
    try {
      window.localStorage.setItem(TIMER_STORAGE_KEY, JSON.stringify(next));
    } catch {
      // Storage full or disabled: the timer still runs, it just will not survive a reload.
    }
    this.schedule();
    this.emit();
  }

  /** Wakes at the end to chime and to tell the displays that time is up. */
  private schedule(): void {
    window.clearTimeout(this.endTimer);
    this.endTimer = undefined;
    const state = this.state;
    if (state.status !== 'running') return;
    const wait = state.endsAt - Date.now();
    if (wait <= 0) return;
    // A few milliseconds past the end, so "now" has surely reached it when the displays ask.
    this.endTimer = window.setTimeout(() => {
      this.endTimer = undefined;
      if (this.state !== state) return;
      if (Date.now() - state.endsAt < LATE_CHIME_MS) playChime();
      this.emit();
    }, wait + 15);
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

let store: TimerStore | null = null;

/** The app's timer, made on first use (the page's storage is read then). */
export function timerStore(): TimerStore {
  store ??= new TimerStore();
  return store;
}

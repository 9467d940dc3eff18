// The workshop timer as a plain value and pure functions of "now": no React,
// no DOM, no clock of its own, so the unit tests drive it with any time.
// A running timer keeps the wall-clock moment it ends (not a count of ticks),
// so a reload, a sleeping laptop or a slow frame never makes it drift; a
// paused one keeps what was left.

export const MINUTE = 60_000;

export type TimerState =
  /** Not counting: `durationMs` is the length it will start with. */
  | { status: 'idle'; durationMs: number }
  /** Counting down to `endsAt` (milliseconds since the epoch); past it, time is up. */
  | { status: 'running'; durationMs: number; endsAt: number }
  | { status: 'paused'; durationMs: number; remainingMs: number };

/** What the room sees: a running timer whose end has passed is "done" until someone dismisses it. */
export type TimerPhase = 'idle' | 'running' | 'paused' | 'done';

export const INITIAL_TIMER: TimerState = { status: 'idle', durationMs: 5 * MINUTE };

export function startTimer(durationMs: number, now: number): TimerState {
  return { status: 'running', durationMs, endsAt: now + durationMs };
}

export function pauseTimer(state: TimerState, now: number): TimerState {
  if (state.status !== 'running' || state.endsAt <= now) return state;
  return { status: 'paused', durationMs: state.durationMs, remainingMs: state.endsAt - now };
}

export function resumeTimer(state: TimerState, now: number): TimerState {
  if (state.status !== 'paused') return state;
  return { status: 'running', durationMs: state.durationMs, endsAt: now + state.remainingMs };
}

/**
 * One more minute. On a timer that is up it counts a fresh minute from now
 * ("one more minute, everyone"); on an idle one it lengthens what will start.
 */
export function addMinute(state: TimerState, now: number): TimerState {
  switch (state.status) {
    case 'idle':
      return { status: 'idle', durationMs: state.durationMs + MINUTE };
    case 'paused':
      return { ...state, durationMs: state.durationMs + MINUTE, remainingMs: state.remainingMs + MINUTE };
    case 'running':
      return state.endsAt <= now
        ? { status: 'running', durationMs: MINUTE, endsAt: now + MINUTE }
        : { ...state, durationMs: state.durationMs + MINUTE, endsAt: state.endsAt + MINUTE };
  }
}

/** Back to idle, ready to start again with the same length. Dismissing "time's up" is the same. */
export function resetTimer(state: TimerState): TimerState {
  return { status: 'idle', durationMs: state.durationMs };
}

export function remainingMs(state: TimerState, now: number): number {
  switch (state.status) {
    case 'idle':
      return state.durationMs;
    case 'paused':
      return state.remainingMs;
    case 'running':
      return Math.max(0, state.endsAt - now);
  }
}

export function timerPhase(state: TimerState, now: number): TimerPhase {
  if (state.status === 'running' && state.endsAt <= now) return 'done';
  return state.status;
}

/**
 * "03:00", "00:07", "1:05:00": whole seconds rounded up, so the display
 * reaches 00:00 exactly when time is up, never a second early.
 */
export function formatRemaining(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${two(minutes)}:${two(seconds)}`;
}

/** How far through the countdown it is, 0 to 1 (for a progress bar). */
export function elapsedFraction(state: TimerState, now: number): number {
  if (state.durationMs <= 0) return 1;
  return Math.min(1, Math.max(0, 1 - remainingMs(state, now) / state.durationMs));
}

/**
 * Reads a stored state back, refusing anything malformed (another version,
 * a hand-edited value): the timer then starts idle rather than throwing.
 */
export function parseStoredTimer(text: string | null): TimerState | null {
  if (!text) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;
  if (!finite(v.durationMs)) return null;
  if (v.status === 'idle') return { status: 'idle', durationMs: v.durationMs };
  if (v.status === 'running' && finite(v.endsAt)) return { status: 'running', durationMs: v.durationMs, endsAt: v.endsAt };
  if (v.status === 'paused' && finite(v.remainingMs)) return { status: 'paused', durationMs: v.durationMs, remainingMs: v.remainingMs };
  return null;
}

// The workshop timer's model: start, pause, resume, one more minute, reset,
// and what is left at any moment, all as pure functions of "now"; and the
// stored form read back safely after a reload.
import { describe, expect, it } from 'vitest';
import {
  addMinute,
  elapsedFraction,
  formatRemaining,
  MINUTE,
  parseStoredTimer,
  pauseTimer,
  remainingMs,
  resetTimer,
  resumeTimer,
  startTimer,
  timerPhase,
  type TimerState,
} from '../../../../renderer/workshop/timer/timerModel';

const T0 = Date.UTC(2026, 10, 23, 9, 0, 0);

describe('the timer model', () => {
  it('counts down from the start to zero, then is done', () => {
    const running = startTimer(3 * MINUTE, T0);
    expect(running).toEqual({ status: 'running', durationMs: 3 * MINUTE, endsAt: T0 + 3 * MINUTE });
    expect(remainingMs(running, T0)).toBe(3 * MINUTE);
    expect(remainingMs(running, T0 + 61_500)).toBe(118_500);
    expect(timerPhase(running, T0 + 61_500)).toBe('running');
    expect(timerPhase(running, T0 + 3 * MINUTE - 1)).toBe('running');
    expect(timerPhase(running, T0 + 3 * MINUTE)).toBe('done');
    expect(remainingMs(running, T0 + 10 * MINUTE)).toBe(0);
    expect(elapsedFraction(running, T0 + 90_000)).toBeCloseTo(0.5);
  });

  it('pauses keeping what is left, and resumes from it however long the pause', () => {
    const paused = pauseTimer(startTimer(5 * MINUTE, T0), T0 + 2 * MINUTE);
    expect(paused).toEqual({ status: 'paused', durationMs: 5 * MINUTE, remainingMs: 3 * MINUTE });
    expect(remainingMs(paused, T0 + 60 * MINUTE)).toBe(3 * MINUTE);
    expect(timerPhase(paused, T0 + 60 * MINUTE)).toBe('paused');
    const resumed = resumeTimer(paused, T0 + 60 * MINUTE);
    expect(resumed).toEqual({ status: 'running', durationMs: 5 * MINUTE, endsAt: T0 + 63 * MINUTE });
    expect(remainingMs(resumed, T0 + 61 * MINUTE)).toBe(2 * MINUTE);
  });

  it('does not pause a timer that is already up, nor resume one that is not paused', () => {
    const running = startTimer(MINUTE, T0);
    expect(pauseTimer(running, T0 + MINUTE)).toBe(running);
    expect(resumeTimer(running, T0)).toBe(running);
    const idle = resetTimer(running);
    expect(pauseTimer(idle, T0)).toBe(idle);
  });

  it('adds a minute whether running, paused, idle or up', () => {
    const running = startTimer(3 * MINUTE, T0);
    expect(remainingMs(addMinute(running, T0 + MINUTE), T0 + MINUTE)).toBe(3 * MINUTE);
    expect(addMinute(running, T0 + MINUTE)).toMatchObject({ durationMs: 4 * MINUTE });
    const paused = pauseTimer(running, T0 + 30_000);
    expect(remainingMs(addMinute(paused, T0 + 30_000), T0 + 99 * MINUTE)).toBe(3 * MINUTE + 30_000);
    expect(addMinute({ status: 'idle', durationMs: 5 * MINUTE }, T0)).toEqual({ status: 'idle', durationMs: 6 * MINUTE });
    // Time is up: one more minute counts a fresh minute from now, not from the old end.
    const more = addMinute(running, T0 + 10 * MINUTE);
    expect(timerPhase(more, T0 + 10 * MINUTE)).toBe('running');
    expect(remainingMs(more, T0 + 10 * MINUTE)).toBe(MINUTE);
  });

  it('resets to idle keeping the length, which is also how "time\'s up" is dismissed', () => {
    const done = startTimer(7 * MINUTE, T0);
    const idle = resetTimer(done);
    expect(idle).toEqual({ status: 'idle', durationMs: 7 * MINUTE });
    expect(timerPhase(idle, T0 + 99 * MINUTE)).toBe('idle');
  });

  it('formats what is left as mm:ss, rounding up so zero shows only when time is up', () => {
    expect(formatRemaining(3 * MINUTE)).toBe('03:00');
    expect(formatRemaining(3 * MINUTE - 1)).toBe('03:00');
    expect(formatRemaining(179_000)).toBe('02:59');
    expect(formatRemaining(1)).toBe('00:01');
    expect(formatRemaining(0)).toBe('00:00');
    expect(formatRemaining(-5)).toBe('00:00');
    expect(formatRemaining(90 * MINUTE)).toBe('1:30:00');
    expect(formatRemaining(59 * MINUTE + 59_500)).toBe('1:00:00');
  });

  it('reads its stored form back, and refuses anything else', () => {
    const states: TimerState[] = [
      { status: 'idle', durationMs: 5 * MINUTE },
      startTimer(3 * MINUTE, T0),
      pauseTimer(startTimer(3 * MINUTE, T0), T0 + 1000),
    ];
    for (const state of states) expect(parseStoredTimer(JSON.stringify(state))).toEqual(state);
    for (const bad of [null, '', 'not json', '42', 'null', '{"status":"running","durationMs":1000}', '{"status":"paused","durationMs":1,"remainingMs":-4}', '{"status":"later","durationMs":1}', '{"status":"idle","durationMs":"5"}']) {
      expect(parseStoredTimer(bad), String(bad)).toBeNull();
    }
  });
});

// Timer lengths as a facilitator types them, in English or Indonesian, and
// the reason when a length cannot be read.
import { describe, expect, it } from 'vitest';
import { MAX_TIMER_MS, parseTimerLength } from '../../../../renderer/workshop/timer/timerLength';

const seconds = (typed: string) => {
  const result = parseTimerLength(typed);
  return result.ok ? result.ms / 1000 : result.problem;
};

describe('timer lengths', () => {
  it.each([
    ['7', 420],
    [' 7 ', 420],
    ['7.5', 450],
    ['7,5', 450],
    ['0.5', 30],
    ['7:30', 450],
    ['0:45', 45],
    ['1:05:00', 3900],
    ['90s', 90],
    ['90 s', 90],
    ['90 sec', 90],
    ['90 seconds', 90],
    ['90 detik', 90],
    ['90 DTK', 90],
    ['7m', 420],
    ['7 min', 420],
    ['7 minutes', 420],
    ['7 menit', 420],
    ["7'", 420],
    ['2m30s', 150],
    ['2 min 30 s', 150],
    ['2m30', 150],
    ['1h', 3600],
    ['1 jam 30 menit', 5400],
    ['1h30', 5400],
    ['1 hour 5 minutes 10 seconds', 3910],
  ])('reads %j as %i seconds', (typed, expected) => {
    expect(seconds(typed)).toBe(expected);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['soon', 'unreadable'],
    ['5 constructor', 'unreadable'],
    ['5 __proto__', 'unreadable'],
    ['5 toString', 'unreadable'],
    ['7x', 'unreadable'],
    ['seven', 'unreadable'],
    ['7 min and 30 s', 'unreadable'],
    ['30s 2m', 'unreadable'],
    ['5 5', 'unreadable'],
    ['30s 5', 'unreadable'],
    ['-5', 'unreadable'],
    ['1:2:3:4', 'unreadable'],
    ['7:75', 'over-59'],
    ['1:60:00', 'over-59'],
    ['0', 'zero'],
    ['0:00', 'zero'],
    ['0.001', 'zero'],
    ['601', 'too-long'],
    ['11h', 'too-long'],
  ])('refuses %j (%s)', (typed, problem) => {
    expect(seconds(typed)).toBe(problem);
  });

  it('goes up to ten hours exactly', () => {
    expect(parseTimerLength('10h')).toEqual({ ok: true, ms: MAX_TIMER_MS });
    expect(parseTimerLength('600')).toEqual({ ok: true, ms: MAX_TIMER_MS });
  });
});

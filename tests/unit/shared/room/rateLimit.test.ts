// The per-participant limit on a fake clock: at most N in any window, counted
// from the events allowed, so a phone that keeps trying is not kept out longer.
import { describe, expect, it } from 'vitest';
import { RateLimit, ROOM_LIMITS } from '../../../../shared/room';

describe('RateLimit', () => {
  it('allows 30 notes in a minute and refuses the 31st', () => {
    const limit = new RateLimit(ROOM_LIMITS.notesPerMinute, 60_000);
    for (let i = 0; i < 30; i++) expect(limit.allow(1000 + i)).toBe(true);
    expect(limit.allow(1030)).toBe(false);
    expect(limit.allow(60_999)).toBe(false);
  });

  it('slides: each allowed event frees its place a full window later', () => {
    const limit = new RateLimit(3, 1000);
    expect([0, 400, 800].map((t) => limit.allow(t))).toEqual([true, true, true]);
    expect(limit.allow(999)).toBe(false);
    expect(limit.allow(1000)).toBe(true);
    expect(limit.allow(1001)).toBe(false);
    expect(limit.allow(1400)).toBe(true);
    expect(limit.allow(1799)).toBe(false);
    expect(limit.allow(1800)).toBe(true);
  });

  it('does not count refused attempts', () => {
    const limit = new RateLimit(2, 1000);
    limit.allow(0);
    limit.allow(0);
    for (let t = 1; t < 1000; t += 10) expect(limit.allow(t)).toBe(false);
    expect(limit.allow(1000)).toBe(true);
    expect(limit.allow(1000)).toBe(true);
    expect(limit.allow(1000)).toBe(false);
  });

  it('refuses while the clock runs backwards within the window, rather than letting a burst through', () => {
    const limit = new RateLimit(1, 1000);
    expect(limit.allow(5000)).toBe(true);
    expect(limit.allow(100)).toBe(false);
  });

  it('needs a whole number of events', () => {
    expect(() => new RateLimit(0, 1000)).toThrow('a rate limit needs a whole number of events, not 0');
    expect(() => new RateLimit(1.5, 1000)).toThrow('a rate limit needs a whole number of events, not 1.5');
  });
});

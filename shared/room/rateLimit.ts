// How often one participant may do something (add a note): at most `limit`
// times in any `windowMs`. The times of the last `limit` allowed events are
// kept in a ring, so memory is fixed whatever a phone sends.

export class RateLimit {
  private readonly times: number[] = [];
  private oldest = 0;

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`a rate limit needs a whole number of events, not ${limit}`);
  }

  /** Whether an event at `now` (milliseconds) is allowed; an allowed one is counted, a refused one is not. */
  allow(now: number): boolean {
    if (this.times.length < this.limit) {
      this.times.push(now);
      return true;
    }
    if (now - this.times[this.oldest]! < this.windowMs) return false;
    this.times[this.oldest] = now;
    this.oldest = (this.oldest + 1) % this.limit;
    return true;
  }
}

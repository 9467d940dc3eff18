// A clock that moves only when a test says so, for services that take a
// Scheduler (the recovery journal, the map watch).
import type { Scheduler } from '../../electron/services/scheduler';

export class FakeScheduler implements Scheduler {
  private time = 0;
  private nextId = 1;
  private readonly timers = new Map<number, { at: number; run: () => void }>();

  /** `settle` waits for the work a timer starts (real file I/O) before time moves on. */
  constructor(private settle: () => Promise<void> = () => turns()) {}

  settleWith(settle: () => Promise<void>): void {
    this.settle = async () => {
      await turns();
      await settle();
    };
  }

  now(): number {
    return this.time;
  }

  setTimeout(run: () => void, ms: number): number {
    const id = this.nextId++;
    this.timers.set(id, { at: this.time + Math.max(0, ms), run });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  /** Moves time on by `ms`, running each timer that falls due, in order, and letting the work it starts settle. */
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    for (;;) {
      await this.settle();
      const due = [...this.timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at || a[0] - b[0])[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.time = due[1].at;
      due[1].run();
    }
    this.time = end;
    await this.settle();
  }
}

/** A few turns of the event loop, for promises already resolving. */
export async function turns(count = 20): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

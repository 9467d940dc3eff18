// Progress and cancelling for an export that draws for seconds: the drawing
// is synchronous, so every so often it hands the event loop a turn (to let a
// Cancel click or an IPC message in), reports how far it got and stops with
// ExportCancelled if the signal has been aborted.
import { throwIfCancelled, type ExportControl } from '../../../shared/export/options';

/** Hand the event loop a turn at most this often, in milliseconds. */
const TURN_MS = 40;

export class Progress {
  private done = 0;
  private lastTurn = performance.now();

  constructor(
    private readonly control: ExportControl | undefined,
    private readonly total: number,
  ) {
    throwIfCancelled(control?.signal);
    control?.onProgress?.(0, total);
  }

  /** Counts `steps` more as done; now and then reports, yields and checks the signal. */
  async advance(steps = 1): Promise<void> {
    this.done = Math.min(this.total, this.done + steps);
    if (performance.now() - this.lastTurn < TURN_MS) return;
    await this.turn();
  }

  /** Reports the end (every step done). */
  async finish(): Promise<void> {
    this.done = this.total;
    await this.turn();
  }

  private async turn(): Promise<void> {
    this.control?.onProgress?.(this.done, this.total);
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.lastTurn = performance.now();
    throwIfCancelled(this.control?.signal);
  }
}

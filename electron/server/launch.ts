// The address `jejak serve --open` hands the system's opener. The board's
// own address carries the run's token, and whatever is passed to another
// program can be read by any local user (/proc/PID/cmdline) while it runs.
// So the opener gets a one-time address instead: spent on its first use,
// gone after a few minutes, it sends the browser on to the board with the
// token, and is worth nothing to anyone who reads it later.
import { randomBytes, timingSafeEqual } from 'node:crypto';

/** Long enough for a browser that is slow to start; short enough that a leaked address is soon dead. */
const LAUNCH_LIFETIME_MS = 5 * 60_000;

export const LAUNCH_PATH = '/launch/';

export class LaunchCodes {
  private readonly codes = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  /** A new one-time code. */
  issue(): string {
    const code = randomBytes(24).toString('base64url');
    this.codes.set(code, this.now() + LAUNCH_LIFETIME_MS);
    return code;
  }

  /** True once for a code this run issued and has not seen spent or expired; it is then spent. */
  spend(code: string): boolean {
    const now = this.now();
    let found: string | null = null;
    for (const [known, expires] of this.codes) {
      if (expires < now) {
        this.codes.delete(known);
        continue;
      }
      if (known.length === code.length && timingSafeEqual(Buffer.from(known), Buffer.from(code))) found = known;
    }
    if (found === null) return false;
    this.codes.delete(found);
    return true;
  }
}

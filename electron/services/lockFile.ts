// The lock file of docs/format.md ("Beside the file"): its name beside the map,
// its exact bytes, and reading one back. `.~lock.NAME.cjm#` holds
// {"app": "jejak", "user", "host", "pid", "since"}; anything else found under
// that name is a lock held by someone unknown, never deleted.
import { basename, dirname, join } from 'node:path';
import { isTimestamp } from '../../shared/format/rules';
import type { LockInfo } from '../../shared/i18n/lock';

/** Lock files are a few hundred bytes; anything far bigger is not one. */
/** A lock file is a line of JSON: anything larger is not a lock (and is not read whole). */
export const LOCK_FILE_MAX_BYTES = 64 * 1024;

export function lockPathFor(mapPath: string): string {
  return join(dirname(mapPath), `.~lock.${basename(mapPath)}#`);
}

/** The bytes written: the keys in docs/format.md's order, 2-space indent, LF, one trailing newline. */
export function encodeLock(info: LockInfo): Uint8Array {
  const { app, user, host, pid, since } = info;
  return Buffer.from(`${JSON.stringify({ app, user, host, pid, since }, null, 2)}\n`, 'utf8');
}

export type ParsedLock =
  | { ok: true; info: LockInfo }
  /** `incomplete`: empty or cut-off JSON, which is also what a lock being written looks like for a moment. */
  | { ok: false; incomplete: boolean };

export function parseLock(bytes: Uint8Array): ParsedLock {
  if (bytes.length > LOCK_FILE_MAX_BYTES) return { ok: false, incomplete: false };
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(bytes).toString('utf8').replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, incomplete: true };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, incomplete: false };
  const { app, user, host, pid, since } = value as Record<string, unknown>;
  const valid =
    app === 'jejak' &&
    typeof user === 'string' &&
    typeof host === 'string' &&
    typeof pid === 'number' &&
    Number.isSafeInteger(pid) &&
    pid > 0 &&
    typeof since === 'string' &&
    isTimestamp(since);
  return valid ? { ok: true, info: { app, user, host, pid, since } } : { ok: false, incomplete: false };
}

/** RFC 3339 in the machine's own offset, to the second: `2026-11-23T09:12:05+07:00`. */
export function localTimestamp(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const offset = -date.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  const zone = `${sign}${two(Math.floor(Math.abs(offset) / 60))}:${two(Math.abs(offset) % 60)}`;
  return (
    `${String(date.getFullYear()).padStart(4, '0')}-${two(date.getMonth() + 1)}-${two(date.getDate())}` +
    `T${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}${zone}`
  );
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}

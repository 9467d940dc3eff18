// The lock of docs/format.md ("Beside the file"): `.~lock.NAME.cjm#` beside the
// map says who has it open for editing. Taking it is an exclusive create, so
// of any number of copies of Jejak that try at once, on one laptop or many,
// exactly one gets it. A lock found there is:
// - ours (same host and pid): we hold it already;
// - this machine's, its process gone: stale, taken over (replaced in one
//   rename, then read back to see whether another copy replaced it first);
// - anything else, another machine's or one that cannot be read: held, and
//   never deleted. "Edit anyway" edits without it and leaves it in place.
// An unreachable folder is an error, never "no lock".
import { hostname, userInfo } from 'node:os';
import { dirname } from 'node:path';
import type { FileError } from '../../shared/i18n/fileErrors';
import type { LockHolder, LockInfo } from '../../shared/i18n/lock';
import { errnoOf, toFileErrorChecked } from './fileErrors';
import { nodeFileSystem, type FileSystem } from './fileSystem';
import { encodeLock, localTimestamp, LOCK_FILE_MAX_BYTES, lockPathFor, parseLock, sameBytes } from './lockFile';
import { temporaryPathFor } from './safeSave';

export { describeHolder, editingWithoutLockMessage, isKnownHolder, lockChoices } from '../../shared/i18n/lock';
export type { LockChoice, LockHolder, LockInfo, UnknownHolder } from '../../shared/i18n/lock';
export { lockPathFor } from './lockFile';

export interface Identity {
  user: string;
  host: string;
  pid: number;
}

export interface LockOptions extends Identity {
  /** The lock's `since`. */
  now: Date;
  fs?: FileSystem;
  /** Whether a process of this machine still runs; default `process.kill(pid, 0)` (only ESRCH means gone). */
  processAlive?: (pid: number) => boolean;
  sleep?: (ms: number) => Promise<void>;
  /** How long a takeover waits before reading the lock back to see whether it won. */
  settleMs?: number;
}

export type ReleaseResult =
  | {
      ok: true;
      /** `not-ours`: the file now holds someone else's lock and was left alone; `gone`: no lock file was there. */
      outcome: 'removed' | 'already-released' | 'gone' | 'not-ours';
    }
  | { ok: false; error: FileError };

export interface HeldLock {
  readonly mapPath: string;
  /** The lock file. */
  readonly path: string;
  /** What the lock file says. */
  readonly info: LockInfo;
  /** `already-ours`: the file already named this host and pid; `took-over`: a stale lock was replaced. */
  readonly how: 'created' | 'already-ours' | 'took-over';
  /** The stale lock replaced, when `how` is `took-over`. */
  readonly replaced: LockInfo | null;
  /** Removes the lock file if it still holds this lock, never another's. Never throws; calling it again is harmless. */
  release(): Promise<ReleaseResult>;
}

export type AcquireResult =
  | { ok: true; lock: HeldLock }
  | { ok: false; reason: 'held'; holder: LockHolder }
  | { ok: false; reason: 'error'; error: FileError };

/** "Edit anyway": the lock if it has come free, else editing without it (`lock: null`), theirs left in place. */
export type EditAnywayResult =
  | { ok: true; lock: HeldLock }
  | { ok: true; lock: null; holder: LockHolder }
  | { ok: false; reason: 'error'; error: FileError };

/** Who this copy of Jejak is, for its lock. */
export function currentIdentity(): Identity {
  let user = '';
  try {
    user = userInfo().username;
  } catch {
    // No account entry (some containers): the environment may still say.
  }
  if (user === '') user = process.env.USER || process.env.USERNAME || '';
  return { user, host: hostname(), pid: process.pid };
}

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errnoOf(error) !== 'ESRCH'; // EPERM: it runs, as another user
  }
}

interface Context {
  fs: FileSystem;
  mapPath: string;
  /** The map with symbolic links resolved: the lock sits beside the file itself. */
  target: string;
  lockPath: string;
  info: LockInfo;
  ours: Uint8Array;
  processAlive: (pid: number) => boolean;
  sleep: (ms: number) => Promise<void>;
  settleMs: number;
}

/** Rounds of create-then-look before giving up on a lock that keeps changing. */
const MAX_ROUNDS = 8;
/** A create refused (EACCES, EPERM, EBUSY, EROFS) with no lock there is retried this often. */
const MAX_REFUSED = 3;
/** Waits before reading an empty, cut-off or refused lock file again: it may be being written or deleted. */
const REREAD_DELAYS = [10, 20, 40, 80, 160];
const REFUSED_CREATE = new Set(['EACCES', 'EPERM', 'EBUSY', 'EROFS']);

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function acquireLock(mapPath: string, options: LockOptions): Promise<AcquireResult> {
  const ctx = await contextFor(mapPath, options);
  let lastHolder: LockHolder | null = null;
  let refused: FileError | null = null;
  let refusals = 0;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const created = await createLock(ctx);
    if (created.kind === 'created') return { ok: true, lock: heldLock(ctx, ctx.ours, ctx.info, 'created', null) };
    if (created.kind === 'error') return { ok: false, reason: 'error', error: created.error };
    if (created.kind === 'refused') refused = created.error;
    const found = await readLock(ctx);
    if (found.kind === 'error') return { ok: false, reason: 'error', error: found.error };
    if (found.kind === 'missing') {
      // Released between our create and our read: try again. A refused
      // create with nothing there is the drive saying no (or Windows still
      // deleting the last lock): a moment's wait, a few times.
      if (created.kind === 'refused') {
        if (++refusals >= MAX_REFUSED) break;
        await ctx.sleep(20 * refusals);
      }
      continue;
    }
    if (found.kind === 'unknown') return { ok: false, reason: 'held', holder: found.holder };
    const holder = found.info;
    lastHolder = holder;
    if (holder.host === ctx.info.host && holder.pid === ctx.info.pid) {
      return { ok: true, lock: heldLock(ctx, found.bytes, holder, 'already-ours', null) };
    }
    if (holder.host !== '' && holder.host === ctx.info.host && !ctx.processAlive(holder.pid)) {
      const outcome = await takeOver(ctx, found.bytes);
      if (outcome.kind === 'won') return { ok: true, lock: heldLock(ctx, ctx.ours, ctx.info, 'took-over', holder) };
      if (outcome.kind === 'error') return { ok: false, reason: 'error', error: outcome.error };
      continue; // it changed under us, or another copy took it over first: look again
    }
    return { ok: false, reason: 'held', holder };
  }
  if (lastHolder !== null) return { ok: false, reason: 'held', holder: lastHolder };
  return { ok: false, reason: 'error', error: refused ?? { code: 'busy', path: mapPath } };
}

/**
 * "Edit anyway". A lock from another machine is never deleted (docs/format.md),
 * so this never writes over one: it takes the lock if it has come free (or
 * gone stale) since, and otherwise says the map is edited without it.
 */
export async function forceLock(mapPath: string, options: LockOptions): Promise<EditAnywayResult> {
  const result = await acquireLock(mapPath, options);
  if (result.ok) return result;
  if (result.reason === 'held') return { ok: true, lock: null, holder: result.holder };
  return result;
}

async function contextFor(mapPath: string, options: LockOptions): Promise<Context> {
  const fs = options.fs ?? nodeFileSystem;
  let target = mapPath;
  try {
    target = await fs.realpath(mapPath);
  } catch {
    // A new map, or a folder out of reach: creating the lock will say which.
  }
  const info: LockInfo = { app: 'jejak', user: options.user, host: options.host, pid: options.pid, since: localTimestamp(options.now) };
  return {
    fs,
    mapPath,
    target,
    lockPath: lockPathFor(target),
    info,
    ours: encodeLock(info),
    processAlive: options.processAlive ?? processAlive,
    sleep: options.sleep ?? defaultSleep,
    settleMs: options.settleMs ?? 100,
  };
}

/** What went wrong, named by the map (the lock file is hidden), unreachable if its folder is. */
async function fileErrorOf(ctx: Context, error: unknown): Promise<FileError> {
  return { ...(await toFileErrorChecked(error, ctx.lockPath, ctx.fs)), path: ctx.mapPath };
}

type Created = { kind: 'created' } | { kind: 'exists' } | { kind: 'refused'; error: FileError } | { kind: 'error'; error: FileError };

async function createLock(ctx: Context): Promise<Created> {
  try {
    await ctx.fs.writeNewFile(ctx.lockPath, ctx.ours);
    return { kind: 'created' };
  } catch (error) {
    const errno = errnoOf(error);
    if (errno === 'EEXIST') return { kind: 'exists' };
    if (failedAfterCreating(error)) await removeIfPartOfOurs(ctx);
    const fileError = await fileErrorOf(ctx, error);
    // A refused create may be a lock already there (a read-only share), and
    // a missing file whose folder is there is a lock deleted meanwhile: look.
    if ((errno !== undefined && REFUSED_CREATE.has(errno)) || fileError.code === 'not-found') return { kind: 'refused', error: fileError };
    return { kind: 'error', error: fileError };
  }
}

/** The file was created (the failure came from writing or flushing it), so what is there is ours. */
function failedAfterCreating(error: unknown): boolean {
  const syscall = typeof error === 'object' && error !== null && 'syscall' in error ? error.syscall : undefined;
  return typeof syscall === 'string' && syscall !== 'open';
}

/** Removes a lock we began to write and could not finish, and nothing else. */
async function removeIfPartOfOurs(ctx: Context): Promise<void> {
  try {
    const bytes = await ctx.fs.readFile(ctx.lockPath, LOCK_FILE_MAX_BYTES);
    if (bytes.length <= ctx.ours.length && sameBytes(bytes, ctx.ours.subarray(0, bytes.length))) await ctx.fs.unlink(ctx.lockPath);
  } catch {
    // Gone already, or the share dropped: nothing more can be done here.
  }
}

type Found =
  | { kind: 'lock'; info: LockInfo; bytes: Uint8Array }
  | { kind: 'unknown'; holder: LockHolder }
  | { kind: 'missing' }
  | { kind: 'error'; error: FileError };

// A lock that is a folder or a pipe is nobody's lock Jejak can read.
const UNREADABLE = new Set(['EACCES', 'EPERM', 'EBUSY', 'EISDIR', 'ENOTREG']);

async function readLock(ctx: Context): Promise<Found> {
  for (let attempt = 0; ; attempt++) {
    const delay = REREAD_DELAYS[attempt];
    let bytes: Uint8Array;
    try {
      bytes = await ctx.fs.readFile(ctx.lockPath, LOCK_FILE_MAX_BYTES);
    } catch (error) {
      const errno = errnoOf(error);
      // Far longer than any lock: not one, whoever wrote it.
      if (errno === 'EFBIG') return { kind: 'unknown', holder: { unknown: true, reason: 'corrupt' } };
      if (errno !== undefined && UNREADABLE.has(errno)) {
        if (delay === undefined || errno === 'EISDIR' || errno === 'ENOTREG') return { kind: 'unknown', holder: { unknown: true, reason: 'unreadable' } };
        await ctx.sleep(delay);
        continue;
      }
      const fileError = await fileErrorOf(ctx, error);
      return fileError.code === 'not-found' ? { kind: 'missing' } : { kind: 'error', error: fileError };
    }
    const parsed = parseLock(bytes);
    if (parsed.ok) return { kind: 'lock', info: parsed.info, bytes };
    // Empty or cut off: perhaps another copy is writing it this very moment.
    if (!parsed.incomplete || delay === undefined) return { kind: 'unknown', holder: { unknown: true, reason: 'corrupt' } };
    await ctx.sleep(delay);
  }
}

/** The lock file's bytes, or null if there is none; other failures throw. */
async function lockBytes(ctx: Context): Promise<Uint8Array | null> {
  try {
    return await ctx.fs.readFile(ctx.lockPath, LOCK_FILE_MAX_BYTES);
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') {
      await ctx.fs.stat(dirname(ctx.lockPath)); // the folder gone is unreachable, not "no lock"
      return null;
    }
    throw error;
  }
}

type TakeOver = { kind: 'won' } | { kind: 'changed' } | { kind: 'lost' } | { kind: 'error'; error: FileError };

/**
 * Replaces a stale lock of this machine with ours: written in full to a
 * temporary file first, then renamed over it only if it still holds the
 * stale bytes, so the lock file is never missing (no other laptop can slip
 * in). Other copies on this machine may be taking it over at the same
 * moment; after a pause the lock is read back, and only the copy whose lock
 * is there has won. (Two could both win only if one's rename came more than
 * the pause after its last look at the lock: one syscall apart, against
 * 100 ms. Only copies on this machine ever take over its stale locks.)
 */
async function takeOver(ctx: Context, stale: Uint8Array): Promise<TakeOver> {
  const temporary = temporaryPathFor(ctx.target);
  let temporaryMayExist = true;
  try {
    try {
      await ctx.fs.writeNewFile(temporary, ctx.ours);
    } catch (error) {
      if (errnoOf(error) === 'EEXIST') temporaryMayExist = false;
      throw error;
    }
    const now = await lockBytes(ctx);
    if (now === null || !sameBytes(now, stale)) {
      await removeQuietly(ctx.fs, temporary);
      return { kind: 'changed' };
    }
    await ctx.fs.rename(temporary, ctx.lockPath);
    temporaryMayExist = false;
    try {
      await ctx.fs.syncFolder(dirname(ctx.lockPath));
    } catch {
      // The rename has happened; a folder that cannot be synced does not undo it.
    }
    await ctx.sleep(ctx.settleMs);
    const after = await lockBytes(ctx);
    return after !== null && sameBytes(after, ctx.ours) ? { kind: 'won' } : { kind: 'lost' };
  } catch (error) {
    if (temporaryMayExist) await removeQuietly(ctx.fs, temporary);
    return { kind: 'error', error: await fileErrorOf(ctx, error) };
  }
}

async function removeQuietly(fs: FileSystem, path: string): Promise<void> {
  try {
    await fs.unlink(path);
  } catch {
    // Already gone, or the share dropped.
  }
}

function heldLock(ctx: Context, bytes: Uint8Array, info: LockInfo, how: HeldLock['how'], replaced: LockInfo | null): HeldLock {
  let done: ReleaseResult | null = null;
  let pending: Promise<ReleaseResult> | null = null;
  const release = async (): Promise<ReleaseResult> => {
    if (done !== null) return { ok: true, outcome: 'already-released' };
    pending ??= releaseOnce(ctx, bytes).then((result) => {
      pending = null;
      if (result.ok) done = result; // after an error (the share away), calling again tries again
      return result;
    });
    return pending;
  };
  return { mapPath: ctx.mapPath, path: ctx.lockPath, info, how, replaced, release };
}

async function releaseOnce(ctx: Context, bytes: Uint8Array): Promise<ReleaseResult> {
  try {
    const now = await lockBytes(ctx);
    if (now === null) return { ok: true, outcome: 'gone' };
    if (!sameBytes(now, bytes)) return { ok: true, outcome: 'not-ours' };
    await ctx.fs.unlink(ctx.lockPath);
    return { ok: true, outcome: 'removed' };
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') {
      const fileError = await fileErrorOf(ctx, error);
      if (fileError.code === 'not-found') return { ok: true, outcome: 'gone' };
      return { ok: false, error: fileError };
    }
    return { ok: false, error: await fileErrorOf(ctx, error) };
  }
}

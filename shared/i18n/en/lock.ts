// Who has a map open (its lock file, docs/format.md "Beside the file") and what
// the person opening it can do about it, in English: the shape every
// language's lock.ts follows (shared/i18n/lock.ts puts them together).

/** When the lock was taken, in the reader's time zone, as numbers and words. */
export interface SinceParts {
  /** Two digits each, 24-hour clock. */
  hour: string;
  minute: string;
  /** Null when the lock was taken today: the time alone says enough. */
  date: { day: number; month: string; year: number | null } | null;
}

export interface LockWords {
  /** January … December. */
  months: readonly [string, string, string, string, string, string, string, string, string, string, string, string];
  since(parts: SinceParts): string;
  openedBy(user: string, host: string, since: string): string;
  /** The lock file is there, but who wrote it cannot be told. */
  openedByUnknown(reason: 'unreadable' | 'corrupt'): string;
  readOnly: { label: string; detail: string };
  /** `who` is the holder's name, or null when unknown. */
  editAnyway: { label: string; detail(who: string | null): string };
  /** Shown while editing without the lock, next to the holder's line. */
  editingWithoutLock(who: string | null): string;
}

const someone = (who: string | null) => (who === null || who.trim() === '' ? 'someone else' : who);

export const lock: LockWords = {
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  since: ({ hour, minute, date }) => {
    const time = `${hour}:${minute}`;
    if (date === null) return time;
    return `${date.day} ${date.month}${date.year === null ? '' : ` ${date.year}`} at ${time}`;
  },
  openedBy: (user, host, since) => `Opened by ${user.trim() === '' ? 'someone' : user} on ${host} since ${since}`,
  openedByUnknown: (reason) =>
    reason === 'corrupt'
      ? "Opened by someone unknown: the lock file beside the map is damaged, so Jejak can't tell who"
      : "Opened by someone unknown: Jejak can't read the lock file beside the map",
  readOnly: { label: 'Open read-only', detail: 'Look at the map without changing it.' },
  editAnyway: {
    label: 'Edit anyway',
    detail: (who) => `Edit it although ${someone(who)} may be changing it too. The lock stays theirs.`,
  },
  editingWithoutLock: (who) => `You are editing without the lock: ${someone(who)} has this map open too.`,
};

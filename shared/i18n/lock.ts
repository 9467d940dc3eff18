// Who has a map open, from its lock file (docs/format.md "Beside the file"), in
// the reader's language: "Opened by Rina on LAPTOP-07 since 09:12", and the
// two choices offered to whoever opens the map next: read-only, or editing
// anyway (which leaves the holder's lock in place).
import { isTimestamp, timestampMillis } from '../format/rules';
import { words as wordsOf, type Language } from './languages';
import type { SinceParts, Words } from './words';

/** A lock file's content, exactly its keys. */
export interface LockInfo {
  app: 'jejak';
  user: string;
  host: string;
  pid: number;
  /** RFC 3339. */
  since: string;
}

/** A lock file that is there but cannot be read or is not a Jejak lock: held by someone unknown. */
export interface UnknownHolder {
  unknown: true;
  reason: 'unreadable' | 'corrupt';
}

export type LockHolder = LockInfo | UnknownHolder;

export type LockChoice = 'read-only' | 'edit-anyway';

export interface DescribeOptions {
  /** The reader's "now", to tell whether the lock was taken today. Default: the clock. */
  now?: Date;
  /** IANA zone; default the machine's own. */
  timeZone?: string;
}

export function isKnownHolder(holder: LockHolder): holder is LockInfo {
  return !('unknown' in holder);
}

/**
 * "Opened by Rina on LAPTOP-07 since 09:12" / "Dibuka oleh Rina di LAPTOP-07
 * sejak 09.12": 24-hour time in the reader's time zone, with the date when
 * the lock was not taken today (and the year when not this year).
 */
export function describeHolder(holder: LockHolder, language: Language, options: DescribeOptions = {}): string {
  const words = wordsOf(language).lock;
  if (!isKnownHolder(holder)) return words.openedByUnknown(holder.reason);
  // Lock files are checked when read; a time that slipped through unchecked is shown as written.
  const since = isTimestamp(holder.since) ? words.since(sinceParts(holder.since, words, options)) : holder.since;
  return words.openedBy(holder.user, holder.host, since);
}

/** The two ways on, in the order to offer them: read-only first, the safe one. */
export function lockChoices(holder: LockHolder, language: Language): { choice: LockChoice; label: string; detail: string }[] {
  const words = wordsOf(language).lock;
  const who = isKnownHolder(holder) && holder.user.trim() !== '' ? holder.user : null;
  return [
    { choice: 'read-only', label: words.readOnly.label, detail: words.readOnly.detail },
    { choice: 'edit-anyway', label: words.editAnyway.label, detail: words.editAnyway.detail(who) },
  ];
}

/** The reminder shown while the map is edited without its lock. */
export function editingWithoutLockMessage(holder: LockHolder, language: Language): string {
  const who = isKnownHolder(holder) && holder.user.trim() !== '' ? holder.user : null;
  return wordsOf(language).lock.editingWithoutLock(who);
}

interface CalendarTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function inZone(date: Date, timeZone: string | undefined): CalendarTime {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute') };
}

function sinceParts(since: string, words: Words['lock'], options: DescribeOptions): SinceParts {
  const at = inZone(new Date(timestampMillis(since)), options.timeZone);
  const today = inZone(options.now ?? new Date(), options.timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  const sameDay = at.year === today.year && at.month === today.month && at.day === today.day;
  return {
    hour: two(at.hour),
    minute: two(at.minute),
    date: sameDay ? null : { day: at.day, month: words.months[at.month - 1]!, year: at.year === today.year ? null : at.year },
  };
}

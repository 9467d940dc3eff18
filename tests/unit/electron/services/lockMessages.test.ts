// Who has the map open, in both languages, word for word: 24-hour time in
// the reader's time zone, the date when not today, the year when not this
// year; someone unknown said plainly; the two choices offered.
import { describe, expect, it } from 'vitest';
import { describeHolder, editingWithoutLockMessage, lockChoices, type LockHolder, type LockInfo } from '../../../../electron/services/lock';

const rina: LockInfo = { app: 'jejak', user: 'Rina', host: 'LAPTOP-07', pid: 4242, since: '2026-11-23T09:12:00+07:00' };
const jakarta = { timeZone: 'Asia/Jakarta', now: new Date('2026-11-23T15:30:00+07:00') };
const corrupt: LockHolder = { unknown: true, reason: 'corrupt' };
const unreadable: LockHolder = { unknown: true, reason: 'unreadable' };

describe('describeHolder', () => {
  it.each<[string, string, Partial<LockInfo>, { timeZone: string; now: Date }]>([
    ['Opened by Rina on LAPTOP-07 since 09:12', 'Dibuka oleh Rina di LAPTOP-07 sejak 09.12', {}, jakarta],
    // Written in UTC on another laptop, read in Jakarta.
    ['Opened by Rina on LAPTOP-07 since 09:12', 'Dibuka oleh Rina di LAPTOP-07 sejak 09.12', { since: '2026-11-23T02:12:00Z' }, jakarta],
    ['Opened by Rina on LAPTOP-07 since 00:05', 'Dibuka oleh Rina di LAPTOP-07 sejak 00.05', { since: '2026-11-23T00:05:59+07:00' }, jakarta],
    ['Opened by Rina on LAPTOP-07 since 22 November at 17:45', 'Dibuka oleh Rina di LAPTOP-07 sejak 22 November pukul 17.45', { since: '2026-11-22T17:45:00+07:00' }, jakarta],
    // Same instant, another reader's zone: a different day there.
    ['Opened by Rina on LAPTOP-07 since 22 November at 21:12', 'Dibuka oleh Rina di LAPTOP-07 sejak 22 November pukul 21.12', {}, { timeZone: 'America/New_York', now: new Date('2026-11-23T06:00:00-05:00') }],
    ['Opened by Rina on LAPTOP-07 since 3 March at 08:00', 'Dibuka oleh Rina di LAPTOP-07 sejak 3 Maret pukul 08.00', { since: '2026-03-03T08:00:00+07:00' }, jakarta],
    ['Opened by Rina on LAPTOP-07 since 31 December 2025 at 23:59', 'Dibuka oleh Rina di LAPTOP-07 sejak 31 Desember 2025 pukul 23.59', { since: '2025-12-31T23:59:00+07:00' }, jakarta],
    ['Opened by someone on LAPTOP-07 since 09:12', 'Dibuka oleh seseorang di LAPTOP-07 sejak 09.12', { user: '' }, jakarta],
  ])('%s / %s', (english, indonesian, change, options) => {
    const info = { ...rina, ...change };
    expect(describeHolder(info, 'en', options)).toBe(english);
    expect(describeHolder(info, 'id', options)).toBe(indonesian);
  });

  it('uses this machine\'s time zone and clock by default', () => {
    const since = new Date();
    since.setSeconds(0, 0);
    const offset = -since.getTimezoneOffset();
    const two = (n: number) => String(n).padStart(2, '0');
    const stamp = `${since.getFullYear()}-${two(since.getMonth() + 1)}-${two(since.getDate())}T${two(since.getHours())}:${two(since.getMinutes())}:00${offset < 0 ? '-' : '+'}${two(Math.floor(Math.abs(offset) / 60))}:${two(Math.abs(offset) % 60)}`;
    const time = `${two(since.getHours())}:${two(since.getMinutes())}`;
    const today = describeHolder({ ...rina, since: stamp }, 'en', { now: since });
    expect(today).toBe(`Opened by Rina on LAPTOP-07 since ${time}`);
    expect(describeHolder({ ...rina, since: stamp }, 'id', { now: since })).toBe(`Dibuka oleh Rina di LAPTOP-07 sejak ${time.replace(':', '.')}`);
  });

  it('says plainly when who holds it cannot be told', () => {
    expect(describeHolder(corrupt, 'en')).toBe("Opened by someone unknown: the lock file beside the map is damaged, so Jejak can't tell who");
    expect(describeHolder(corrupt, 'id')).toBe(
      'Dibuka oleh seseorang yang tidak dikenal: berkas kunci di samping peta ini rusak, jadi Jejak tidak tahu siapa yang membukanya',
    );
    expect(describeHolder(unreadable, 'en')).toBe("Opened by someone unknown: Jejak can't read the lock file beside the map");
    expect(describeHolder(unreadable, 'id')).toBe('Dibuka oleh seseorang yang tidak dikenal: Jejak tidak bisa membaca berkas kunci di samping peta ini');
  });
});

describe('lockChoices', () => {
  it('offers read-only first, then editing anyway, naming the holder', () => {
    expect(lockChoices(rina, 'en')).toEqual([
      { choice: 'read-only', label: 'Open read-only', detail: 'Look at the map without changing it.' },
      { choice: 'edit-anyway', label: 'Edit anyway', detail: 'Edit it although Rina may be changing it too. The lock stays theirs.' },
    ]);
    expect(lockChoices(rina, 'id')).toEqual([
      { choice: 'read-only', label: 'Buka untuk dilihat saja', detail: 'Lihat peta ini tanpa mengubahnya.' },
      { choice: 'edit-anyway', label: 'Tetap edit', detail: 'Edit peta ini walaupun Rina mungkin juga sedang mengubahnya. Kuncinya tetap dipegang Rina.' },
    ]);
  });

  it('for someone unknown, says "someone else"', () => {
    expect(lockChoices(corrupt, 'en')[1]!.detail).toBe('Edit it although someone else may be changing it too. The lock stays theirs.');
    expect(lockChoices(corrupt, 'id')[1]!.detail).toBe('Edit peta ini walaupun orang lain mungkin juga sedang mengubahnya. Kuncinya tetap dipegang mereka.');
  });
});

describe('editingWithoutLockMessage', () => {
  it('reminds whoever edits anyway that the map is open elsewhere', () => {
    expect(editingWithoutLockMessage(rina, 'en')).toBe('You are editing without the lock: Rina has this map open too.');
    expect(editingWithoutLockMessage(rina, 'id')).toBe('Anda mengedit tanpa memegang kunci: Rina juga sedang membuka peta ini.');
    expect(editingWithoutLockMessage(unreadable, 'en')).toBe('You are editing without the lock: someone else has this map open too.');
    expect(editingWithoutLockMessage(unreadable, 'id')).toBe('Anda mengedit tanpa memegang kunci: orang lain juga sedang membuka peta ini.');
  });
});

// A version's file name: the map's name, the date, the label, safe on every
// system and share; a second one the same day numbered; a label too long
// for a file name refused with its length and the limit.
import { describe, expect, it } from 'vitest';
import { localDate, MAX_VERSION_LABEL, versionFileName, versionLabel } from '../../../../shared/versions/versionFileName';

describe('versionFileName', () => {
  it('is "<map> — <date> <label>.cjm", numbered from the second one on', () => {
    expect(versionFileName('Onboarding.cjm', '2027-03-14', 'before Q1 review')).toBe('Onboarding — 2027-03-14 before Q1 review.cjm');
    expect(versionFileName('Onboarding.CJM', '2027-03-14', '')).toBe('Onboarding — 2027-03-14.cjm');
    expect(versionFileName('Onboarding.cjm', '2027-03-14', 'workshop', 2)).toBe('Onboarding — 2027-03-14 workshop (2).cjm');
  });

  it('keeps the date and the label whole when the map\'s name is very long, within 255 bytes', () => {
    const name = versionFileName(`${'Perjalanan pelanggan '.repeat(20)}.cjm`, '2027-03-14', 'sebelum tinjauan kuartal pertama', 12);
    expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(255);
    expect(name.endsWith(' — 2027-03-14 sebelum tinjauan kuartal pertama (12).cjm')).toBe(true);
    expect(name.startsWith('Perjalanan pelanggan')).toBe(true);
  });

  it('never begins with a dot (a hidden file)', () => {
    expect(versionFileName('.secret.cjm', '2027-03-14', '')).toBe('secret — 2027-03-14.cjm');
  });
});

describe('versionLabel', () => {
  it('turns characters no system allows into dashes, collapses spaces, drops trailing dots', () => {
    expect(versionLabel('  before  Q1/Q2: "review"?  ')).toEqual({ ok: true, label: 'before Q1-Q2- -review--' });
    expect(versionLabel('sebelum tinjauan...')).toEqual({ ok: true, label: 'sebelum tinjauan' });
    expect(versionLabel('')).toEqual({ ok: true, label: '' });
  });

  it('refuses a label longer than the limit, saying how long it is', () => {
    expect(versionLabel('x'.repeat(MAX_VERSION_LABEL)).ok).toBe(true);
    expect(versionLabel('x'.repeat(MAX_VERSION_LABEL + 5))).toEqual({ ok: false, problem: 'too-long', length: MAX_VERSION_LABEL + 5, max: MAX_VERSION_LABEL });
  });
});

describe('localDate', () => {
  it('is the calendar date where the app runs', () => {
    expect(localDate(new Date(2027, 0, 5, 23, 59))).toBe('2027-01-05');
  });
});

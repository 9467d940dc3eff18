// Jejak's own date field reads and writes dates as the interface language
// does (day first in English and Indonesian), keeps ISO in the map, and says
// what is wrong with a date it cannot take, in the person's language.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTypedDate, parseTypedDate } from '../../../../shared/i18n/typedDate';

const iso = (typed: string, language: 'en' | 'id' = 'en') => {
  const read = parseTypedDate(typed, language);
  return read.ok ? read.iso : `refused: ${read.message}`;
};

describe('typed dates', () => {
  it('are written day first, as dd/mm/yyyy, in both languages', () => {
    expect(formatTypedDate('2027-04-15', 'en')).toBe('15/04/2027');
    expect(formatTypedDate('2027-04-15', 'id')).toBe('15/04/2027');
    expect(formatTypedDate('2026-12-03', 'id')).toBe('03/12/2026');
  });

  it('are read day first, with any of the usual separators, and an ISO date as it is', () => {
    expect(iso('15/04/2027')).toBe('2027-04-15');
    expect(iso('5/4/2027')).toBe('2027-04-05');
    expect(iso(' 15-04-2027 ')).toBe('2027-04-15');
    expect(iso('15.04.2027', 'id')).toBe('2027-04-15');
    expect(iso('2027-04-15', 'id')).toBe('2027-04-15');
    expect(iso('')).toBeNull();
    expect(iso('   ')).toBeNull();
  });

  it('read a month by its name in the language, or in English', () => {
    expect(iso('15 Apr 2027')).toBe('2027-04-15');
    expect(iso('15 April 2027', 'id')).toBe('2027-04-15');
    expect(iso('17 Agustus 2027', 'id')).toBe('2027-08-17');
    expect(iso('17 Agu 2027', 'id')).toBe('2027-08-17');
    expect(iso('1 Mei 2027', 'id')).toBe('2027-05-01');
    expect(iso('17 Aug 2027', 'id')).toBe('2027-08-17');
  });

  it('say what is wrong with a date that does not exist, in English', () => {
    expect(iso('31/02/2027')).toBe('refused: "31/02/2027": February 2027 has 28 days.');
    expect(iso('29/02/2028')).toBe('2028-02-29');
    expect(iso('12/13/2027')).toBe('refused: "12/13/2027": there is no month 13. Months go from 1 to 12.');
    expect(iso('15/04/27')).toBe('refused: "15/04/27": type the year in full, with four digits.');
    expect(iso('next week')).toBe('refused: "next week" is not a date. Type it as dd/mm/yyyy, e.g. 15/04/2027.');
    expect(iso('2027-02-30')).toBe('refused: "2027-02-30": February 2027 has 28 days.');
  });

  it('and in Indonesian', () => {
    expect(iso('31/04/2027', 'id')).toBe('refused: "31/04/2027": April 2027 hanya punya 30 hari.');
    expect(iso('minggu depan', 'id')).toBe('refused: "minggu depan" bukan tanggal. Ketik dengan pola hh/bb/tttt, mis. 15/04/2027.');
    expect(iso('01/00/2027', 'id')).toBe('refused: "01/00/2027": tidak ada bulan ke-0. Bulan hanya dari 1 sampai 12.');
  });

  it('come back as they were stored: every ISO date, written and read again, in both languages', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }), fc.constantFrom('en' as const, 'id' as const), (date, language) => {
        const stored = date.toISOString().slice(0, 10);
        expect(parseTypedDate(formatTypedDate(stored, language), language)).toEqual({ ok: true, iso: stored });
      }),
    );
  });
});

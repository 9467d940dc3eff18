// A persona's initials are one rule for the board, the panel and the exports
// (shared/layout/personaInitials.ts): the first letters of the first two
// words, by code point.
import { describe, expect, it } from 'vitest';
import { personaInitials } from '../../../../shared/layout/personaInitials';

describe('personaInitials', () => {
  it.each([
    ['Maya Chen', 'MC'],
    ['Budi', 'B'],
    ['  Siti   Nurhaliza Putri ', 'SN'],
    ['élodie durand', 'ÉD'],
    ['😀 Joy', '😀J'],
    ['𝒜lice Bee', '𝒜B'],
    ['', ''],
  ])('%j → %j', (name, initials) => {
    expect(personaInitials(name)).toBe(initials);
  });
});

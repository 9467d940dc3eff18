// The generated table is Inter's own numbers: vertical metrics, and the
// advance of every code point it holds, checked against fontkit reading the
// very TTFs the app ships.
import { describe, expect, it } from 'vitest';
import { INTER_400, INTER_600 } from '../../../../shared/layout/fontMetrics.generated';
import { advanceOf, fontTable } from '../../../../shared/layout/textMetrics';
import { INTER_TTF } from './interFont';

const fonts = [
  { weight: 400, table: INTER_400, ttf: INTER_TTF[400] },
  { weight: 600, table: INTER_600, ttf: INTER_TTF[600] },
] as const;

/** Every code point of the ranges the table promises to cover (combining marks too). */
const promised: readonly [number, number][] = [
  [0x0020, 0x007e], [0x00a0, 0x024f], [0x0300, 0x036f], [0x1e00, 0x1eff], [0x2000, 0x206f],
  [0x20a0, 0x20cf], [0x2100, 0x214f], [0x2190, 0x21ff], [0x2200, 0x22ff], [0x2500, 0x257f],
];

describe.each(fonts)('Inter $weight table', ({ weight, table, ttf }) => {
  it('has the font’s vertical metrics', () => {
    expect(table.weight).toBe(weight);
    expect(table).toMatchObject({
      unitsPerEm: ttf.unitsPerEm,
      ascender: ttf.ascent,
      descender: ttf.descent,
      lineGap: ttf.lineGap,
      capHeight: ttf.capHeight,
      xHeight: ttf.xHeight,
    });
  });

  it('falls back to the advance of "?" (Inter has no U+FFFD)', () => {
    expect(ttf.hasGlyphForCodePoint(0xfffd)).toBe(false);
    expect(table.fallbackAdvance).toBe(ttf.glyphForCodePoint(0x3f).advanceWidth);
  });

  it('holds the advance of every mapped code point in the promised ranges', () => {
    const decoded = fontTable(weight);
    let checked = 0;
    for (const [first, last] of promised) {
      for (let cp = first; cp <= last; cp++) {
        if (!ttf.hasGlyphForCodePoint(cp)) continue;
        // A nonspacing mark never advances once shaped (see the generator).
        const expected = /\p{Mn}/u.test(String.fromCodePoint(cp)) ? 0 : ttf.glyphForCodePoint(cp).advanceWidth;
        expect(advanceOf(decoded, cp), `U+${cp.toString(16)}`).toBe(expected);
        checked++;
      }
    }
    // Latin, Vietnamese, punctuation, currency, arrows, maths: about a thousand.
    expect(checked).toBeGreaterThan(1000);
  });

  it('gives U+0323 no width although Inter’s hmtx has one, as shaping does', () => {
    expect(ttf.glyphForCodePoint(0x0323).advanceWidth).toBeGreaterThan(0);
    expect(advanceOf(fontTable(weight), 0x0323)).toBe(0);
    expect(ttf.layout('a\u0323', { kern: false }).advanceWidth).toBe(ttf.layout('a', { kern: false }).advanceWidth);
  });

  it('gives unmapped code points the fallback, emoji an emoji font\'s advance, and invisible ones no width', () => {
    const decoded = fontTable(weight);
    const unmapped = [0x0378, 0x0e01, 0x10ffff].filter((cp) => !ttf.hasGlyphForCodePoint(cp));
    expect(unmapped.length).toBe(3);
    for (const cp of unmapped) expect(advanceOf(decoded, cp)).toBe(table.fallbackAdvance);
    // 😀, the regional indicator I and ⌚ (Inter has no glyph for them; it does draw ❤): Noto Emoji's one advance, 2600 of 2048 units.
    for (const cp of [0x1f600, 0x1f1ee, 0x231a]) expect(advanceOf(decoded, cp) / decoded.unitsPerEm).toBeCloseTo(2600 / 2048, 3);
    // Soft hyphen, ZWJ, variation selector 16, language tag, a Thai vowel
    // sign and a Devanagari virama: unmapped, and drawn as nothing.
    for (const cp of [0x00ad, 0x200d, 0xfe0f, 0xe0069, 0x0e31, 0x094d]) expect(advanceOf(decoded, cp)).toBe(0);
    // Tab and line ends draw as spaces on a canvas and in SVG.
    for (const cp of [0x09, 0x0a, 0x0d]) expect(advanceOf(decoded, cp)).toBe(advanceOf(decoded, 0x20));
  });
});

it('Rupiah-relevant and common typographic signs are in the table', () => {
  const decoded = fontTable(400);
  // en dash, em dash, curly quotes, ellipsis, bullet, rupee, euro, arrow, minus
  for (const cp of [0x2013, 0x2014, 0x201c, 0x201d, 0x2026, 0x2022, 0x20b9, 0x20ac, 0x2192, 0x2212]) {
    expect(INTER_TTF[400].hasGlyphForCodePoint(cp)).toBe(true);
    expect(advanceOf(decoded, cp)).toBe(INTER_TTF[400].glyphForCodePoint(cp).advanceWidth);
  }
});

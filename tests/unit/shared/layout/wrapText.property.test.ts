// Properties of wrapText over random text, widths and fonts: lines fit, the
// text can be rebuilt from the lines by putting back only the spaces and
// line ends that were dropped, words are not split unless they must be, and
// wrapping the result again changes nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advanceOf, fontTable, measureText, type FontSpec } from '../../../../shared/layout/textMetrics';
import { wrapText } from '../../../../shared/layout/wrapText';
import { propertyOptions, WORDS } from '../../../support/arbitraries';

const fontArb: fc.Arbitrary<FontSpec> = fc.record({
  weight: fc.constantFrom(400 as const, 600 as const),
  size: fc.oneof(fc.constantFrom(12, 15, 16, 24), fc.double({ min: 6, max: 40, noNaN: true })),
});

// Widths from "narrower than one letter" to "wider than any note".
const widthArb = fc.oneof(
  fc.integer({ min: 0, max: 400 }),
  fc.double({ min: 0, max: 400, noNaN: true }),
  fc.constantFrom(1, 3.5, 180),
);

const pieceArb = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('pelanggan', 'harga', 'W', 'i', 'membandingkan', 'Supercalifragilisticexpialidocious', 'Rp25.000', '—', '…') },
  { weight: 4, arbitrary: fc.constantFrom(' ', '  ', '     ', '\t', '\n', '\n\n', '\r\n') },
  { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.constantFrom('\ud800', '\udc00', 'x\u200d', '\u0301', '\ufe0f') },
);
const textArb = fc.array(pieceArb, { maxLength: 30 }).map((p) => p.join(''));

/** What wrapText treats the text as: line ends unified, tabs as spaces. */
const normalise = (text: string) => text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ');

/**
 * How many pieces a line could be broken into: a break may fall before any
 * code point that has a width and does not follow a ZWJ (see wrapText.ts).
 */
function breakableUnits(line: string, font: FontSpec): number {
  const table = fontTable(font.weight);
  let units = 0;
  let previous = -1;
  for (const ch of line) {
    const cp = ch.codePointAt(0) ?? 0;
    if (previous === -1 || (advanceOf(table, cp) > 0 && previous !== 0x200d)) units++;
    previous = cp;
  }
  return units;
}

/**
 * Rebuilds the text from the lines, failing if anything but spaces and line
 * ends is missing; answers where each line starts in the text.
 */
function rebuild(text: string, lines: readonly string[]): number[] {
  let p = 0;
  return lines.map((line, k) => {
    if (k > 0) {
      while (text[p] === ' ') p++; // separators dropped at a break, or trailing spaces that did not fit
      if (text[p] === '\n') p++;
    }
    if (p === 0 || text[p - 1] === '\n') {
      // At a paragraph start, indentation beyond what fits may be dropped.
      let m = 0;
      while (text[p + m] === ' ') m++;
      const kept = /^ */.exec(line)?.[0].length ?? 0;
      expect(kept).toBeLessThanOrEqual(m);
      p += m - kept;
    }
    expect(text.startsWith(line, p), `line ${k} ${JSON.stringify(line)} at ${p} of ${JSON.stringify(text)}`).toBe(true);
    const start = p;
    p += line.length;
    if (k === lines.length - 1) expect(text.slice(p)).toMatch(/^ *$/);
    return start;
  });
}

describe('wrapText properties', () => {
  it('no line is wider than maxWidth unless it is a single character', () => {
    fc.assert(
      fc.property(textArb, widthArb, fontArb, (text, width, font) => {
        for (const line of wrapText(text, width, font)) {
          if (measureText(line, font) > width) expect(breakableUnits(line, font)).toBe(1);
        }
      }),
      propertyOptions(500),
    );
  });

  it('the text is rebuilt from its lines by putting back dropped spaces and line ends', () => {
    fc.assert(
      fc.property(textArb, widthArb, fontArb, (text, width, font) => {
        const lines = wrapText(text, width, font);
        const norm = normalise(text);
        rebuild(norm, lines);
        // Every explicit line end is a line boundary.
        expect(lines.length).toBeGreaterThanOrEqual(norm.split('\n').length);
      }),
      propertyOptions(500),
    );
  });

  it('words that fit on a line are never split, lost or reordered', () => {
    fc.assert(
      fc.property(textArb, widthArb, fontArb, (text, width, font) => {
        const words = normalise(text).split(/[ \n]+/).filter(Boolean);
        fc.pre(words.every((w) => measureText(w, font) <= width));
        const lines = wrapText(text, width, font);
        expect(lines.flatMap((l) => l.split(' ').filter(Boolean))).toEqual(words);
      }),
      propertyOptions(500),
    );
  });

  it('is idempotent: each line wraps to itself, and so do all lines together', () => {
    fc.assert(
      fc.property(textArb, widthArb, fontArb, (text, width, font) => {
        const lines = wrapText(text, width, font);
        for (const line of lines) expect(wrapText(line, width, font)).toEqual([line]);
        expect(wrapText(lines.join('\n'), width, font)).toEqual(lines);
      }),
      propertyOptions(500),
    );
  });

  it('breaks inside a word never split a surrogate pair, detach a mark or follow a ZWJ', () => {
    fc.assert(
      fc.property(textArb, widthArb, fontArb, (text, width, font) => {
        const norm = normalise(text);
        const table = fontTable(font.weight);
        rebuild(norm, wrapText(text, width, font)).forEach((o) => {
          const before = norm.charCodeAt(o - 1);
          if (o === 0 || before === 0x20 || before === 0x0a) return; // not inside a word
          const here = norm.charCodeAt(o);
          expect(here >= 0xdc00 && here <= 0xdfff && before >= 0xd800 && before <= 0xdbff).toBe(false);
          expect(advanceOf(table, norm.codePointAt(o) ?? 0)).toBeGreaterThan(0);
          expect(before).not.toBe(0x200d);
        });
      }),
      propertyOptions(500),
    );
  });
});

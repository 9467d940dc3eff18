// wrapText on real note text, with exact expected lines, checked against
// fontkit's own widths so the expectations are not just the code's output;
// and the rules of wrapText.ts one by one.
import { describe, expect, it } from 'vitest';
import type { FontSpec } from '../../../../shared/layout/textMetrics';
import { wrapText } from '../../../../shared/layout/wrapText';
import { glyphAdvanceSum, INTER_TTF } from './interFont';

const NOTE: FontSpec = { weight: 400, size: 15 };
const HEADER: FontSpec = { weight: 600, size: 16 };

/** fontkit's width of text in px, kerning off. */
const fontkitPx = (text: string, font: FontSpec) =>
  (glyphAdvanceSum(INTER_TTF[font.weight], text) * font.size) / INTER_TTF[font.weight].unitsPerEm;

const examples: { text: string; width: number; font: FontSpec; lines: string[] }[] = [
  {
    text: 'Pelanggan membandingkan harga tiga vendor sebelum meminta demo',
    width: 180,
    font: NOTE,
    lines: ['Pelanggan', 'membandingkan harga', 'tiga vendor sebelum', 'meminta demo'],
  },
  {
    text: 'Customer compares prices from three vendors before asking for a demo',
    width: 180,
    font: NOTE,
    lines: ['Customer compares', 'prices from three', 'vendors before asking', 'for a demo'],
  },
  {
    text: 'Ongkos kirim terlalu mahal, pelanggan membatalkan pesanan di halaman checkout',
    width: 160,
    font: NOTE,
    lines: ['Ongkos kirim terlalu', 'mahal, pelanggan', 'membatalkan pesanan', 'di halaman checkout'],
  },
  {
    text: 'Tim dukungan membalas dalam 2×24 jam',
    width: 120,
    font: HEADER,
    lines: ['Tim dukungan', 'membalas', 'dalam 2×24', 'jam'],
  },
];

describe('Indonesian and English notes', () => {
  it.each(examples)('$text at $width px', ({ text, width, font, lines }) => {
    expect(wrapText(text, width, font)).toEqual(lines);
    // Independently of the table: every line fits by fontkit's widths, and
    // the next word would not have fitted on it.
    lines.forEach((line, k) => {
      expect(fontkitPx(line, font)).toBeLessThanOrEqual(width);
      const next = lines[k + 1]?.split(' ')[0];
      if (next !== undefined) expect(fontkitPx(`${line} ${next}`, font)).toBeGreaterThan(width);
    });
  });
});

describe('the rules', () => {
  const w = (text: string, width = 180, font = NOTE) => wrapText(text, width, font);

  it('an empty text is one empty line; explicit line ends keep empty lines', () => {
    expect(w('')).toEqual(['']);
    expect(w('\n')).toEqual(['', '']);
    expect(w('a\n\nb')).toEqual(['a', '', 'b']);
    expect(w('a\r\nb\rc')).toEqual(['a', 'b', 'c']);
  });

  it('treats tabs as spaces and writes them as spaces', () => {
    expect(w('tab\there')).toEqual(['tab here']);
  });

  it('drops the spaces at a break, keeps indentation and inner runs of spaces', () => {
    expect(w('hello     world', 45)).toEqual(['hello', 'world']);
    expect(w('   indented text here and more words to wrap', 100)).toEqual(['   indented', 'text here and', 'more words', 'to wrap']);
    expect(w('a   b')).toEqual(['a   b']);
  });

  it('keeps spaces at the end of a paragraph only as far as they fit', () => {
    expect(w('hello     ', 45)).toEqual(['hello  ']);
    expect(w('     ', 13)).toEqual(['   ']); // a space is 4.22 px at 15 px
  });

  it('puts indentation on its own line when the first word cannot follow it', () => {
    expect(w('          membandingkan', 120)).toEqual(['          ', 'membandingkan']);
  });

  it('breaks a word wider than the line at the character that overflows, on a line of its own', () => {
    expect(w('Supercalifragilisticexpialidocious word', 60)).toEqual(['Superca', 'lifragilist', 'icexpiali', 'docious', 'word']);
    expect(w('ya Pertanggungjawabannya', 50)).toEqual(['ya', 'Pertan', 'ggungj', 'awaba', 'nnya']);
  });

  it('never splits an emoji sequence or a letter from its accent', () => {
    expect(w('👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧', 10)).toEqual(['👨‍👩‍👧', '👨‍👩‍👧', '👨‍👩‍👧']);
    expect(w('🇮🇩🇮🇩', 10)).toEqual(['🇮', '🇩', '🇮', '🇩']);
    expect(w('e\u0301e\u0301', 1)).toEqual(['e\u0301', 'e\u0301']);
  });

  it('puts one character on each line when not even one fits', () => {
    expect(w('abc', 0)).toEqual(['a', 'b', 'c']);
    expect(w('a b', Number.NaN)).toEqual(['a', 'b']);
    expect(w('ab', -1e300)).toEqual(['a', 'b']);
  });

  it('puts everything on one line when the width is endless', () => {
    expect(w('a b  ', 1e300)).toEqual(['a b  ']);
    expect(w('a b', Infinity)).toEqual(['a b']);
    expect(w('a b', 10, { weight: 400, size: 0 })).toEqual(['a b']);
  });

  it('never breaks at a no-break space', () => {
    expect(w('Rp\u00a025.000 Rp\u00a025.000', 80)).toEqual(['Rp\u00a025.000', 'Rp\u00a025.000']);
  });
});

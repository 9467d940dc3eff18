// measureText is fontkit's width of the same string with kerning off:
// the board and the exporters both measure with it, so it must be the font's
// own advances, scaled to px.
import { describe, expect, it } from 'vitest';
import { baselineOffset, LINE_HEIGHT, lineHeight, measureText, type FontSpec } from '../../../../shared/layout/textMetrics';
import { glyphAdvanceSum, INTER_TTF } from './interFont';

const samples = [
  'Pelanggan membandingkan harga tiga vendor sebelum meminta demo',
  'Customer compares prices from three vendors before asking for a demo',
  'Ongkos kirim Rp 25.000 – terlalu mahal?',
  '“Kenapa harus daftar dulu?” … bingung',
  'naïve café, Đà Nẵng, Łódź, São Paulo, Ærøskøbing',
  'Wi-Fi di lobi • 24/7 • €12,50 • ₹ • ½ • № 5',
  'NPS ≥ 40 ± 5 × 2 ≠ 100 ∑',
  'Supercalifragilisticexpialidocious',
  'AVATAR Ty Wa',
  '',
];

// Inter's contextual alternates turn "->" into an arrow and re-space some
// punctuation; fontkit's layout applies them, the table (on purpose) does
// not. These samples contain no such sequence, so layout without kerning
// must agree with the plain advance sum.
const fonts: FontSpec[] = [
  { weight: 400, size: 15 },
  { weight: 600, size: 16 },
  { weight: 400, size: 11.5 },
  { weight: 600, size: 48 },
];

describe.each(fonts)('measureText at $weight/$size px', (font) => {
  const ttf = INTER_TTF[font.weight];
  const px = (units: number) => (units * font.size) / ttf.unitsPerEm;

  it.each(samples)('%j equals fontkit’s glyph advances without kerning', (text) => {
    expect(Math.abs(measureText(text, font) - px(glyphAdvanceSum(ttf, text)))).toBeLessThan(0.01);
    const run = ttf.layout(text, { kern: false });
    expect(Math.abs(measureText(text, font) - px(run.advanceWidth))).toBeLessThan(0.01);
  });
});

describe('what the table leaves out on purpose', () => {
  it('ignores kerning: kerned text draws narrower than it measures', () => {
    const ttf = INTER_TTF[400];
    const font: FontSpec = { weight: 400, size: 100 };
    const kerned = (ttf.layout('AVATAR', { kern: true }).advanceWidth * 100) / ttf.unitsPerEm;
    expect(measureText('AVATAR', font)).toBeGreaterThan(kerned);
  });

  it('measures emoji at an emoji font\'s width, and other characters Inter lacks at the width of "?"', () => {
    const font: FontSpec = { weight: 400, size: 20 };
    // Noto Emoji, which exports draw them with, advances 2600 units of 2048 for every emoji.
    expect(measureText('😊', font)).toBeCloseTo((20 * 2600) / 2048, 1);
    expect(measureText('👍🏽', font)).toBeCloseTo(2 * measureText('😊', font), 5);
    expect(measureText('中文', font)).toBe(2 * measureText('?', font));
    // A variation selector draws nothing; the emoji before it still counts.
    expect(measureText('❤️', font)).toBe(measureText('❤', font));
  });

  it('measures decomposed accents as their precomposed letters', () => {
    const font: FontSpec = { weight: 400, size: 15 };
    for (const text of ['Đà Nẵng', 'Tiếng Việt', 'café naïve']) {
      expect(measureText(text.normalize('NFD'), font)).toBe(measureText(text.normalize('NFC'), font));
    }
  });

  it('counts a tab as a space and a lone surrogate as one unknown character', () => {
    const font: FontSpec = { weight: 400, size: 15 };
    expect(measureText('a\tb', font)).toBe(measureText('a b', font));
    expect(measureText('\ud800', font)).toBe(measureText('?', font));
  });
});

describe('lineHeight and baselineOffset', () => {
  it('is one constant multiple of the size', () => {
    expect(lineHeight({ weight: 400, size: 15 })).toBeCloseTo(15 * LINE_HEIGHT, 10);
    expect(lineHeight({ weight: 600, size: 20 })).toBeCloseTo(20 * LINE_HEIGHT, 10);
  });

  it('puts the baseline inside the line box, below the ascender', () => {
    const font: FontSpec = { weight: 400, size: 20 };
    const ascent = (INTER_TTF[400].ascent * 20) / INTER_TTF[400].unitsPerEm;
    expect(baselineOffset(font)).toBeGreaterThan(ascent);
    expect(baselineOffset(font)).toBeLessThan(lineHeight(font));
  });
});

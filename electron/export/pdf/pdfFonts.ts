// The fonts a PDF embeds: Inter at the two weights the layout measured, and
// Noto Emoji for the characters Inter has no glyph for. pdfkit subsets each
// into the file with a ToUnicode map, so text stays selectable and
// searchable. Inter is opened here rather than by pdfkit so that it can be
// drawn without kerning or contextual alternates: shared/layout measured
// every line as a plain sum of advances (textMetrics.ts), so the drawn line
// must be exactly that wide or it would not fit where the layout put it.
import * as fontkit from 'fontkit';
import type { Font } from 'fontkit';
import { EXPORT_FONTS, fontBytes, type ExportFont } from '../fonts';

/** The names fonts are registered under in every document. */
export const PDF_FONT = { inter400: 'Inter-400', inter600: 'Inter-600', emoji: 'NotoEmoji' } as const;
export type PdfFontName = (typeof PDF_FONT)[keyof typeof PDF_FONT];

// Kerning, ligatures and contextual alternates off; composition and mark
// positioning (accents typed as combining marks) stay on.
const PLAIN: Record<string, boolean> = { kern: false, calt: false, liga: false, clig: false, dlig: false, rclt: false };

const fonts = new Map<string, Font>();

function open(font: ExportFont, plain: boolean): Font {
  const key = `${font.path}\u0000${plain}`;
  let opened = fonts.get(key);
  if (!opened) {
    opened = fontkit.create(fontBytes(font)) as Font;
    if (plain) {
      const shape = opened.layout.bind(opened);
      // pdfkit asks for a layout per word and caches it; every answer is the unkerned one.
      opened.layout = (text: string) => shape(text, PLAIN);
    }
    fonts.set(key, opened);
  }
  return opened;
}

/** The fontkit fonts to hand pdfkit, opened once per process. */
export function pdfFontSources(): Record<PdfFontName, Font> {
  return {
    [PDF_FONT.inter400]: open(EXPORT_FONTS.inter400, true),
    [PDF_FONT.inter600]: open(EXPORT_FONTS.inter600, true),
    [PDF_FONT.emoji]: open(EXPORT_FONTS.emoji, false),
  } as Record<PdfFontName, Font>;
}

/** Which code points a font has a glyph for; a bitmap over the BMP and a set above it. */
export interface Coverage {
  has(cp: number): boolean;
}

const coverages = new Map<Font, Coverage>();

export function coverageOf(font: Font): Coverage {
  let coverage = coverages.get(font);
  if (!coverage) {
    const bmp = new Uint8Array(0x10000);
    const astral = new Set<number>();
    for (const cp of font.characterSet) {
      if (cp < 0x10000) bmp[cp] = 1;
      else astral.add(cp);
    }
    coverage = { has: (cp) => (cp < 0x10000 ? bmp[cp] === 1 : astral.has(cp)) };
    coverages.set(font, coverage);
  }
  return coverage;
}

export function interName(weight: 400 | 600): PdfFontName {
  return weight === 600 ? PDF_FONT.inter600 : PDF_FONT.inter400;
}

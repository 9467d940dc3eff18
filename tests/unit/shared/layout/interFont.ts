// The Inter files the generated table was made from, opened with fontkit, so
// tests can check the table and measureText against the font itself.
import { join } from 'node:path';
import { openSync, type Font } from 'fontkit';

const fontDir = join(import.meta.dirname, '../../../../node_modules/@expo-google-fonts/inter');

function open(file: string): Font {
  const font = openSync(join(fontDir, file));
  if (!('unitsPerEm' in font)) throw new Error(`${file} is a font collection`);
  return font;
}

export const INTER_TTF = {
  400: open('400Regular/Inter_400Regular.ttf'),
  600: open('600SemiBold/Inter_600SemiBold.ttf'),
} as const;

/** Advance of each code point's glyph, summed: fontkit's width with no shaping at all. */
export function glyphAdvanceSum(font: Font, text: string): number {
  let units = 0;
  for (const ch of text) units += font.glyphForCodePoint(ch.codePointAt(0) ?? 0).advanceWidth;
  return units;
}

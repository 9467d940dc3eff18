// The fonts an SVG carries inside itself: Inter at the weights its text uses
// (the font the layout measured, so lines end where the board's do) and,
// only when the map has emoji Inter lacks, Noto Emoji as a fallback family.
// Each is cut down to the characters the map draws (harfbuzz, through
// subset-font), so a map does not carry a megabyte of font, and embedded as
// WOFF2 in a data URL: the file opens the same on a machine without Inter.
import { create, type Font } from 'fontkit';
import subsetFont from 'subset-font';
import { notePrimitives } from '../../shared/layout/notePrimitives';
import type { SceneItem } from '../../shared/layout/sceneTypes';
import { FONT_FAMILY, type FontSpec } from '../../shared/layout/textMetrics';
import { EXPORT_FONTS, fontBytes, type ExportFont } from './fonts';

export const EMOJI_FAMILY = EXPORT_FONTS.emoji.family;

/** The text drawn at each weight. */
export function textByWeight(items: readonly SceneItem[]): Map<FontSpec['weight'], string> {
  const parts = new Map<FontSpec['weight'], string[]>();
  const visit = (item: SceneItem) => {
    if (item.type === 'note') notePrimitives(item).forEach(visit);
    if (item.type !== 'text') return;
    let list = parts.get(item.font.weight);
    if (!list) parts.set(item.font.weight, (list = []));
    list.push(item.text);
  };
  items.forEach(visit);
  return new Map([...parts].map(([weight, list]) => [weight, distinctCharacters(list.join(''))]));
}

function distinctCharacters(text: string): string {
  return [...new Set(text)].join('');
}

const parsed = new Map<string, Font>();

function fontOf(font: ExportFont): Font {
  let result = parsed.get(font.path);
  if (!result) {
    result = create(fontBytes(font)) as Font;
    parsed.set(font.path, result);
  }
  return result;
}

// Joiners, variation selectors and tag characters shape an emoji sequence but
// are not emoji themselves: on their own they do not call for the emoji font.
function isSequenceControl(cp: number): boolean {
  return (cp >= 0x200c && cp <= 0x200f) || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0020 && cp <= 0xe007f) || cp === 0x20e3;
}

/** The characters of `text` Inter has no glyph for and Noto Emoji has (with the joiners they come with), or '' for none. */
export function emojiCharacters(text: string): string {
  const inter = fontOf(EXPORT_FONTS.inter400);
  const emoji = fontOf(EXPORT_FONTS.emoji);
  let found = '';
  let controls = '';
  for (const char of new Set(text)) {
    const cp = char.codePointAt(0)!;
    if (isSequenceControl(cp)) controls += char;
    else if (cp > 0x20 && !inter.hasGlyphForCodePoint(cp) && emoji.hasGlyphForCodePoint(cp)) found += char;
  }
  return found === '' ? '' : found + controls;
}

export interface EmbeddedFonts {
  /** @font-face rules, one per font face used. */
  css: string;
  /** The font-family list text is drawn with. */
  family: string;
}

/** Subsetted fonts for exactly the text in `items`. */
export async function embeddedFonts(items: readonly SceneItem[]): Promise<EmbeddedFonts> {
  const byWeight = textByWeight(items);
  const rules: string[] = [];
  for (const [weight, font] of [
    [400, EXPORT_FONTS.inter400],
    [600, EXPORT_FONTS.inter600],
  ] as const) {
    const text = byWeight.get(weight);
    if (text) rules.push(await fontFace(FONT_FAMILY, weight, font, text));
  }
  const emoji = emojiCharacters([...byWeight.values()].join(''));
  if (emoji) rules.push(await fontFace(EMOJI_FAMILY, 400, EXPORT_FONTS.emoji, emoji));
  return { css: rules.join('\n'), family: emoji ? `${FONT_FAMILY}, '${EMOJI_FAMILY}'` : FONT_FAMILY };
}

async function fontFace(family: string, weight: number, font: ExportFont, text: string): Promise<string> {
  const subset = await subsetFont(fontBytes(font), text, { targetFormat: 'woff2' });
  // Both weights of Inter answer to one family, as on the board; the emoji
  // face answers for every weight, so 600 text with an emoji finds it too.
  const weights = family === FONT_FAMILY ? String(weight) : '1 1000';
  return `@font-face{font-family:"${family}";font-style:normal;font-weight:${weights};src:url("data:font/woff2;base64,${subset.toString('base64')}") format("woff2")}`;
}

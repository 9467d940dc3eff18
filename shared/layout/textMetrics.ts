// Text measurement from the font Jejak ships (Inter, via the generated
// table), with no canvas and no font file: the board in the browser and the
// exporters in Node call these same functions, so they break note text into
// lines at the same words (docs/architecture.md, "One scene, many outputs").
//
// Widths are plain sums of glyph advances. Kerning, ligatures and contextual
// alternates are ignored on purpose: the table is the single source of
// truth, and a shaped width would depend on the shaping engine at hand. The
// line breaks agree whatever the drawing does; to also draw the measured
// width, turn kerning off where text is drawn (canvas fontKerning = 'none',
// SVG font-kerning: none). Left on, Inter's kerning narrows most lines but
// widens a few pairs ("77" by 80 units, 0.6 px at 15 px).
import { EMOJI, EMOJI_EM, INTER_400, INTER_600, ZERO_WIDTH, type GeneratedFontMetrics } from './fontMetrics.generated';

export interface FontSpec {
  weight: 400 | 600;
  /** Font size in px. */
  size: number;
}

/** The family name the renderer and exporters draw with; the table is Inter's. */
export const FONT_FAMILY = 'Inter';

/**
 * Line height as a multiple of the font size. One constant so the board and
 * every exporter space lines identically. Inter's ascender to descender is
 * 1.21 em with no line gap, so 1.35 leaves room for accents and descenders.
 */
export const LINE_HEIGHT = 1.35;

/** A font's advances decoded for fast lookup: index = code point (UTF-16 BMP range). */
export interface FontTable {
  readonly metrics: GeneratedFontMetrics;
  readonly unitsPerEm: number;
  /** Advance in font units for every code point below advances.length. */
  readonly advances: Uint16Array;
  readonly fallback: number;
  /** Advance of an emoji, drawn from an emoji font. */
  readonly emoji: number;
  /** Advance of U+0020, the only break opportunity when wrapping. */
  readonly space: number;
}

// Marks and default-ignorables that Inter does not map (ZWJ, variation
// selectors, the soft hyphen, bidi controls) render as nothing; counting
// them at the fallback width would make "❤️" or "co\u00ADoperate" look
// wider than it draws. Emoji, which Inter lacks too, draw from an emoji font
// at about 1.27 em, more than twice the fallback. Both are decoded once into
// sorted [first, last] pairs.
let zeroWidth: Int32Array | undefined;
let emoji: Int32Array | undefined;

function decodeRanges(list: string): Int32Array {
  const parts = list.split(',');
  const pairs = new Int32Array(parts.length * 2);
  parts.forEach((part, i) => {
    const [first = '', last = first] = part.split('-');
    pairs[2 * i] = parseInt(first, 36);
    pairs[2 * i + 1] = parseInt(last, 36);
  });
  return pairs;
}

function inRanges(r: Int32Array, cp: number): boolean {
  let lo = 0;
  let hi = r.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < (r[2 * mid] ?? 0)) hi = mid - 1;
    else if (cp > (r[2 * mid + 1] ?? 0)) lo = mid + 1;
    else return true;
  }
  return false;
}

function isZeroWidth(cp: number): boolean {
  zeroWidth ??= decodeRanges(ZERO_WIDTH);
  return inRanges(zeroWidth, cp);
}

function isEmoji(cp: number): boolean {
  emoji ??= decodeRanges(EMOJI);
  return inRanges(emoji, cp);
}

function decode(metrics: GeneratedFontMetrics): FontTable {
  const cells = metrics.blocks.map((b) => ({ first: b.first, widths: b.advances.split(',') }));
  const last = cells.reduce((end, c) => Math.max(end, c.first + c.widths.length), 0);
  const advances = new Uint16Array(last).fill(metrics.fallbackAdvance);
  const emojiAdvance = Math.round(EMOJI_EM * metrics.unitsPerEm);
  for (let cp = 0; cp < last; cp++) {
    if (isZeroWidth(cp)) advances[cp] = 0;
    else if (isEmoji(cp)) advances[cp] = emojiAdvance;
  }
  for (const { first, widths } of cells) {
    widths.forEach((w, i) => {
      if (w !== '') advances[first + i] = parseInt(w, 36);
    });
  }
  const space = advances[0x20] ?? metrics.fallbackAdvance;
  // Canvas fillText and SVG draw ASCII whitespace (tab, LF, FF, CR) as
  // spaces, so they measure as spaces here too.
  for (const cp of [0x09, 0x0a, 0x0c, 0x0d]) advances[cp] = space;
  return { metrics, unitsPerEm: metrics.unitsPerEm, advances, fallback: metrics.fallbackAdvance, emoji: emojiAdvance, space };
}

// The per-font cache of character widths (docs/architecture.md, "Speed"): decoded once
// per weight on first use into a typed array indexed by code point, which is
// what a Map<char, width> cache converges to, without the hashing.
const tables = new Map<number, FontTable>();

export function fontTable(weight: FontSpec['weight']): FontTable {
  let table = tables.get(weight);
  if (table === undefined) {
    table = decode(weight === 600 ? INTER_600 : INTER_400);
    tables.set(weight, table);
  }
  return table;
}

/** Advance of one code point in font units. */
export function advanceOf(table: FontTable, cp: number): number {
  if (cp < table.advances.length) return table.advances[cp] ?? table.fallback;
  return isZeroWidth(cp) ? 0 : isEmoji(cp) ? table.emoji : table.fallback;
}

/** Sum of advances of text[start, end) in font units, by code point. */
function unitsOf(table: FontTable, text: string, start = 0, end = text.length): number {
  const adv = table.advances;
  const n = adv.length;
  let units = 0;
  for (let i = start; i < end; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < end) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
        i++;
      }
    }
    units += cp < n ? (adv[cp] ?? table.fallback) : advanceOf(table, cp);
  }
  return units;
}

/** Font units to px. Every width comparison goes through this one formula. */
function unitsToPx(units: number, font: FontSpec, table: FontTable = fontTable(font.weight)): number {
  return (units * font.size) / table.unitsPerEm;
}

/** Width in px of one line of text drawn in font, without kerning. */
export function measureText(text: string, font: FontSpec): number {
  const table = fontTable(font.weight);
  return unitsToPx(unitsOf(table, text), font, table);
}

/** Distance in px between the baselines of consecutive lines. */
export function lineHeight(font: FontSpec): number {
  return LINE_HEIGHT * font.size;
}

/**
 * Distance in px from the top of a line box to its alphabetic baseline, with
 * the extra leading split evenly above and below as CSS does, so the board
 * and the exporters put the same baseline at the same y.
 */
export function baselineOffset(font: FontSpec): number {
  const m = fontTable(font.weight).metrics;
  const content = ((m.ascender - m.descender) * font.size) / m.unitsPerEm;
  return (lineHeight(font) - content) / 2 + (m.ascender * font.size) / m.unitsPerEm;
}

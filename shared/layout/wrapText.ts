// Word wrap for note text, measured with textMetrics so the board and the
// exporters produce the same lines (docs/architecture.md, "One scene, many outputs").
//
// Rules:
// - "\n" (also "\r\n", "\r") starts a new line; empty lines are kept, and an
//   empty text is one empty line.
// - Lines break only at spaces; tabs count as spaces and come out as spaces.
// - The spaces at a break are dropped. Spaces at the start of a paragraph
//   (indentation) are kept, on a line of their own if the first word does
//   not fit after them; spaces at either end of a paragraph are kept only as
//   far as they fit, since they draw nothing.
// - A word wider than the line starts on a line of its own and is broken at
//   the character that overflows; a surrogate pair, a zero-width mark and
//   the character after a ZWJ never start a line, so nothing is split in two.
// - No line is wider than maxWidth unless it holds a single character.
//
// It works on string indices and integer font units (no token arrays, no
// float sums), so wrapping 20,000 notes takes milliseconds.
import { advanceOf, fontTable, type FontSpec, type FontTable } from './textMetrics';

/** Where the line being filled starts and ends in the text, and its width. */
interface Line {
  start: number;
  end: number;
  units: number;
}

/**
 * The largest width in font units that still fits maxWidth px, using the
 * very formula measureText uses (units * size / unitsPerEm), so "fits" here
 * and measureText(line) <= maxWidth never disagree by a rounding.
 */
function maxUnitsFor(maxWidth: number, font: FontSpec, upm: number): number {
  const size = font.size;
  if (!(size > 0)) return maxWidth >= 0 ? Infinity : -1;
  let u = Math.floor((maxWidth * upm) / size);
  if (!(u >= 0)) return -1; // negative or NaN: nothing fits
  // Past 2^50 no text can reach the width, and u + 1 would stop being exact.
  if (u >= 2 ** 50) return Infinity;
  while (((u + 1) * size) / upm <= maxWidth) u++;
  while (u >= 0 && (u * size) / upm > maxWidth) u--;
  return u;
}

/** Code point at i (a lone surrogate stands for itself). */
function codePointAt(s: string, i: number, end: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const lo = s.charCodeAt(i + 1);
    if (lo >= 0xdc00 && lo <= 0xdfff) return (c - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
  }
  return c;
}

/**
 * Breaks text[from, to), which does not fit on an empty line, at the
 * characters that overflow. Full lines go to out; the rest stays in line.
 */
function breakChunk(s: string, from: number, to: number, maxUnits: number, t: FontTable, out: string[], line: Line) {
  let start = from;
  let units = 0;
  for (let i = from; i < to; ) {
    // One cluster: a code point, the zero-width code points after it, and
    // whatever a ZWJ joins on, so "é" (e + U+0301) or "👨‍👩‍👧" stay whole.
    let j = i;
    let width = 0;
    let glued = true;
    while (j < to) {
      const cp = codePointAt(s, j, to);
      const w = advanceOf(t, cp);
      if (!glued && w > 0) break;
      width += w;
      j += cp > 0xffff ? 2 : 1;
      glued = cp === 0x200d;
    }
    if (i > start && units + width > maxUnits) {
      out.push(s.slice(start, i));
      start = i;
      units = 0;
    }
    units += width;
    i = j;
  }
  line.start = start;
  line.end = to;
  line.units = units;
}

function wrapParagraph(s: string, start: number, end: number, maxUnits: number, t: FontTable, out: string[]) {
  const line: Line = { start, end: start, units: 0 };
  const advances = t.advances;
  let i = start;
  while (i < end && s.charCodeAt(i) === 0x20) i++;
  let gapCount = i - start; // spaces between line.end and i
  while (i < end) {
    const wordStart = i;
    let wordUnits = 0;
    while (i < end) {
      const c = s.charCodeAt(i);
      if (c === 0x20) break;
      // The common case inline: a BMP character inside the table.
      if (c < advances.length && (c < 0xd800 || c > 0xdfff)) {
        wordUnits += advances[c] ?? t.fallback;
        i++;
      } else {
        const cp = codePointAt(s, i, end);
        wordUnits += advanceOf(t, cp);
        i += cp > 0xffff ? 2 : 1;
      }
    }
    if (line.end > line.start && line.units + gapCount * t.space + wordUnits > maxUnits) {
      out.push(s.slice(line.start, line.end));
      line.start = line.end = wordStart;
      line.units = 0;
      gapCount = 0;
    }
    let total = line.units + gapCount * t.space + wordUnits;
    if (total > maxUnits && gapCount > 0) {
      // Indentation (the only gap an empty line can have) with a word too
      // wide to follow it: the spaces, as many as fit, become a line of
      // their own, as CSS pre-wrap does, rather than splitting the word.
      const keep = t.space > 0 ? Math.max(0, Math.min(gapCount, Math.floor(maxUnits / t.space))) : gapCount;
      if (keep > 0) out.push(s.slice(wordStart - keep, wordStart));
      line.start = line.end = wordStart;
      gapCount = 0;
      total = wordUnits;
    }
    if (total <= maxUnits) {
      line.end = i;
      line.units = total;
    } else {
      // Only reached on an empty line: the word is wider than a line.
      breakChunk(s, line.start, i, maxUnits, t, out, line);
    }
    const gapStart = i;
    while (i < end && s.charCodeAt(i) === 0x20) i++;
    gapCount = i - gapStart;
  }
  if (gapCount > 0) {
    const room = t.space > 0 ? Math.floor((maxUnits - line.units) / t.space) : gapCount;
    line.end += Math.max(0, Math.min(gapCount, room));
  }
  out.push(s.slice(line.start, line.end));
}

/** Wraps text into lines no wider than maxWidth px (see the rules above). */
export function wrapText(text: string, maxWidth: number, font: FontSpec): string[] {
  const t = fontTable(font.weight);
  const maxUnits = maxUnitsFor(maxWidth, font, t.unitsPerEm);
  const s = /[\t\r]/.test(text) ? text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ') : text;
  const out: string[] = [];
  let start = 0;
  for (;;) {
    const nl = s.indexOf('\n', start);
    const end = nl < 0 ? s.length : nl;
    wrapParagraph(s, start, end, maxUnits, t, out);
    if (nl < 0) return out;
    start = nl + 1;
  }
}

/**
 * Texts kept by wrapTextCached: two and a half times the 20,000-note map the
 * board is built for, so a full re-layout plus recent edits stay cached.
 */
export const WRAP_CACHE_LIMIT = 50_000;

/** One text's lines at one font and width. */
interface Wrapped {
  readonly weight: number;
  readonly size: number;
  readonly width: number;
  readonly lines: readonly string[];
}

// Keyed by the text itself, not a composite string: a note's text is the
// same string object on every layout, so V8 hashes it once and a hit costs
// no concatenation. The few (font, width) variants of one text sit in a
// short list. Least recently used first: a Map iterates in insertion order,
// so a hit moves to the end and the first key is the one to evict.
const cache = new Map<string, Wrapped[]>();

/**
 * wrapText, remembered per (font, width, text) so laying out an unchanged
 * map again costs a lookup per note. The lines are frozen: they are shared.
 */
export function wrapTextCached(text: string, maxWidth: number, font: FontSpec): readonly string[] {
  let variants = cache.get(text);
  if (variants !== undefined) {
    cache.delete(text);
    cache.set(text, variants);
    for (const v of variants) {
      if (v.width === maxWidth && v.size === font.size && v.weight === font.weight) return v.lines;
    }
  } else {
    variants = [];
    cache.set(text, variants);
    if (cache.size > WRAP_CACHE_LIMIT) {
      const oldest = cache.keys().next();
      if (oldest.done !== true) cache.delete(oldest.value);
    }
  }
  const lines = Object.freeze(wrapText(text, maxWidth, font));
  // A text measured at many widths (a column being resized) keeps the latest few.
  if (variants.length >= MAX_VARIANTS) variants.shift();
  variants.push({ weight: font.weight, size: font.size, width: maxWidth, lines });
  return lines;
}

const MAX_VARIANTS = 4;

/** Empties the wrap cache (tests; or after the font table changes). */
export function clearWrapCache(): void {
  cache.clear();
}

/** How many texts are cached now (tests). */
export function wrapCacheSize(): number {
  return cache.size;
}

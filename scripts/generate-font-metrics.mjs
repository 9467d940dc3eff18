// Writes shared/layout/fontMetrics.generated.ts from the Inter TTFs that
// @expo-google-fonts/inter ships (the same files the renderer loads), so that
// Node and the browser measure note text from one table and break lines at
// the same words (docs/architecture.md, "One scene, many outputs").
//
// fontkit is only needed here and in tests: shared/ stays pure and reads the
// generated table, never the font file.
//
// Usage: npm run fonts
import { openSync } from 'fontkit';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fontDir = join(root, 'node_modules/@expo-google-fonts/inter');
const out = join(root, 'shared/layout/fontMetrics.generated.ts');

const weights = [
  { name: 'INTER_400', weight: 400, file: '400Regular/Inter_400Regular.ttf' },
  { name: 'INTER_600', weight: 600, file: '600SemiBold/Inter_600SemiBold.ttf' },
];

// Code point blocks a note may plausibly contain in English or Indonesian
// (plus Vietnamese and other Latin text, typographic punctuation, currency,
// arrows, maths). Combining diacritics are included so decomposed (NFD)
// text, e.g. pasted from macOS, measures its marks as zero width rather
// than as unknown characters. Blocks with no mapped code point are left out.
const ranges = [
  [0x0020, 0x007e],
  [0x00a0, 0x024f],
  [0x0300, 0x036f],
  [0x1e00, 0x1eff],
  [0x2000, 0x206f],
  [0x20a0, 0x20cf],
  [0x2100, 0x214f],
  [0x2190, 0x21ff],
  [0x2200, 0x22ff],
  [0x2500, 0x257f],
];

const NONSPACING = /^\p{Mn}$/u;

// Code points that draw nothing of their own: nonspacing and enclosing
// marks and default-ignorables (ZWJ, variation selectors, soft hyphen, bidi
// controls, tags). Where the font maps no glyph for one, it measures zero
// rather than the fallback, so "❤️" is as wide as "❤". Stored as ranges so
// both sides use this Unicode version's answer, not their own engine's.
function zeroWidthRanges() {
  const zero = /^[\p{Mn}\p{Me}\p{Default_Ignorable_Code_Point}]$/u;
  const found = [];
  let start = -1;
  for (let cp = 0; cp <= 0x110000; cp++) {
    const hit = cp <= 0x10ffff && zero.test(String.fromCodePoint(cp));
    if (hit && start < 0) start = cp;
    if (!hit && start >= 0) {
      found.push(start === cp - 1 ? start.toString(36) : `${start.toString(36)}-${(cp - 1).toString(36)}`);
      start = -1;
    }
  }
  return found.join(',');
}

const pkg = JSON.parse(readFileSync(join(fontDir, 'package.json'), 'utf8'));

// Emoji: Inter has none, so every renderer draws them from an emoji font
// (exports embed Noto Emoji; the board's browser uses the system's). They
// are measured at Noto Emoji's advance, close to every colour emoji font's
// width, rather than at Inter's fallback, which is less than half of it.
const emojiFont = openSync(join(root, 'node_modules/@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf'));

function emojiRanges(inter) {
  const drawsNothing = /^[\p{Mn}\p{Me}\p{Default_Ignorable_Code_Point}\p{Cc}\p{Zs}]$/u;
  const emoji = emojiFont.characterSet
    .filter((cp) => !inter.hasGlyphForCodePoint(cp) && !drawsNothing.test(String.fromCodePoint(cp)) && emojiFont.glyphForCodePoint(cp).advanceWidth > 0)
    .sort((a, b) => a - b);
  const found = [];
  for (let i = 0; i < emoji.length; ) {
    let j = i;
    while (j + 1 < emoji.length && emoji[j + 1] === emoji[j] + 1) j++;
    found.push(i === j ? emoji[i].toString(36) : `${emoji[i].toString(36)}-${emoji[j].toString(36)}`);
    i = j + 1;
  }
  return found.join(',');
}

// The advance most of its glyphs share (a handful of symbols are narrower; they measure a little wide, which only wraps earlier).
const advanceCounts = new Map();
for (const cp of emojiFont.characterSet) {
  const advance = emojiFont.glyphForCodePoint(cp).advanceWidth;
  advanceCounts.set(advance, (advanceCounts.get(advance) ?? 0) + 1);
}
const EMOJI_EM = [...advanceCounts].sort((a, b) => b[1] - a[1])[0][0] / emojiFont.unitsPerEm;

function metricsOf({ name, weight, file }) {
  const font = openSync(join(fontDir, file));
  const mapped = new Set(font.characterSet);
  const advance = (cp) => font.glyphForCodePoint(cp).advanceWidth;
  // Inter has no U+FFFD, so unknown characters take the width of '?'.
  const fallback = mapped.has(0xfffd) ? advance(0xfffd) : advance(0x3f);
  const blocks = [];
  for (const [first, last] of ranges) {
    const cells = [];
    for (let cp = first; cp <= last; cp++) {
      // An empty cell marks a code point the font does not map. A
      // nonspacing mark never advances once shaped (U+0323 has an advance
      // in Inter's hmtx, yet "a\u0323" shapes to the width of "a").
      const width = NONSPACING.test(String.fromCodePoint(cp)) ? 0 : advance(cp);
      cells.push(mapped.has(cp) ? width.toString(36) : '');
    }
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    if (cells.some((c) => c !== '')) blocks.push([first, cells.join(',')]);
  }
  return {
    name,
    weight,
    file,
    version: font.version,
    unitsPerEm: font.unitsPerEm,
    ascender: font.ascent,
    descender: font.descent,
    lineGap: font.lineGap,
    capHeight: font.capHeight,
    xHeight: font.xHeight,
    fallback,
    blocks,
  };
}

const fonts = weights.map(metricsOf);

const lines = [
  '// GENERATED FILE: do not edit. Regenerate with `npm run fonts`',
  '// (scripts/generate-font-metrics.mjs) from @expo-google-fonts/inter ' + pkg.version + '.',
  '//',
  '// Horizontal advances of Inter, in font units, per code point. Each block',
  '// starts at `first`; `advances` holds one base-36 number per following',
  '// code point, comma separated, empty where the font maps no glyph.',
  '',
  'export interface GeneratedFontMetrics {',
  '  readonly weight: 400 | 600;',
  '  readonly source: string;',
  '  readonly unitsPerEm: number;',
  '  readonly ascender: number;',
  '  readonly descender: number;',
  '  readonly lineGap: number;',
  '  readonly capHeight: number;',
  '  readonly xHeight: number;',
  '  /** Advance used for every code point the table does not map. */',
  '  readonly fallbackAdvance: number;',
  '  readonly blocks: readonly { readonly first: number; readonly advances: string }[];',
  '}',
];
lines.push(
  '',
  `// Code points that draw nothing of their own where the font maps no glyph`,
  `// (Unicode ${process.versions.unicode} marks and default-ignorables): base-36 "first-last" or`,
  `// single code points, comma separated, ascending.`,
  `export const ZERO_WIDTH = '${zeroWidthRanges()}';`,
  '',
  `// Emoji Inter does not map, measured as one emoji font advance each (Noto Emoji,`,
  `// ${emojiFont.version}): base-36 ranges as above, and that advance in em.`,
  `export const EMOJI = '${emojiRanges(openSync(join(fontDir, weights[0].file)))}';`,
  `export const EMOJI_EM = ${EMOJI_EM};`,
);
for (const f of fonts) {
  lines.push(
    '',
    `export const ${f.name}: GeneratedFontMetrics = {`,
    `  weight: ${f.weight},`,
    `  source: '${f.file} (${f.version})',`,
    `  unitsPerEm: ${f.unitsPerEm},`,
    `  ascender: ${f.ascender},`,
    `  descender: ${f.descender},`,
    `  lineGap: ${f.lineGap},`,
    `  capHeight: ${f.capHeight},`,
    `  xHeight: ${f.xHeight},`,
    `  fallbackAdvance: ${f.fallback},`,
    '  blocks: [',
    ...f.blocks.map(
      ([first, advances]) => `    { first: 0x${first.toString(16).padStart(4, '0')}, advances: '${advances}' },`,
    ),
    '  ],',
    '};',
  );
}
writeFileSync(out, lines.join('\n') + '\n');
console.log(`wrote ${out} (${readFileSync(out).length} bytes)`);
